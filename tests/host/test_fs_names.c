/* Names and directories against glibc: rename family with renameat2's
 * flags, links, symlinks and readlink truncation, unlink/rmdir and their
 * errors, mkdir modes, chdir/fchdir, raw getdents64. */
#include <stdio.h>
#include "fs_util.h"
#include <libjs/libjs.h>

static char longname[300], longpath[5000];

static int setup(void **state)
{
	(void)state;
	memset(longname, 'a', 256);
	for (int i = 0; i < 2100; i++)
		memcpy(longpath + 2 * i, "./", 2);
	longpath[4200] = 'x';
	return 0;
}

static void content(const char *path, const char *want)
{
	char buf[64] = { 0 };
	int fd = open(path, O_RDONLY);

	assert_true(fd >= 0);
	assert_true(read(fd, buf, sizeof buf - 1) >= 0);
	close(fd);
	assert_string_equal(buf, want);
}

static void rename_calls(void **state)
{
	int dfd;

	(void)state;
	put_file("a", "A");
	put_file("b", "B");
	mkdir("rd", 0755);
	mkdir("full", 0755);
	put_file("full/x", "");
	assert_int_equal(js_rename("a", "a2"), 0);
	content("a2", "A");
	assert_int_equal(access("a", F_OK), -1);
	/* Replaces an existing file. */
	assert_int_equal(js_rename("a2", "b"), 0);
	content("b", "A");
	assert_int_equal(js_rename("nope", "x"), GLIBC(rename("nope", "x")));
	assert_int_equal(js_rename("nope", "x"), -JS_ENOENT);
	assert_int_equal(js_rename("b", "rd"), GLIBC(rename("b", "rd")));
	assert_int_equal(js_rename("b", "rd"), -JS_EISDIR);
	assert_int_equal(js_rename("rd", "b"), -JS_ENOTDIR);
	assert_int_equal(js_rename("rd", "full"), GLIBC(rename("rd", "full")));
	assert_int_equal(js_rename("rd", "full"), -JS_ENOTEMPTY);
	assert_int_equal(js_rename("rd", "rd/sub"), -JS_EINVAL);
	assert_int_equal(js_rename(NULL, "x"), -JS_EFAULT);
	assert_int_equal(js_rename("b", NULL), -JS_EFAULT);
	assert_int_equal(js_rename(longname, "x"), -JS_ENAMETOOLONG);
	assert_int_equal(js_rename("b", longpath), -JS_ENAMETOOLONG);
	dfd = open("rd", O_RDONLY | O_DIRECTORY);
	assert_int_equal(js_renameat(JS_AT_FDCWD, "b", dfd, "b"), 0);
	content("rd/b", "A");
	assert_int_equal(js_renameat(dfd, "b", JS_AT_FDCWD, "b"), 0);
	assert_int_equal(js_renameat(-1, "b", JS_AT_FDCWD, "c"), -JS_EBADF);

	/* renameat2: NOREPLACE refuses an existing target. */
	put_file("c", "C");
	assert_int_equal(js_renameat2(JS_AT_FDCWD, "b", JS_AT_FDCWD, "c", JS_RENAME_NOREPLACE),
			 GLIBC(renameat2(AT_FDCWD, "b", AT_FDCWD, "c", RENAME_NOREPLACE)));
	assert_int_equal(js_renameat2(JS_AT_FDCWD, "b", JS_AT_FDCWD, "c", JS_RENAME_NOREPLACE),
			 -JS_EEXIST);
	content("c", "C");
	assert_int_equal(js_renameat2(JS_AT_FDCWD, "b", dfd, "b2", JS_RENAME_NOREPLACE), 0);
	content("rd/b2", "A");
	/* EXCHANGE swaps two names atomically; both must exist. */
	assert_int_equal(js_renameat2(dfd, "b2", JS_AT_FDCWD, "c", JS_RENAME_EXCHANGE), 0);
	content("rd/b2", "C");
	content("c", "A");
	assert_int_equal(js_renameat2(JS_AT_FDCWD, "c", JS_AT_FDCWD, "nope", JS_RENAME_EXCHANGE),
			 -JS_ENOENT);
	/* A file and a directory can be exchanged too. */
	assert_int_equal(js_renameat2(JS_AT_FDCWD, "c", JS_AT_FDCWD, "full", JS_RENAME_EXCHANGE), 0);
	content("full", "A");
	content("c/x", "");
	assert_int_equal(js_renameat2(JS_AT_FDCWD, "c", JS_AT_FDCWD, "full", JS_RENAME_EXCHANGE), 0);
	/* Both flags together, or unknown ones: EINVAL. */
	assert_int_equal(js_renameat2(JS_AT_FDCWD, "c", JS_AT_FDCWD, "full",
				      JS_RENAME_EXCHANGE | JS_RENAME_NOREPLACE), -JS_EINVAL);
	assert_int_equal(js_renameat2(JS_AT_FDCWD, "c", JS_AT_FDCWD, "d", 0x100), -JS_EINVAL);
	/* No flags: renameat. */
	assert_int_equal(js_renameat2(JS_AT_FDCWD, "c", JS_AT_FDCWD, "d", 0), 0);
	content("d", "A");
	close(dfd);
}

