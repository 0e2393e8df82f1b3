/* What each wrapper hands the kernel, seen through the libjs hook, and the
 * asm-generic fallbacks of the legacy calls (epoll_create, epoll_wait,
 * inotify_init, poll): x86_64 has the legacy numbers, so the fallback
 * branches are compiled here on purpose, with the legacy number hidden,
 * and checked to behave exactly like the legacy calls. */
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include "host.h"
#include <libjs/events.h>
#include <libjs/mem.h>
#include <libjs/fs.h>
#include <libjs/errno.h>

#undef JS_NR_epoll_create
#define js_epoll_create generic_epoll_create
#include "../../src/events/epoll_create.c"
#undef js_epoll_create

#undef JS_NR_epoll_wait
#define js_epoll_wait generic_epoll_wait
#include "../../src/events/epoll_wait.c"
#undef js_epoll_wait

#undef JS_NR_inotify_init
#define js_inotify_init generic_inotify_init
#include "../../src/events/inotify_init.c"
#undef js_inotify_init

#undef JS_NR_poll
#define js_poll generic_poll
#include "../../src/events/poll.c"
#undef js_poll

/* The hook records the last call and then makes it. */
static long seen_nr, seen[6];
static struct js_timespec seen_ts;
static int seen_ts_null;

static long recorder(long nr, long a, long b, long c, long d, long e, long f)
{
	seen_nr = nr;
	seen[0] = a, seen[1] = b, seen[2] = c, seen[3] = d, seen[4] = e,
	seen[5] = f;
	if (nr == 271 /* ppoll */ || nr == 441 /* epoll_pwait2 */) {
		const struct js_timespec *ts =
			(const void *)(nr == 271 ? c : d);
		seen_ts_null = ts == 0;
		if (ts)
			seen_ts = *ts;
	}
	return js_syscall6(nr, a, b, c, d, e, f);
}

static int setup(void **state)
{
	(void)state;
	js__hook = recorder;
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	js__hook = 0;
	return 0;
}

static void generic_epoll_create_is_the_same(void **state)
{
	(void)state;
	assert_int_equal(generic_epoll_create(0), -JS_EINVAL);
	assert_int_equal(generic_epoll_create(-7), -JS_EINVAL);
	assert_int_equal(js_epoll_create(0), -JS_EINVAL);
	long ep = generic_epoll_create(1);
	assert_true(ep >= 0);
	assert_int_equal(seen_nr, JS_NR_epoll_create1);
	assert_int_equal(seen[0], 0);
	assert_int_equal(js_fcntl((int)ep, JS_F_GETFD), 0);

	/* epoll_wait through epoll_pwait with no mask. */
	int p[2];
	assert_int_equal(pipe(p), 0);
	struct js_epoll_event ev = { .events = JS_EPOLLIN };
	ev.data.u64 = 42;
	assert_int_equal(js_epoll_ctl((int)ep, JS_EPOLL_CTL_ADD, p[0], &ev), 0);
	assert_int_equal(generic_epoll_wait((int)ep, &ev, 1, 0), 0);
	assert_int_equal(seen_nr, JS_NR_epoll_pwait);
	assert_int_equal(seen[4], 0);
	assert_int_equal(seen[5], 8);
	assert_int_equal(write(p[1], "x", 1), 1);
	memset(&ev, 0, sizeof ev);
	assert_int_equal(generic_epoll_wait((int)ep, &ev, 1, -1), 1);
	assert_int_equal(ev.data.u64, 42);
	assert_int_equal(generic_epoll_wait((int)ep, &ev, 0, 0), -JS_EINVAL);
	assert_int_equal(generic_epoll_wait(9999, &ev, 1, 0), -JS_EBADF);
	close(p[0]), close(p[1]);
	js_close((int)ep);
}

static void generic_inotify_init_is_the_same(void **state)
{
	(void)state;
	long in = generic_inotify_init();
	assert_true(in >= 0);
	assert_int_equal(seen_nr, JS_NR_inotify_init1);
	assert_int_equal(seen[0], 0);
	assert_int_equal(js_fcntl((int)in, JS_F_GETFD), 0);
	assert_true(js_inotify_add_watch((int)in, ".", JS_IN_CREATE) >= 0);
	js_close((int)in);
}

