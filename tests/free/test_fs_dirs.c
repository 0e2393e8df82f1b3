/* Freestanding: names and directories with no libc linked: mkdir/rename/
 * link/symlink/unlink families, the current directory, raw getdents64, the
 * iterator and js_readdir_list, and overlong names. */
#include "fs_free.h"

static void t_mkdir_rename_unlink(void)
{
	struct js_stat st;
	long dfd;

	CHECK_EQ(js_mkdir("d", 0750), 0);
	CHECK_EQ(js_stat("d", &st), 0);
	CHECK(JS_S_ISDIR(st.st_mode));
	CHECK_EQ(js_mkdir("d", 0750), -JS_EEXIST);
	CHECK_EQ(js_mkdir("no/d", 0750), -JS_ENOENT);
	dfd = js_open("d", JS_O_RDONLY | JS_O_DIRECTORY);
	CHECK_EQ(js_mkdirat((int)dfd, "sub", 0700), 0);
	put("d/f", "x");
	CHECK_EQ(js_rmdir("d"), -JS_ENOTEMPTY);
	CHECK_EQ(js_rename("d/f", "g"), 0);
	CHECK_EQ(js_stat("d/f", &st), -JS_ENOENT);
	CHECK_EQ(js_renameat(JS_AT_FDCWD, "g", (int)dfd, "g"), 0);
	put("h", "h");
	CHECK_EQ(js_renameat2((int)dfd, "g", JS_AT_FDCWD, "h", JS_RENAME_NOREPLACE), -JS_EEXIST);
	CHECK_EQ(js_renameat2((int)dfd, "g", JS_AT_FDCWD, "h", JS_RENAME_EXCHANGE), 0);
	{
		char c = 0;
		long fd = js_open("h", JS_O_RDONLY);

		CHECK_EQ(js_read((int)fd, &c, 1), 1);
		CHECK_EQ(c, 'x');
		js_close((int)fd);
	}
	CHECK_EQ(js_rename("h", "d"), -JS_EISDIR);
	CHECK_EQ(js_unlink("d"), -JS_EISDIR);
	CHECK_EQ(js_unlink("h"), 0);
	CHECK_EQ(js_unlink("h"), -JS_ENOENT);
	CHECK_EQ(js_unlinkat((int)dfd, "g", 0), 0);
	CHECK_EQ(js_unlinkat((int)dfd, "sub", 0), -JS_EISDIR);
	CHECK_EQ(js_unlinkat((int)dfd, "sub", JS_AT_REMOVEDIR), 0);
	js_close((int)dfd);
	CHECK_EQ(js_rmdir("d"), 0);
	CHECK_EQ(js_rmdir("d"), -JS_ENOENT);
	CHECK_EQ(js_rmdir("."), -JS_EINVAL);
}

static void t_links(void)
{
	char buf[32];
	struct js_stat a, b;

	put("o", "o");
	CHECK_EQ(js_link("o", "o2"), 0);
	CHECK_EQ(js_stat("o", &a), 0);
	CHECK_EQ(js_stat("o2", &b), 0);
	CHECK_EQ(a.st_ino, b.st_ino);
	CHECK_EQ(a.st_nlink, 2);
	CHECK_EQ(js_link("o", "o2"), -JS_EEXIST);
	CHECK_EQ(js_symlink("some/where", "s"), 0);
	fill(buf, 'X', sizeof buf);
	CHECK_EQ(js_readlink("s", buf, sizeof buf), 10);
	CHECK(mem_eq(buf, "some/whereX", 11));
	CHECK_EQ(js_readlink("s", buf, 4), 4);
	CHECK_EQ(js_readlink("o", buf, sizeof buf), -JS_EINVAL);
	CHECK_EQ(js_readlinkat(JS_AT_FDCWD, "s", buf, sizeof buf), 10);
	CHECK_EQ(js_symlinkat("o", JS_AT_FDCWD, "s2"), 0);
	CHECK_EQ(js_linkat(JS_AT_FDCWD, "s2", JS_AT_FDCWD, "o3", JS_AT_SYMLINK_FOLLOW), 0);
	CHECK_EQ(js_stat("o3", &b), 0);
	CHECK_EQ(b.st_ino, a.st_ino);
	CHECK_EQ(js_symlink("x", "s"), -JS_EEXIST);
	CHECK_EQ(js_readlink("nope", buf, sizeof buf), -JS_ENOENT);
	CHECK_EQ(js_readlink("s", 0, 10), -JS_EFAULT);
}