static void link_calls(void **state)
{
	struct stat a, b;
	int dfd;

	(void)state;
	put_file("orig", "O");
	mkdir("ld", 0755);
	symlink("orig", "sl");
	assert_int_equal(js_link("orig", "hard"), 0);
	assert_int_equal(stat("orig", &a), 0);
	assert_int_equal(stat("hard", &b), 0);
	assert_int_equal(a.st_ino, b.st_ino);
	assert_int_equal(a.st_nlink, 2);
	assert_int_equal(js_link("orig", "hard"), GLIBC(link("orig", "hard")));
	assert_int_equal(js_link("orig", "hard"), -JS_EEXIST);
	assert_int_equal(js_link("nope", "x"), -JS_ENOENT);
	assert_int_equal(js_link("ld", "ld2"), GLIBC(link("ld", "ld2")));
	assert_int_equal(js_link("ld", "ld2"), -JS_EPERM);
	assert_int_equal(js_link("orig", "nodir/x"), -JS_ENOENT);
	assert_int_equal(js_link(NULL, "x"), -JS_EFAULT);
	assert_int_equal(js_link("orig", longname), -JS_ENAMETOOLONG);
	/* linkat: the link itself by default, its target with FOLLOW. */
	dfd = open("ld", O_RDONLY | O_DIRECTORY);
	assert_int_equal(js_linkat(JS_AT_FDCWD, "sl", dfd, "sl-copy", 0), 0);
	assert_int_equal(lstat("ld/sl-copy", &b), 0);
	assert_true(S_ISLNK(b.st_mode));
	assert_int_equal(js_linkat(JS_AT_FDCWD, "sl", dfd, "sl-target", JS_AT_SYMLINK_FOLLOW), 0);
	assert_int_equal(lstat("ld/sl-target", &b), 0);
	assert_int_equal(b.st_ino, a.st_ino);
	assert_int_equal(js_linkat(JS_AT_FDCWD, "orig", dfd, "x", 0x1), -JS_EINVAL);
	assert_int_equal(js_linkat(-1, "orig", dfd, "x", 0), -JS_EBADF);
	close(dfd);
}

static void symlink_readlink(void **state)
{
	char buf[64];
	int dfd;

	(void)state;
	mkdir("sd", 0755);
	assert_int_equal(js_symlink("some/target", "s1"), 0);
	memset(buf, 'X', sizeof buf);
	assert_int_equal(js_readlink("s1", buf, sizeof buf), 11);
	/* No NUL added, as readlink(2) says. */
	assert_memory_equal(buf, "some/target", 11);
	assert_int_equal(buf[11], 'X');
	/* Truncation: the first size bytes, no error. */
	memset(buf, 'X', sizeof buf);
	assert_int_equal(js_readlink("s1", buf, 4), 4);
	assert_int_equal(GLIBC(readlink("s1", buf + 10, 4)), 4);
	assert_memory_equal(buf, "some", 4);
	assert_int_equal(buf[4], 'X');
	assert_int_equal(js_readlink("s1", buf, 0), GLIBC(readlink("s1", buf, 0)));
	assert_int_equal(js_readlink("s1", buf, 0), -JS_EINVAL);
	/* Not a link, missing, bad pointers. */
	put_file("plain", "");
	assert_int_equal(js_readlink("plain", buf, sizeof buf), -JS_EINVAL);
	assert_int_equal(js_readlink("plain", buf, sizeof buf), GLIBC(readlink("plain", buf, sizeof buf)));
	assert_int_equal(js_readlink("nope", buf, sizeof buf), -JS_ENOENT);
	assert_int_equal(js_readlink("s1", NULL, 10), -JS_EFAULT);
	assert_int_equal(js_readlink(NULL, buf, 10), -JS_EFAULT);
	assert_int_equal(js_readlink(longname, buf, 10), -JS_ENAMETOOLONG);
	assert_int_equal(js_symlink("x", "s1"), GLIBC(symlink("x", "s1")));
	assert_int_equal(js_symlink("x", "s1"), -JS_EEXIST);
	assert_int_equal(js_symlink("", "s2"), -JS_ENOENT);
	assert_int_equal(js_symlink(NULL, "s2"), -JS_EFAULT);
	assert_int_equal(js_symlink("x", longname), -JS_ENAMETOOLONG);
	/* A target may be up to PATH_MAX - 1 bytes long, no more. */
	{
		char t[4097];

		memset(t, 't', 4096);
		t[4096] = 0;
		assert_int_equal(js_symlink(t, "s3"), -JS_ENAMETOOLONG);
		assert_int_equal(js_symlink(t, "s3"), GLIBC(symlink(t, "s3")));
	}
	/* The *at forms. */
	dfd = open("sd", O_RDONLY | O_DIRECTORY);
	assert_int_equal(js_symlinkat("../plain", dfd, "up"), 0);
	assert_int_equal(js_readlinkat(dfd, "up", buf, sizeof buf), 8);
	assert_memory_equal(buf, "../plain", 8);
	assert_int_equal(js_readlinkat(JS_AT_FDCWD, "sd/up", buf, 3), 3);
	assert_int_equal(js_readlinkat(-1, "up", buf, sizeof buf), -JS_EBADF);
	assert_int_equal(js_symlinkat("x", -1, "up"), -JS_EBADF);
	/* An O_PATH|O_NOFOLLOW fd on a link with an empty path reads it. */
	{
		int lfd = open("s1", O_PATH | O_NOFOLLOW);

		assert_int_equal(js_readlinkat(lfd, "", buf, sizeof buf), 11);
		close(lfd);
	}
	close(dfd);
}

