/* The trace's crash cases and long lines, for tests/sh/test_trace_fetch.sh
 * to run traced and under strace: calls that succeed with buffers the
 * kernel never read (/dev/null), a file write cut short at an unmapped
 * page, a path running into it, a 4000-byte path and a 40-iovec writev.
 * Exit status 0 when every call returned what the kernel gives. */
#include <libjs/libjs.h>

int main(void)
{
	static char path[4001];
	char *m = js_mmap(0, 8192, JS_PROT_READ | JS_PROT_WRITE,
			  JS_MAP_PRIVATE | JS_MAP_ANONYMOUS, -1, 0);
	char *gone = m + 4096;
	struct js_iovec iov[40], one[2];
	int fd, f, bad = 0, i;

	if (JS_IS_ERR(m))
		return 1;
	memset(m, 'x', 4096);
	js_munmap(gone, 4096);
	fd = (int)js_open("/dev/null", JS_O_WRONLY | JS_O_CLOEXEC, 0);
	f = (int)js_openat(JS_AT_FDCWD, "partial.out",
			   JS_O_WRONLY | JS_O_CREAT | JS_O_TRUNC | JS_O_CLOEXEC, 0600);
	one[0] = (struct js_iovec){ gone, 4 };
	one[1] = (struct js_iovec){ "ok", 2 };
	bad |= js_write(fd, gone, 5) != 5;
	bad |= js_pwrite(fd, gone, 5, 0) != 5;
	bad |= js_writev(fd, one, 2) != 6;
	bad |= js_write(f, gone - 6, 20) != 6;
	bad |= js_chdir(gone - 10) != -JS_EFAULT;
	memset(path, 'd', 4000);
	path[0] = '/';
	bad |= js_chdir(path) != -JS_ENAMETOOLONG;
	for (i = 0; i < 40; i++)
		iov[i] = (struct js_iovec){ "0123456789abcdefghijklmnopqrstuvwxyz", 36 };
	bad |= js_writev(fd, iov, 40) != 40 * 36;
	js_unlink("partial.out");
	return bad;
}