static void t_cwd(void)
{
	char here[4096], buf[4096], small[8];
	long len = js_getcwd(here, sizeof here), home = js_open(".", JS_O_RDONLY | JS_O_DIRECTORY);

	CHECK(len > 1);
	CHECK_EQ((long)slen(here), len - 1);
	CHECK_EQ(js_getcwd(buf, (unsigned long)len - 1), -JS_ERANGE);
	CHECK_EQ(js_cwd(buf, sizeof buf), len - 1);
	CHECK_STR(buf, here);
	CHECK_EQ(js_cwd(buf, (unsigned long)len), len - 1);
	CHECK_STR(buf, here);
	CHECK_EQ(js_cwd(small, sizeof small), len - 1);
	CHECK_EQ(slen(small), 7);
	CHECK(mem_eq(small, here, 7));
	CHECK_EQ(js_cwd(0, 0), len - 1);
	CHECK_EQ(js_mkdir("c", 0755), 0);
	CHECK_EQ(js_chdir("c"), 0);
	CHECK_EQ(js_cwd(buf, sizeof buf), len + 1);
	CHECK(mem_eq(buf + len - 1, "/c", 3));
	CHECK_EQ(js_rmdir("../c"), 0);
	CHECK_EQ(js_cwd(buf, sizeof buf), -JS_ENOENT);
	CHECK_EQ(js_fchdir((int)home), 0);
	CHECK_EQ(js_cwd(buf, sizeof buf), len - 1);
	CHECK_EQ(js_chdir("nope"), -JS_ENOENT);
	CHECK_EQ(js_fchdir(-1), -JS_EBADF);
	js_close((int)home);
}

/* Names of "n%03d" for i < count, each seen exactly once. */
static int seen_all(const char *seen, int count)
{
	for (int i = 0; i < count; i++)
		if (seen[i] != 1)
			return 0;
	return 1;
}

static int name_index(const char *n)
{
	if (n[0] != 'n' || slen(n) != 4)
		return -1;
	return (n[1] - '0') * 100 + (n[2] - '0') * 10 + (n[3] - '0');
}

static void make_many(int count)
{
	char p[16] = "many/n000";

	CHECK_EQ(js_mkdir("many", 0755), 0);
	for (int i = 0; i < count; i++) {
		p[6] = (char)('0' + i / 100);
		p[7] = (char)('0' + i / 10 % 10);
		p[8] = (char)('0' + i % 10);
		put(p, "");
	}
}

static void t_iterator(void)
{
	static _Alignas(8) char buf[JS_DIR_BUFSIZE];
	struct js_dir d;
	const struct js_linux_dirent64 *e;
	char seen[300];
	int before = fd_count(), dots;
	long r;

	make_many(300);
	/* Every size from the minimum up, in record-size steps: every
	 * name once, batch boundaries included. */
	for (unsigned long size = JS_DIR_MIN; size < 2000; size += 8) {
		fill(seen, 0, sizeof seen);
		dots = 0;
		CHECK_EQ(js_dir_open(&d, "many", buf, size), 0);
		while ((r = js_dir_read(&d, &e)) == 1) {
			int i = name_index(e->d_name);

			if (i >= 0 && i < 300) {
				seen[i]++;
				CHECK_EQ(e->d_type, JS_DT_REG);
			} else {
				dots++;
				CHECK_EQ(e->d_type, JS_DT_DIR);
			}
		}
		CHECK_EQ(r, 0);
		CHECK_EQ(dots, 2);
		CHECK(seen_all(seen, 300));
		CHECK_EQ(js_dir_close(&d), 0);
	}
	CHECK_EQ(js_dir_open(&d, "many", buf, JS_DIR_MIN - 1), -JS_EINVAL);
	CHECK_EQ(js_dir_read(&d, &e), -JS_EBADF);
	CHECK_EQ(js_dir_open(&d, "many/n000", buf, sizeof buf), -JS_ENOTDIR);
	CHECK_EQ(js_dir_open(&d, "nope", buf, sizeof buf), -JS_ENOENT);
	CHECK_EQ(js_dir_open(&d, "many", buf + 1, JS_DIR_MIN), -JS_EINVAL);
	CHECK_EQ(js_dir_open(&d, "many", buf + 1, JS_DIR_MIN + 7), 0);
	CHECK_EQ(js_dir_read(&d, &e), 1);
	CHECK_EQ(((unsigned long)e) & 7, 0);
	CHECK_EQ(js_dir_close(&d), 0);
	/* openat: relative to a directory fd; a bad one leaves nothing open. */
	{
		long dfd = js_open("many", JS_O_RDONLY | JS_O_DIRECTORY);
		int n = 0;

		CHECK_EQ(js_dir_openat(&d, (int)dfd, ".", buf, sizeof buf), 0);
		while (js_dir_read(&d, &e) == 1)
			n++;
		CHECK_EQ(n, 302);
		CHECK_EQ(js_dir_close(&d), 0);
		js_close((int)dfd);
		CHECK_EQ(js_dir_openat(&d, 9999, "x", buf, sizeof buf), -JS_EBADF);
		CHECK_EQ(js_dir_openat(&d, JS_AT_FDCWD, "many", buf, sizeof buf), 0);
	}
	CHECK_EQ(js_dir_close(&d), 0);
	CHECK_EQ(js_dir_close(&d), -JS_EBADF);
	CHECK_EQ(js_dir_read(&d, &e), -JS_EBADF);
	CHECK_EQ(fd_count(), before);
}

