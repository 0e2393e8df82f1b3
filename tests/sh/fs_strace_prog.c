/* Every file-API wrapper once, with arguments strace can show: an fd of
 * -1 or a path "p" that does not exist, so nothing changes.  Run by
 * test_fs_strace.sh, which checks the system call each one issued. */
#include <libjs/libjs.h>

int main(void)
{
	char b[8] = "abcdefg";
	long off = 0;
	struct js_stat st;
	struct js_statx sx;
	struct js_iovec iov = { b, 1 };

	js_read(-1, b, 1);
	js_write(-1, b, 2);
	js_pread(-1, b, 3, 4);
	js_pwrite(-1, b, 5, 6);
	js_readv(-1, &iov, 1);
	js_writev(-1, &iov, 1);
	js_lseek(-1, 7, JS_SEEK_END);
	js_sendfile(-1, -2, &off, 8);
	js_copy_file_range(-1, 0, -2, 0, 9, 0);
	js_fsync(-1);
	js_fdatasync(-1);
	js_open("p", JS_O_RDONLY);
	js_open("p", JS_O_WRONLY | JS_O_CREAT | JS_O_EXCL | JS_O_DIRECTORY, 0640);
	js_openat(-1, "p", JS_O_RDONLY);
	js_close(-1);
	js_dup(-1);
	js_dup2(-1, 5);
	js_dup3(-1, 6, JS_O_CLOEXEC);
	js_pipe(0);
	js_pipe2(0, JS_O_CLOEXEC);
	js_stat("p", &st);
	js_lstat("p", &st);
	js_fstat(-1, &st);
	js_fstatat(-1, "p", &st, JS_AT_SYMLINK_NOFOLLOW);
	js_statx(-1, "p", 0, JS_STATX_BASIC_STATS, &sx);
	js_access("p", JS_R_OK);
	js_faccessat2(-1, "p", JS_W_OK, JS_AT_EACCESS);
	js_chmod("p", 0601);
	js_fchmod(-1, 0602);
	js_fchmodat(-1, "p", 0603, 0);
	js_fchmodat(-1, "p", 0604, JS_AT_SYMLINK_NOFOLLOW);
	js_chown("p", 1, 2);
	js_fchown(-1, 3, 4);
	js_lchown("p", 5, 6);
	js_fchownat(-1, "p", 7, 8, 0);
	js_truncate("p", 10);
	js_ftruncate(-1, 11);
	js_utime("p", 0);
	js_utimes("p", 0);
	js_utimensat(-1, "p", 0, 0);
	js_futimens(99, 0);
	js_rename("p", "q");
	js_renameat(-1, "p", -2, "q");
	js_renameat2(-1, "p", -2, "q", JS_RENAME_NOREPLACE);
	js_link("p", "q");
	js_linkat(-1, "p", -2, "q", 0);
	js_symlink("p", "q/r");
	js_symlinkat("p", -1, "q");
	js_readlink("p", b, 8);
	js_readlinkat(-1, "p", b, 8);
	js_unlink("p");
	js_unlinkat(-1, "p", 0);
	js_mkdir("p/q", 0755);
	js_mkdirat(-1, "p", 0755);
	js_rmdir("p");
	js_chdir("p");
	js_fchdir(-1);
	js_getcwd(b, 1);
	js_getdents64(-1, b, 8);
	return 0;
}
