/* Whole trace lines from js_trace_format: strace's quoting, cuts, structs,
 * results, errors and injected errors, and the generic decoding every call
 * gets.  Memory the lines show is real memory here, as after a call. */
#include <stdio.h>
#include <string.h>
#include "host.h"
#include <libjs/libjs.h>
#include "../../src/trace/trace.h"

static char line[65536];

static const char *fmt(long nr, long a0, long a1, long a2, long a3, long a4,
		       long a5, long ret, int inj)
{
	long a[6] = { a0, a1, a2, a3, a4, a5 };
	size_t n = js_trace_format(line, sizeof line, nr, a, ret, inj);

	assert_int_equal(n, strlen(line));
	assert_int_equal(line[n - 1], '\n');
	line[n - 1] = 0;
	return line + strlen("libjs:syscall ");
}
#define F(nr, ret, ...) fmt(nr, __VA_ARGS__, ret, 0)

static const char *quote(const void *s, size_t n, int more)
{
	struct js__w w = { line, line + sizeof line - 2 };

	js__put_quoted(&w, s, n, more);
	*w.p = 0;
	return line;
}

static void quoting(void **state)
{
	(void)state;
	assert_string_equal(quote("vm\n", 3, 0), "\"vm\\n\"");
	assert_string_equal(quote("a\tb\"c\\d", 7, 0), "\"a\\tb\\\"c\\\\d\"");
	assert_string_equal(quote("\r\v\f", 3, 0), "\"\\r\\v\\f\"");
	/* Octal as short as possible, three digits before a digit. */
	assert_string_equal(quote("\0\1\0012", 4, 0), "\"\\0\\1\\0012\"");
	assert_string_equal(quote("\377\200\177 ", 4, 0), "\"\\377\\200\\177 \"");
	assert_string_equal(quote("\0337", 2, 0), "\"\\0337\"");
	assert_string_equal(quote("\0338", 2, 0), "\"\\338\"");
	assert_string_equal(quote("abc", 3, 1), "\"abc\"...");
	assert_string_equal(quote("", 0, 0), "\"\"");
	assert_string_equal(quote("s\n", 2, JS__QHEX), "\"\\x73\\x0a\"");
}

static void paths_and_buffers(void **state)
{
	(void)state;
	static char big[5000];
	static char want[5000];

	assert_string_equal(F(JS_NR_openat, 3, JS_AT_FDCWD, (long)"/etc/hostname",
			      JS_O_RDONLY | JS_O_CLOEXEC, 0, 0, 0),
			    "openat(AT_FDCWD, \"/etc/hostname\", O_RDONLY|O_CLOEXEC) = 3");
	/* The mode shows with O_CREAT only. */
	assert_string_equal(F(JS_NR_openat, 4, 5, (long)"x", JS_O_WRONLY | JS_O_CREAT, 0644, 0, 0),
			    "openat(5, \"x\", O_WRONLY|O_CREAT, 0644) = 4");
	assert_string_equal(F(JS_NR_read, 3, 3, (long)"vm\nrest", 4096, 0, 0, 0),
			    "read(3, \"vm\\n\", 4096) = 3");
	assert_string_equal(F(JS_NR_read, -JS_EBADF, -1, 0x1000, 8, 0, 0, 0),
			    "read(-1, 0x1000, 8) = -1 EBADF (Bad file descriptor)");
	/* Data is cut at 32 bytes, with strace's "..." after the quote. */
	assert_string_equal(F(JS_NR_write, 40, 1, (long)"0123456789abcdefghijklmnopqrstuvwxyzABCD", 40, 0, 0, 0),
			    "write(1, \"0123456789abcdefghijklmnopqrstuv\"..., 40) = 40");
	/* Paths are not: whole up to PATH_MAX - 1 bytes, as strace prints
	 * them, "..." after that many with no NUL among them. */
	memset(big, 'p', sizeof big);
	big[sizeof big - 1] = 0;
	F(JS_NR_unlink, -JS_ENAMETOOLONG, (long)big, 0, 0, 0, 0, 0);
	strcpy(want, "unlink(\"");
	memset(want + 8, 'p', 4095);
	strcpy(want + 8 + 4095, "\"...) = -1 ENAMETOOLONG (File name too long)");
	assert_string_equal(line + strlen("libjs:syscall "), want);
	big[4095] = 0;
	F(JS_NR_unlink, -JS_ENAMETOOLONG, (long)big, 0, 0, 0, 0, 0);
	strcpy(want + 8 + 4095, "\") = -1 ENAMETOOLONG (File name too long)");
	assert_string_equal(line + strlen("libjs:syscall "), want);
	/* Fetched in pieces, quoted as one: a byte at the end of a piece
	 * followed by a digit takes three octal digits. */
	memset(big, 'q', 300);
	big[255] = 1;
	big[256] = '2';
	big[300] = 0;
	F(JS_NR_unlink, 0, (long)big, 0, 0, 0, 0, 0);
	strcpy(want, "unlink(\"");
	memset(want + 8, 'q', 255);
	strcpy(want + 8 + 255, "\\0012");
	memset(want + 8 + 255 + 5, 'q', 43);
	strcpy(want + 8 + 255 + 5 + 43, "\") = 0");
	assert_string_equal(line + strlen("libjs:syscall "), want);
	assert_string_equal(F(JS_NR_stat, -JS_ENOENT, (long)"/nope", 0x7ffd5c1d2a40, 0, 0, 0, 0),
			    "stat(\"/nope\", 0x7ffd5c1d2a40) = -1 ENOENT (No such file or directory)");
	assert_string_equal(F(JS_NR_chdir, -JS_EFAULT, 0, 0, 0, 0, 0, 0),
			    "chdir(NULL) = -1 EFAULT (Bad address)");
}