static void unlink_rmdir(void **state)
{
	int dfd;

	(void)state;
	put_file("u", "");
	mkdir("ud", 0755);
	mkdir("ufull", 0755);
	put_file("ufull/f", "");
	assert_int_equal(js_unlink("u"), 0);
	assert_int_equal(js_unlink("u"), GLIBC(unlink("u")));
	assert_int_equal(js_unlink("u"), -JS_ENOENT);
	assert_int_equal(js_unlink("ud"), GLIBC(unlink("ud")));
	assert_int_equal(js_unlink("ud"), -JS_EISDIR);
	assert_int_equal(js_unlink("ufull/f/x"), -JS_ENOTDIR);
	assert_int_equal(js_unlink(NULL), -JS_EFAULT);
	assert_int_equal(js_unlink(longname), -JS_ENAMETOOLONG);
	assert_int_equal(js_unlink(longpath), -JS_ENAMETOOLONG);
	assert_int_equal(js_rmdir("ufull"), GLIBC(rmdir("ufull")));
	assert_int_equal(js_rmdir("ufull"), -JS_ENOTEMPTY);
	assert_int_equal(js_rmdir("ufull/f"), -JS_ENOTDIR);
	assert_int_equal(js_rmdir("nope"), -JS_ENOENT);
	assert_int_equal(js_rmdir("."), -JS_EINVAL);
	assert_int_equal(js_rmdir("."), GLIBC(rmdir(".")));
	assert_int_equal(js_rmdir(NULL), -JS_EFAULT);
	assert_int_equal(js_rmdir("ud"), 0);
	assert_int_equal(access("ud", F_OK), -1);
	/* unlinkat: files, and directories with AT_REMOVEDIR. */
	dfd = open("ufull", O_RDONLY | O_DIRECTORY);
	assert_int_equal(js_unlinkat(dfd, "f", JS_AT_REMOVEDIR), -JS_ENOTDIR);
	assert_int_equal(js_unlinkat(JS_AT_FDCWD, "ufull", 0), -JS_EISDIR);
	assert_int_equal(js_unlinkat(dfd, "f", 0), 0);
	assert_int_equal(js_unlinkat(JS_AT_FDCWD, "ufull", JS_AT_REMOVEDIR), 0);
	assert_int_equal(js_unlinkat(JS_AT_FDCWD, "x", 0x1), -JS_EINVAL);
	assert_int_equal(js_unlinkat(JS_AT_FDCWD, "x", 0x1), GLIBC(unlinkat(AT_FDCWD, "x", 0x1)));
	assert_int_equal(js_unlinkat(-1, "x", 0), -JS_EBADF);
	close(dfd);
}

