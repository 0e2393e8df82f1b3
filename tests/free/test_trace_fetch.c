/* The trace never faults and writes every line whole (docs/tracing.md,
 * "Reading the program's memory", "Long lines").  The calls here succeed
 * with buffers the kernel never read -- /dev/null's write takes the count
 * without looking, a file write stops short at an unmapped page -- and a
 * trace that read them directly would die of SIGSEGV.  Traced to a pipe,
 * the lines read back and compared whole, on every architecture (under
 * qemu-user the trace reads through its page-probe fallback). */
#include "runner.h"

static int rd, wr;
static char out[65536];

static void start(void)
{
	int fds[2];

	CHECK_EQ(js_pipe2(fds, JS_O_CLOEXEC | JS_O_NONBLOCK), 0);
	rd = fds[0];
	wr = fds[1];
	js_trace_set(1, wr);
}

/* The lines written since start, NUL-terminated. */
static const char *stop(void)
{
	long n, got = 0;

	js_trace_set(0, 2);
	while (got < (long)sizeof out - 1 &&
	       (n = js_read(rd, out + got, sizeof out - 1 - (size_t)got)) > 0)
		got += n;
	out[got] = 0;
	js_close(rd);
	js_close(wr);
	return out;
}

/* Two pages, the second unmapped again: returns the first byte after
 * the mapped one. */
static char *hole(void)
{
	char *m = js_mmap(0, 8192, JS_PROT_READ | JS_PROT_WRITE,
			  JS_MAP_PRIVATE | JS_MAP_ANONYMOUS, -1, 0);

	CHECK(!JS_IS_ERR(m));
	memset(m, 'x', 4096);
	CHECK_EQ(js_munmap(m + 4096, 4096), 0);
	return m + 4096;
}

/* Does process_vm_readv work here?  qemu-user 7.2 answers ENOSYS. */
static int have_pvr(void)
{
	char src[1] = { 1 }, dst[1];
	struct js_iovec l = { dst, 1 }, r = { src, 1 };

	return js_syscall(JS_NR_process_vm_readv, js_getpid(), &l, 1L, &r, 1L,
			  0L) == 1;
}

/* qemu-user checks every buffer it is given before the call, even for
 * /dev/null, and fails it with EFAULT where the kernel would not look:
 * then the lines carry that result, the addresses all the same. */
static void t_dev_null_unmapped(void)
{
	char *gone = hole(), want[512];
	int fd = (int)js_open("/dev/null", JS_O_WRONLY | JS_O_CLOEXEC, 0);
	struct js_iovec iov[2] = { { gone, 4 }, { "ok", 2 } };
	long r1, r2, r3;
	int emu = !have_pvr();

	CHECK(fd >= 0);
	start();
	r1 = js_write(fd, gone, 5);
	r2 = js_pwrite(fd, gone, 5, 0);
	r3 = js_writev(fd, iov, 2);
	stop();
	CHECK_EQ(r1, emu ? -JS_EFAULT : 5);
	CHECK_EQ(r2, emu ? -JS_EFAULT : 5);
	CHECK_EQ(r3, emu ? -JS_EFAULT : 6);
	js_snprintf(want, sizeof want,
		    "libjs:syscall write(%d, %p, 5) = %s\n"
		    "libjs:syscall pwrite64(%d, %p, 5, 0) = %s\n"
		    "libjs:syscall writev(%d, [{iov_base=%p, iov_len=4}, "
		    "{iov_base=\"ok\", iov_len=2}], 2) = %s\n",
		    fd, (void *)gone, emu ? "-1 EFAULT (Bad address)" : "5",
		    fd, (void *)gone, emu ? "-1 EFAULT (Bad address)" : "5",
		    fd, (void *)gone, emu ? "-1 EFAULT (Bad address)" : "6");
	CHECK_STR(out, want);
	js_close(fd);
	js_munmap(gone - 4096, 4096);
}

/* A file write whose buffer runs into the unmapped page: the kernel
 * writes the mapped part and returns short; strace, asking for the 20
 * bytes of the buffer, gets only 6, and shows the address.  qemu-user
 * checks the whole buffer first and fails the call with EFAULT. */
static void t_partial_write(void)
{
	char *gone = hole(), want[512];
	int fd = (int)js_openat(JS_AT_FDCWD, "partial.out",
				JS_O_WRONLY | JS_O_CREAT | JS_O_TRUNC | JS_O_CLOEXEC, 0600);
	long r;

	CHECK(fd >= 0);
	start();
	r = js_write(fd, gone - 6, 20);
	stop();
	if (have_pvr()) {
		CHECK_EQ(r, 6);
		js_snprintf(want, sizeof want, "libjs:syscall write(%d, %p, 20) = 6\n",
			    fd, (void *)(gone - 6));
	} else {
		CHECK_EQ(r, -JS_EFAULT);
		js_snprintf(want, sizeof want,
			    "libjs:syscall write(%d, %p, 20) = -1 EFAULT (Bad address)\n",
			    fd, (void *)(gone - 6));
	}
	CHECK_STR(out, want);
	js_close(fd);
	js_unlink("partial.out");
	js_munmap(gone - 4096, 4096);
}

/* A path running into the unmapped page is an address; a 4000-byte one
 * is printed whole, its line (over 4 KiB) written whole by one call,
 * result included. */
static void t_long_lines(void)
{
	static char path[4001], want[8192];
	char *gone = hole(), *p = want;
	struct js_iovec iov[32];
	int fd = (int)js_open("/dev/null", JS_O_WRONLY | JS_O_CLOEXEC, 0);
	int i;
	long r1, r2, r3;

	CHECK(fd >= 0);
	memset(path, 'd', 4000);
	path[0] = '/';
	for (i = 0; i < 32; i++)
		iov[i] = (struct js_iovec){ "0123456789abcdefghijklmnopqrstuvwxyz", 36 };

	start();
	r1 = js_chdir(gone - 10);
	r2 = js_chdir(path);
	r3 = js_writev(fd, iov, 32);
	stop();
	CHECK_EQ(r1, -JS_EFAULT);
	CHECK_EQ(r2, -JS_ENAMETOOLONG);
	CHECK_EQ(r3, 32 * 36);
	p += js_snprintf(p, 128, "libjs:syscall chdir(%p) = -1 EFAULT (Bad address)\n",
			 (void *)(gone - 10));
	p += js_snprintf(p, 64, "libjs:syscall chdir(\"");
	memcpy(p, path, 4000);
	p += 4000;
	p += js_snprintf(p, 64, "\") = -1 ENAMETOOLONG (File name too long)\n");
	p += js_snprintf(p, 64, "libjs:syscall writev(%d, [", fd);
	for (i = 0; i < 32; i++)
		p += js_snprintf(p, 128, "%s{iov_base=\"0123456789abcdefghijklmnopqrstuv\"..., iov_len=36}",
				 i ? ", " : "");
	js_snprintf(p, 64, "], 32) = 1152\n");
	CHECK_STR(out, want);
	js_close(fd);
	js_munmap(gone - 4096, 4096);
}

JT_MAIN(T(t_dev_null_unmapped), T(t_partial_write), T(t_long_lines))
