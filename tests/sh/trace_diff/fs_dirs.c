/* Differential trace program (tests/sh/test_trace_diff.sh): directories,
 * links and names: getdents64's entry count, readlink's answer, rename
 * flags, getcwd, chdir.  Runs in an empty scratch directory; exit 0. */
#include <libjs/libjs.h>

int main(void)
{
	char buf[4096], lnk[64];
	long fd, dfd;

	js_alarm(20);
	js_mkdir("d", 0755);
	js_mkdirat(JS_AT_FDCWD, "d/e", 0700);
	js_mkdir("d", 0755);
	fd = js_open("d/a", JS_O_WRONLY | JS_O_CREAT | JS_O_EXCL, 0600);
	js_close(fd);
	js_link("d/a", "d/b");
	js_linkat(JS_AT_FDCWD, "d/a", JS_AT_FDCWD, "d/c", JS_AT_SYMLINK_FOLLOW);
	js_symlink("a", "d/s");
	js_symlinkat("target/that/is/long/enough", JS_AT_FDCWD, "d/t");
	js_readlink("d/s", lnk, sizeof lnk);
	js_readlinkat(JS_AT_FDCWD, "d/t", lnk, 8);
	js_readlink("d/a", lnk, sizeof lnk);
	js_rename("d/b", "d/b2");
	js_renameat(JS_AT_FDCWD, "d/b2", JS_AT_FDCWD, "d/b3");
	js_renameat2(JS_AT_FDCWD, "d/b3", JS_AT_FDCWD, "d/c", JS_RENAME_NOREPLACE);
	js_renameat2(JS_AT_FDCWD, "d/b3", JS_AT_FDCWD, "d/c", JS_RENAME_EXCHANGE);
	dfd = js_openat(JS_AT_FDCWD, "d", JS_O_RDONLY | JS_O_DIRECTORY | JS_O_CLOEXEC);
	js_getdents64((int)dfd, buf, sizeof buf);
	js_getdents64((int)dfd, buf, sizeof buf);
	js_getdents64((int)dfd, buf, 8);
	js_fchdir((int)dfd);
	js_getcwd(buf, sizeof buf);
	js_getcwd(buf, 2);
	js_chdir("..");
	js_chdir("nope");
	js_unlinkat((int)dfd, "e", JS_AT_REMOVEDIR);
	js_unlinkat((int)dfd, "a", 0);
	js_unlink("d/b3");
	js_unlink("d/c");
	js_unlink("d/s");
	js_unlink("d/t");
	js_close(dfd);
	js_rmdir("d");
	js_rmdir("d");
	js_mknod("fifo", JS_S_IFIFO | 0600, 0);
	js_mknodat(JS_AT_FDCWD, "null", JS_S_IFCHR | 0666, JS_makedev(1, 3));
	js_mknodat(JS_AT_FDCWD, "reg", JS_S_IFREG | JS_S_ISUID | 0755, 0);
	{
		struct js_stat st;

		js_stat("null", &st);
		js_stat("fifo", &st);
		js_stat(".", &st);
		js_lstat("reg", &st);
	}
	js_unlink("fifo");
	js_unlink("null");
	js_unlink("reg");
	return 0;
}