static void mkdir_calls(void **state)
{
	struct stat st;
	mode_t old = umask(0);
	int dfd;

	(void)state;
	assert_int_equal(js_mkdir("m", 0751), 0);
	assert_int_equal(stat("m", &st), 0);
	assert_int_equal(st.st_mode, S_IFDIR | 0751);
	assert_int_equal(js_mkdir("m", 0755), GLIBC(mkdir("m", 0755)));
	assert_int_equal(js_mkdir("m", 0755), -JS_EEXIST);
	assert_int_equal(js_mkdir("no/m", 0755), -JS_ENOENT);
	put_file("mf", "");
	assert_int_equal(js_mkdir("mf/m", 0755), -JS_ENOTDIR);
	assert_int_equal(js_mkdir(NULL, 0755), -JS_EFAULT);
	assert_int_equal(js_mkdir(longname, 0755), -JS_ENAMETOOLONG);
	assert_int_equal(js_mkdir(longpath, 0755), -JS_ENAMETOOLONG);
	umask(027);
	assert_int_equal(js_mkdir("m2", 0777), 0);
	assert_int_equal(stat("m2", &st), 0);
	assert_int_equal(st.st_mode & 07777, 0750);
	umask(0);
	dfd = open("m", O_RDONLY | O_DIRECTORY);
	assert_int_equal(js_mkdirat(dfd, "in", 0700), 0);
	assert_int_equal(stat("m/in", &st), 0);
	assert_int_equal(st.st_mode & 07777, 0700);
	assert_int_equal(js_mkdirat(dfd, "in", 0700), -JS_EEXIST);
	assert_int_equal(js_mkdirat(-1, "in", 0700), -JS_EBADF);
	assert_int_equal(js_mkdirat(-1, "in", 0700), GLIBC(mkdirat(-1, "in", 0700)));
	assert_int_equal(js_mkdirat(JS_AT_FDCWD, "m3", 0700), 0);
	close(dfd);
	umask(old);
}

static void chdir_calls(void **state)
{
	char here[4096], buf[4096];
	int home = open(".", O_RDONLY | O_DIRECTORY), fd;

	(void)state;
	assert_non_null(getcwd(here, sizeof here));
	mkdir("cd", 0755);
	assert_int_equal(js_chdir("cd"), 0);
	assert_non_null(getcwd(buf, sizeof buf));
	assert_int_equal(strlen(buf), strlen(here) + 3);
	assert_string_equal(buf + strlen(here), "/cd");
	assert_int_equal(js_chdir(".."), 0);
	assert_int_equal(js_chdir("nope"), GLIBC(chdir("nope")));
	assert_int_equal(js_chdir("nope"), -JS_ENOENT);
	put_file("cf", "");
	assert_int_equal(js_chdir("cf"), -JS_ENOTDIR);
	assert_int_equal(js_chdir(NULL), -JS_EFAULT);
	assert_int_equal(js_chdir(longname), -JS_ENAMETOOLONG);
	fd = open("cd", O_RDONLY | O_DIRECTORY);
	assert_int_equal(js_fchdir(fd), 0);
	assert_non_null(getcwd(buf, sizeof buf));
	assert_string_equal(buf + strlen(here), "/cd");
	assert_int_equal(js_fchdir(home), 0);
	close(fd);
	fd = open("cf", O_RDONLY);
	assert_int_equal(js_fchdir(fd), GLIBC(fchdir(fd)));
	assert_int_equal(js_fchdir(fd), -JS_ENOTDIR);
	close(fd);
	assert_int_equal(js_fchdir(-1), -JS_EBADF);
	assert_int_equal(js_fchdir(-1), GLIBC(fchdir(-1)));
	assert_non_null(getcwd(buf, sizeof buf));
	assert_string_equal(buf, here);
	close(home);
}

static void getdents64_raw(void **state)
{
	_Alignas(8) char buf[4096];
	int fd, f, seen = 0;
	long n;

	(void)state;
	mkdir("gd", 0755);
	put_file("gd/one", "");
	fd = open("gd", O_RDONLY | O_DIRECTORY);
	/* Too small for even one record: EINVAL. */
	assert_int_equal(js_getdents64(fd, buf, 10), -JS_EINVAL);
	assert_int_equal(js_getdents64(fd, buf, 0), -JS_EINVAL);
	n = js_getdents64(fd, buf, sizeof buf);
	assert_true(n > 0);
	for (long pos = 0; pos < n; seen++) {
		struct js_linux_dirent64 *e = (void *)(buf + pos);

		assert_int_equal(e->d_reclen % 8, 0);
		assert_true(strlen(e->d_name) + 20 <= e->d_reclen);
		pos += e->d_reclen;
	}
	assert_int_equal(seen, 3);
	assert_int_equal(js_getdents64(fd, buf, sizeof buf), 0);
	assert_int_equal(js_getdents64(fd, NULL, sizeof buf), 0);
	lseek(fd, 0, SEEK_SET);
	assert_int_equal(js_getdents64(fd, bad_ptr(), sizeof buf), -JS_EFAULT);
	close(fd);
	assert_int_equal(js_getdents64(fd, buf, sizeof buf), -JS_EBADF);
	f = open("gd/one", O_RDONLY);
	assert_int_equal(js_getdents64(f, buf, sizeof buf), -JS_ENOTDIR);
	close(f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(rename_calls),
		cmocka_unit_test(link_calls),
		cmocka_unit_test(symlink_readlink),
		cmocka_unit_test(unlink_rmdir),
		cmocka_unit_test(mkdir_calls),
		cmocka_unit_test(chdir_calls),
		cmocka_unit_test(getdents64_raw),
	};
	return cmocka_run_group_tests(tests, setup, NULL);
}