static void t_readdir_list(void)
{
	static char names[300 * 5];
	char seen[300];
	int before = fd_count();
	long r;

	/* "many" from t_iterator: 300 names of 4 bytes and a NUL. */
	r = js_readdir_list("many", names, sizeof names);
	CHECK_EQ(r, 300 * 5);
	fill(seen, 0, sizeof seen);
	for (long i = 0; i < r; i += 5) {
		int k = name_index(names + i);

		if (k >= 0 && k < 300)
			seen[k]++;
	}
	CHECK(seen_all(seen, 300));
	CHECK_EQ(js_readdir_list("many", names, sizeof names - 1), -JS_ERANGE);
	CHECK_EQ(js_readdir_list("many", names, 0), -JS_ERANGE);
	CHECK_EQ(js_readdir_list("many/n001", names, sizeof names), -JS_ENOTDIR);
	CHECK_EQ(js_readdir_list("nope", names, sizeof names), -JS_ENOENT);
	CHECK_EQ(js_readdir_list("many", 0, 10), -JS_EFAULT);
	CHECK_EQ(js_mkdir("void", 0755), 0);
	CHECK_EQ(js_readdir_list("void", names, 0), 0);
	CHECK_EQ(fd_count(), before);
}

static void t_getdents64(void)
{
	_Alignas(8) char buf[1024];
	long fd = js_open("many", JS_O_RDONLY | JS_O_DIRECTORY), n, total = 0;

	CHECK_EQ(js_getdents64((int)fd, buf, 8), -JS_EINVAL);
	while ((n = js_getdents64((int)fd, buf, sizeof buf)) > 0)
		for (long pos = 0; pos < n; total++)
			pos += ((const struct js_linux_dirent64 *)(buf + pos))->d_reclen;
	CHECK_EQ(n, 0);
	CHECK_EQ(total, 302);
	js_close((int)fd);
	CHECK_EQ(js_getdents64((int)fd, buf, sizeof buf), -JS_EBADF);
}

static void t_long_names(void)
{
	static char name[300], path[5000];
	struct js_stat st;

	run_of(name, 'a', 256);
	CHECK_EQ(js_open(name, JS_O_RDONLY), -JS_ENAMETOOLONG);
	CHECK_EQ(js_stat(name, &st), -JS_ENAMETOOLONG);
	CHECK_EQ(js_mkdir(name, 0755), -JS_ENAMETOOLONG);
	name[255] = 0;
	CHECK_EQ(js_mkdir(name, 0755), 0);
	CHECK_EQ(js_rmdir(name), 0);
	for (int i = 0; i < 2100; i++) {
		path[2 * i] = '.';
		path[2 * i + 1] = '/';
	}
	path[4200] = 'x';
	path[4201] = 0;
	CHECK_EQ(js_stat(path, &st), -JS_ENAMETOOLONG);
	CHECK_EQ(js_unlink(path), -JS_ENAMETOOLONG);
	CHECK_EQ(js_chdir(path), -JS_ENAMETOOLONG);
}

/* Records the kernel never gives, as a fuzzer crafts them
 * (tests/fuzz/fuzz_dir_read.c): a batch that ends inside the next header,
 * and a length that is not a multiple of 8, end the walk with -JS_EIO
 * instead of reading past the batch or handing out a misaligned record. */
static void t_crafted_records(void)
{
	static _Alignas(8) unsigned char b[64];
	struct js_dir d;
	const struct js_linux_dirent64 *e;

	for (int i = 0; i < 64; i++)
		b[i] = 0;
	b[16] = 24;	/* d_reclen of the first record: 24 */
	b[19] = 'a';
	d.fd = 0x7fffffff;	/* not open: the next batch is -JS_EBADF */
	d.buf = (char *)b;
	d.size = sizeof b;
	/* 24 + 10 bytes: the second header is cut after 10. */
	d.pos = 0;
	d.end = 34;
	CHECK_EQ(js_dir_read(&d, &e), 1);
	CHECK(e == (const void *)b);
	CHECK_EQ(js_dir_read(&d, &e), -JS_EIO);
	/* A 20-byte record would put the next one at offset 20. */
	b[16] = 20;
	d.pos = 0;
	d.end = 48;
	CHECK_EQ(js_dir_read(&d, &e), -JS_EIO);
	/* Whole records only: the walk ends with the fd's error. */
	b[16] = 24;
	d.pos = 0;
	d.end = 24;
	CHECK_EQ(js_dir_read(&d, &e), 1);
	CHECK_EQ(js_dir_read(&d, &e), -JS_EBADF);
}

JT_MAIN(T(t_crafted_records), T(t_mkdir_rename_unlink), T(t_links), T(t_cwd), T(t_iterator),
	T(t_readdir_list), T(t_getdents64), T(t_long_names))