/* A failed call's pointers may point nowhere: they are read with
 * process_vm_readv and shown as addresses when unreadable. */
static void bad_pointers_after_failure(void **state)
{
	(void)state;
	assert_string_equal(F(JS_NR_openat, -JS_EFAULT, JS_AT_FDCWD, 0x10, 0, 0, 0, 0),
			    "openat(AT_FDCWD, 0x10, O_RDONLY) = -1 EFAULT (Bad address)");
	assert_string_equal(F(JS_NR_write, -JS_EBADF, -1, 0xdead0000, 5, 0, 0, 0),
			    "write(-1, 0xdead0000, 5) = -1 EBADF (Bad file descriptor)");
	assert_string_equal(fmt(JS_NR_write, 9, (long)"ok", 2, 0, 0, 0, -JS_EINTR, 1),
			    "write(9, \"ok\", 2) = -1 EINTR (Interrupted system call) (INJECTED)");
}

/* Nor after success (the kernel need not read a buffer it was given:
 * /dev/null's write, a write cut short at an unmapped page): every read
 * goes through js__fetch, and what it cannot read is an address. */
static void bad_pointers_after_success(void **state)
{
	(void)state;
	char *m = js_mmap(0, 8192, JS_PROT_READ | JS_PROT_WRITE,
			  JS_MAP_PRIVATE | JS_MAP_ANONYMOUS, -1, 0);
	char *gone = m + 4096, want[128];
	struct js_iovec iov[3] = { { "ab", 2 }, { gone, 4 }, { "cd", 2 } };

	assert_false(JS_IS_ERR(m));
	memset(m, 'x', 4096);
	assert_int_equal(js_munmap(gone, 4096), 0);
	snprintf(want, sizeof want, "write(1, %p, 5) = 5", (void *)gone);
	assert_string_equal(F(JS_NR_write, 5, 1, (long)gone, 5, 0, 0, 0), want);
	snprintf(want, sizeof want, "pwrite64(1, %p, 5, 0) = 5", (void *)gone);
	assert_string_equal(F(JS_NR_pwrite64, 5, 1, (long)gone, 5, 0, 0, 0), want);
	/* Part of it readable: strace shows the address too. */
	snprintf(want, sizeof want, "write(1, %p, 10) = 4", (void *)(gone - 4));
	assert_string_equal(F(JS_NR_write, 4, 1, (long)(gone - 4), 10, 0, 0, 0), want);
	snprintf(want, sizeof want, "read(0, %p, 10) = 10", (void *)gone);
	assert_string_equal(F(JS_NR_read, 10, 0, (long)gone, 10, 0, 0, 0), want);
	/* A string running into the unmapped page. */
	snprintf(want, sizeof want, "chdir(%p) = 0", (void *)(gone - 10));
	assert_string_equal(F(JS_NR_chdir, 0, (long)(gone - 10), 0, 0, 0, 0, 0), want);
	snprintf(want, sizeof want, "pipe2(%p, 0) = 0", (void *)gone);
	assert_string_equal(F(JS_NR_pipe2, 0, (long)gone, 0, 0, 0, 0, 0), want);
	snprintf(want, sizeof want, "writev(1, %p, 2) = 4", (void *)gone);
	assert_string_equal(F(JS_NR_writev, 4, 1, (long)gone, 2, 0, 0, 0), want);
	/* One buffer of three unreadable: that one is an address. */
	snprintf(want, sizeof want, "writev(1, [{iov_base=\"ab\", iov_len=2}, "
		 "{iov_base=%p, iov_len=4}, {iov_base=\"cd\", iov_len=2}], 3) = 8",
		 (void *)gone);
	assert_string_equal(F(JS_NR_writev, 8, 1, (long)iov, 3, 0, 0, 0), want);
	snprintf(want, sizeof want, "nanosleep(%p, NULL) = 0", (void *)gone);
	assert_string_equal(F(JS_NR_nanosleep, 0, (long)gone, 0, 0, 0, 0, 0), want);
	js_munmap(m, 4096);
}