static void generic_poll_converts_the_timeout(void **state)
{
	(void)state;
	int p[2];
	assert_int_equal(pipe(p), 0);
	struct js_pollfd fds[1] = { { p[1], JS_POLLOUT, 0 } };
	/* Ready at once, so a long timeout costs nothing: only its
	 * conversion is looked at. */
	assert_int_equal(generic_poll(fds, 1, 1500), 1);
	assert_int_equal(seen_nr, JS_NR_ppoll);
	assert_int_equal(seen_ts_null, 0);
	assert_int_equal(seen_ts.tv_sec, 1);
	assert_int_equal(seen_ts.tv_nsec, 500000000);
	assert_int_equal(seen[3], 0);
	assert_int_equal(fds[0].revents, JS_POLLOUT);
	assert_int_equal(generic_poll(fds, 1, 0), 1);
	assert_int_equal(seen_ts.tv_sec, 0);
	assert_int_equal(seen_ts.tv_nsec, 0);
	/* Any negative timeout is "forever": no timespec at all. */
	assert_int_equal(generic_poll(fds, 1, -1), 1);
	assert_int_equal(seen_ts_null, 1);
	assert_int_equal(generic_poll(fds, 1, -5), 1);
	assert_int_equal(seen_ts_null, 1);
	/* Nothing ready: a real wait that times out. */
	struct js_pollfd rd = { p[0], JS_POLLIN, 0 };
	assert_int_equal(generic_poll(&rd, 1, 10), 0);
	assert_int_equal(seen_ts.tv_nsec, 10000000);
	assert_int_equal(generic_poll((void *)-4096L, 1, 0), -JS_EFAULT);
	close(p[0]), close(p[1]);
}

static void wrappers_pass_what_the_kernel_expects(void **state)
{
	(void)state;
	seen_nr = -1;
	long ep = js_epoll_create1(0);
	if (seen_nr != JS_NR_epoll_create1) {
		/* libjs.a built with TRACE=0 has no hook to look through. */
		print_message("libjs.a built without the hook: skipped\n");
		js_close((int)ep);
		skip();
	}
	struct js_epoll_event ev;
	js_sigset_t m = { { 0 } };
	/* The mask size argument is the kernel's sigset_t: 8 bytes. */
	assert_int_equal(js_epoll_pwait((int)ep, &ev, 1, 0, &m), 0);
	assert_int_equal(seen_nr, JS_NR_epoll_pwait);
	assert_int_equal(seen[4], (long)&m);
	assert_int_equal(seen[5], 8);
	struct js_timespec ts = { 0, 1000 };
	assert_int_equal(js_epoll_pwait2((int)ep, &ev, 1, &ts, &m), 0);
	assert_int_equal(seen_nr, JS_NR_epoll_pwait2);
	assert_int_equal(seen[5], 8);
	struct js_pollfd pf = { -1, 0, 0 };
	assert_int_equal(js_ppoll(&pf, 1, &ts, &m), 0);
	assert_int_equal(seen_nr, JS_NR_ppoll);
	assert_int_equal(seen[4], 8);
	/* The kernel's copy of the timeout is not the caller's. */
	assert_true(seen[2] != (long)&ts);
	assert_int_equal(seen_ts.tv_nsec, 1000);
	js_close((int)ep);

	/* fcntl: an int argument arrives as the int (upper half clear);
	 * a command without argument passes 0. */
	int p[2];
	assert_int_equal(pipe(p), 0);
	assert_int_equal(js_fcntl(p[0], JS_F_DUPFD, -1), -JS_EINVAL);
	assert_int_equal(seen[2], 0xffffffffL);
	assert_int_equal(js_fcntl(p[0], JS_F_GETFD, 12345), 0);
	assert_int_equal(seen[2], 0);
	close(p[0]), close(p[1]);

	/* shmctl passes cmd as it is (no IPC_64); mremap passes no
	 * new_address without MREMAP_FIXED. */
	assert_int_equal(js_shmctl(-1, JS_IPC_STAT, 0), -JS_EINVAL);
	assert_int_equal(seen_nr, JS_NR_shmctl);
	assert_int_equal(seen[1], JS_IPC_STAT);
	void *r = js_mremap(0, 4096, 8192, 0);
	assert_true(JS_IS_ERR(r));
	assert_int_equal(seen_nr, JS_NR_mremap);
	assert_int_equal(seen[4], 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(generic_epoll_create_is_the_same),
		cmocka_unit_test(generic_inotify_init_is_the_same),
		cmocka_unit_test(generic_poll_converts_the_timeout),
		cmocka_unit_test(wrappers_pass_what_the_kernel_expects),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
