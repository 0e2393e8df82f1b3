/* The trace lines DEBUG=libjs:* writes for the IPC and AIO calls
 * (src/trace/table.c's IPC and asynchronous I/O block): strings, mq_open's
 * mode only with O_CREAT (its attr pointer always: strace-exact lines are
 * issue 11), the message buffers of mq_timedsend and
 * mq_timedreceive, timeouts as timespecs, AIO contexts in hex. */
#include <string.h>
#include "host.h"
#include <libjs/libjs.h>

static char line[1024];

static const char *fmt(long nr, long a0, long a1, long a2, long a3, long a4,
		       long a5, long ret)
{
	long a[6] = { a0, a1, a2, a3, a4, a5 };
	size_t n = js_trace_format(line, sizeof line, nr, a, ret, 0);

	assert_int_equal(n, strlen(line));
	line[n - 1] = 0;
	return line + strlen("libjs:syscall ");
}
#define F(nr, ret, ...) fmt(nr, __VA_ARGS__, ret)

static void ipc_lines(void **state)
{
	(void)state;
	struct js_timespec ts = { 2, 5 };
	assert_string_equal(F(JS_NR_mq_open, 3, (long)"q", JS_O_RDWR | JS_O_CREAT, 0600, 0, 0, 0),
			    "mq_open(\"q\", O_RDWR|O_CREAT, 0600, NULL) = 3");
	assert_string_equal(F(JS_NR_mq_open, -JS_ENOENT, (long)"q", JS_O_RDONLY, 0, 0, 0, 0),
			    "mq_open(\"q\", O_RDONLY) = -1 ENOENT (No such file or directory)");
	assert_string_equal(F(JS_NR_mq_unlink, 0, (long)"q", 0, 0, 0, 0, 0),
			    "mq_unlink(\"q\") = 0");
	assert_string_equal(F(JS_NR_mq_timedsend, 0, 3, (long)"ping", 4, 9, (long)&ts, 0),
			    "mq_timedsend(3, \"ping\", 4, 9, {tv_sec=2, tv_nsec=5}) = 0");
	char got[8] = "pong";
	assert_string_equal(F(JS_NR_mq_timedreceive, 4, 3, (long)got, 8, 0, 0, 0),
			    "mq_timedreceive(3, \"pong\", 8, NULL, NULL) = 4");
	assert_string_equal(F(JS_NR_semtimedop, -JS_EAGAIN, 1, 0, 1, (long)&ts, 0, 0),
			    "semtimedop(1, NULL, 1, {tv_sec=2, tv_nsec=5}) = -1 EAGAIN (Resource temporarily unavailable)");
	assert_string_equal(F(JS_NR_msgget, 5, 0, JS_IPC_CREAT | 0600, 0, 0, 0, 0),
			    "msgget(IPC_PRIVATE, IPC_CREAT|0600) = 5");
	assert_string_equal(F(JS_NR_add_key, 7, (long)"user", (long)"d", (long)"abc", 3, -2, 0),
			    "add_key(\"user\", \"d\", \"abc\", 3, -2) = 7");
	assert_string_equal(F(JS_NR_request_key, 7, (long)"user", (long)"d", 0, 0, 0, 0),
			    "request_key(\"user\", \"d\", NULL, 0) = 7");
}

static void aio_lines(void **state)
{
	(void)state;
	struct js_timespec ts = { 1, 0 };
	assert_string_equal(F(JS_NR_io_getevents, 1, 0x7f0000001000L, 1, 2, 0, (long)&ts, 0),
			    "io_getevents(0x7f0000001000, 1, 2, NULL, {tv_sec=1, tv_nsec=0}) = 1");
	assert_string_equal(F(JS_NR_io_destroy, 0, 0x7f0000001000L, 0, 0, 0, 0, 0),
			    "io_destroy(0x7f0000001000) = 0");
	assert_string_equal(F(JS_NR_io_uring_enter, 1, 3, 1, 1, JS_IORING_ENTER_GETEVENTS, 0, 8),
			    "io_uring_enter(3, 1, 1, 0x1, NULL, 8) = 1");
	assert_string_equal(F(JS_NR_io_uring_setup, 3, 4, 0, 0, 0, 0, 0),
			    "io_uring_setup(4, NULL) = 3");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(ipc_lines),
		cmocka_unit_test(aio_lines),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