/* strace -s 32 shows 32 elements of an array, then "...": here a
 * 40-iovec writev, whose line is longer than the trace's stack buffer. */
static void arrays(void **state)
{
	(void)state;
	struct js_iovec iov[40];
	char want[2048], *p = want;

	for (int i = 0; i < 40; i++)
		iov[i] = (struct js_iovec){ "xy", 2 };
	p += sprintf(p, "writev(3, [");
	for (int i = 0; i < 32; i++)
		p += sprintf(p, "%s{iov_base=\"xy\", iov_len=2}", i ? ", " : "");
	sprintf(p, ", ...], 40) = 80");
	assert_string_equal(F(JS_NR_writev, 80, 3, (long)iov, 40, 0, 0, 0), want);
	/* An errno with no name, as strace shows it. */
	assert_string_equal(F(JS_NR_getppid, -600, 0, 0, 0, 0, 0, 0),
			    "getppid() = -1 (errno 600)");
	assert_string_equal(fmt(JS_NR_getppid, 0, 0, 0, 0, 0, 0, -JS_EIO, 1),
			    "getppid() = -1 EIO (Input/output error) (INJECTED)");
}

static void structs(void **state)
{
	(void)state;
	struct js_timespec ts = { 1, 500 };
	unsigned char sin[16] = { 2, 0, 0x1f, 0x90, 127, 0, 0, 1 };
	unsigned char sin6[28] = { 10, 0, 0, 80, 0, 0, 0, 0,
				   0x20, 0x01, 0x0d, 0xb8, [23] = 1, [24] = 3 };
	unsigned char sun[12] = { 1, 0, 0, 'a', 'b', 's' };
	struct __attribute__((packed)) { uint32_t ev; uint64_t data; } ev = { 0x80000001u, 7 };
	int fds[2] = { 3, 4 };
	struct js_iovec iov[2] = { { "ab", 2 }, { "cde", 3 } };

	assert_string_equal(F(JS_NR_nanosleep, 0, (long)&ts, 0, 0, 0, 0, 0),
			    "nanosleep({tv_sec=1, tv_nsec=500}, NULL) = 0");
	assert_string_equal(F(JS_NR_connect, 0, 3, (long)sin, 16, 0, 0, 0),
			    "connect(3, {sa_family=AF_INET, sin_port=htons(8080), sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0");
	assert_string_equal(F(JS_NR_bind, 0, 3, (long)sin6, 28, 0, 0, 0),
			    "bind(3, {sa_family=AF_INET6, sin6_port=htons(80), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, \"2001:db8::1\", &sin6_addr), sin6_scope_id=3}, 28) = 0");
	assert_string_equal(F(JS_NR_bind, 0, 3, (long)sun, 6, 0, 0, 0),
			    "bind(3, {sa_family=AF_UNIX, sun_path=@\"abs\"}, 6) = 0");
	assert_string_equal(F(JS_NR_epoll_ctl, 0, 5, 1, 6, (long)&ev, 0, 0),
			    "epoll_ctl(5, EPOLL_CTL_ADD, 6, {events=EPOLLIN|EPOLLET, data={u32=7, u64=7}}) = 0");
	assert_string_equal(F(JS_NR_pipe2, 0, (long)fds, JS_O_CLOEXEC, 0, 0, 0, 0),
			    "pipe2([3, 4], O_CLOEXEC) = 0");
	assert_string_equal(F(JS_NR_writev, 5, 1, (long)iov, 2, 0, 0, 0),
			    "writev(1, [{iov_base=\"ab\", iov_len=2}, {iov_base=\"cde\", iov_len=3}], 2) = 5");
	assert_string_equal(F(JS_NR_readv, 4, 1, (long)iov, 2, 0, 0, 0),
			    "readv(1, [{iov_base=\"ab\", iov_len=2}, {iov_base=\"cd\", iov_len=3}], 2) = 4");
}

static void results_and_generic(void **state)
{
	(void)state;
	assert_string_equal(F(JS_NR_mmap, 0x7f0000001000, 0, 4096, 3, 0x22, -1, 0),
			    "mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f0000001000");
	assert_string_equal(F(JS_NR_mmap, -JS_ENOMEM, 0, 4096, 3, 0x22, -1, 0),
			    "mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = -1 ENOMEM (Cannot allocate memory)");
	assert_string_equal(F(JS_NR_umask, 022, 077, 0, 0, 0, 0, 0), "umask(077) = 022");
	assert_string_equal(F(JS_NR_exit_group, 0, 3, 0, 0, 0, 0, 0), "exit_group(3) = ?");
	assert_string_equal(F(JS_NR_fcntl, 0x8002, 3, 3, 0, 0, 0, 0),
			    "fcntl(3, F_GETFL) = 0x8002 (flags O_RDWR|O_LARGEFILE)");
	assert_string_equal(F(JS_NR_kill, 0, 12, 15, 0, 0, 0, 0), "kill(12, SIGTERM) = 0");
	assert_string_equal(F(JS_NR_lseek, 9, 3, 9, 1, 0, 0, 0), "lseek(3, 9, SEEK_CUR) = 9");
	assert_string_equal(F(JS_NR_getppid, 1, 0, 0, 0, 0, 0, 0), "getppid() = 1");
	/* A call with no rich decoding still shows its name and arguments. */
	assert_string_equal(F(JS_NR_setpgid, 0, 3, 4, 0, 0, 0, 0), "setpgid(3, 4) = 0");
	/* setns is decoded now (issue 11): its namespace type by name. */
	assert_string_equal(F(JS_NR_setns, 0, 3, 0x40000000, 0, 0, 0, 0), "setns(3, CLONE_NEWNET) = 0");
	assert_string_equal(F(JS_NR_sched_getaffinity, 8, 0, 128, 0x1234, 0, 0, 0),
			    "sched_getaffinity(0, 128, 0x1234) = 8");
	/* Generated rows read strings safely even after success. */
	assert_string_equal(F(JS_NR_chroot, 0, (long)"/srv", 0, 0, 0, 0, 0), "chroot(\"/srv\") = 0");
	assert_string_equal(F(JS_NR_chroot, 0, 0xdead0000, 0, 0, 0, 0, 0), "chroot(0xdead0000) = 0");
	assert_string_equal(F(JS_NR_fchmodat2, 0, JS_AT_FDCWD, (long)"f", 0600, 0x100, 0, 0),
			    "fchmodat2(AT_FDCWD, \"f\", 0600, AT_SYMLINK_NOFOLLOW) = 0");
	assert_string_equal(F(999, -JS_ENOSYS, 1, 2, 3, 4, 5, 6),
			    "syscall_0x3e7(0x1, 0x2, 0x3, 0x4, 0x5, 0x6) = -1 ENOSYS (Function not implemented)");
}

/* Every number in the table has a name and formats without overflowing. */
static void every_call_formats(void **state)
{
	(void)state;
	int named = 0;

	for (long nr = 0; nr < 600; nr++) {
		const char *name = js_syscall_name(nr);
		long a[6] = { 0, 0, 0, 0, 0, 0 };

		if (!name)
			continue;
		named++;
		assert_int_equal(js_syscall_nr(name), nr);
		js_trace_format(line, sizeof line, nr, a, -JS_EPERM, 0);
		assert_int_equal(strncmp(line + 14, name, strlen(name)), 0);
	}
	assert_true(named >= 360);
	/* The calls newer than the generated tables (nr_new.h), first and
	 * last, by the numbers of the kernel's scripts/syscall.tbl. */
	assert_string_equal(js_syscall_name(451), "cachestat");
	assert_string_equal(js_syscall_name(462), "mseal");
	assert_string_equal(js_syscall_name(469), "file_setattr");
	assert_int_equal(js_syscall_nr("open_tree_attr"), 467);
	assert_int_equal(js_syscall_nr("nope"), -1);
	assert_null(js_syscall_name(-1));
}

static void small_buffers(void **state)
{
	(void)state;
	char small[20];
	long a[6] = { 3, (long)"0123456789", 10, 0, 0, 0 };

	memset(small, 'x', sizeof small);
	assert_int_equal(js_trace_format(small, 16, JS_NR_write, a, 10, 0), 15);
	assert_string_equal(small, "libjs:syscall \n");
	assert_int_equal(small[16], 'x');
	assert_int_equal(js_trace_format(small, 1, JS_NR_write, a, 10, 0), 0);
	assert_int_equal(small[0], 0);
	assert_int_equal(js_trace_format(NULL, 0, JS_NR_write, a, 10, 0), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(quoting),
		cmocka_unit_test(paths_and_buffers),
		cmocka_unit_test(bad_pointers_after_failure),
		cmocka_unit_test(bad_pointers_after_success),
		cmocka_unit_test(arrays),
		cmocka_unit_test(structs),
		cmocka_unit_test(results_and_generic),
		cmocka_unit_test(every_call_formats),
		cmocka_unit_test(small_buffers),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
