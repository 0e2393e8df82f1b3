/* The time, event and IPC decoders (src/trace/dec_time.c, dec_events.c,
 * dec_ipc.c) through js_trace_format on crafted calls: strace 6.1's
 * forms for clocks, timers, sigevents, poll's and select's results, ready
 * epoll events, signal sets, IPC names and structs, its comments for
 * unknown values, and addresses where nothing may be read.  The memory
 * shown is real memory here, as after a call. */
#include <stdio.h>
#include <string.h>
#include "host.h"
#include <libjs/libjs.h>
#include "../../src/trace/trace.h"

static char line[2048];

static const char *fmt(long nr, long a0, long a1, long a2, long a3, long a4,
		       long a5, long ret)
{
	long a[6] = { a0, a1, a2, a3, a4, a5 };
	size_t n = js_trace_format(line, sizeof line, nr, a, ret, 0);

	assert_int_equal(n, strlen(line));
	assert_int_equal(line[n - 1], '\n');
	line[n - 1] = 0;
	return line + strlen("libjs:syscall ");
}
#define F(nr, ret, ...) fmt(nr, __VA_ARGS__, ret)

static void timers(void **state)
{
	struct js_itimerspec its = { { 0, 0 }, { 3, 500 } };
	struct js_itimerval itv = { { 1, 2 }, { 3, 4 } };
	struct js_sigevent sev;
	int id = 7;

	(void)state;
	assert_string_equal(F(JS_NR_timerfd_settime, 0, 4, JS_TFD_TIMER_ABSTIME, (long)&its, 0, 0, 0),
			    "timerfd_settime(4, TFD_TIMER_ABSTIME, {it_interval={tv_sec=0, tv_nsec=0}, it_value={tv_sec=3, tv_nsec=500}}, NULL) = 0");
	/* the old value is the call's answer: its address after a failure */
	assert_string_equal(F(JS_NR_timer_settime, -JS_EINVAL, 1, 0, (long)&its, 0x1000, 0, 0),
			    "timer_settime(1, 0, {it_interval={tv_sec=0, tv_nsec=0}, it_value={tv_sec=3, tv_nsec=500}}, 0x1000) = -1 EINVAL (Invalid argument)");
	assert_string_equal(F(JS_NR_getitimer, 0, JS_ITIMER_PROF, (long)&itv, 0, 0, 0, 0),
			    "getitimer(ITIMER_PROF, {it_interval={tv_sec=1, tv_usec=2}, it_value={tv_sec=3, tv_usec=4}}) = 0");
	assert_string_equal(F(JS_NR_setitimer, -JS_EINVAL, 5, (long)&itv, 0, 0, 0, 0),
			    "setitimer(0x5 /* ITIMER_??? */, {it_interval={tv_sec=1, tv_usec=2}, it_value={tv_sec=3, tv_usec=4}}, NULL) = -1 EINVAL (Invalid argument)");
	memset(&sev, 0, sizeof sev);
	sev.sigev_notify = JS_SIGEV_THREAD_ID;
	sev.sigev_signo = JS_SIGALRM;
	sev.sigev_notify_thread_id = 1234;
	assert_string_equal(F(JS_NR_timer_create, 0, JS_CLOCK_MONOTONIC, (long)&sev, (long)&id, 0, 0, 0),
			    "timer_create(CLOCK_MONOTONIC, {sigev_signo=SIGALRM, "
			    "sigev_notify=SIGEV_THREAD_ID, sigev_notify_thread_id=1234}, [7]) = 0");
	assert_string_equal(F(JS_NR_timerfd_create, -JS_EINVAL, 10, 0, 0, 0, 0, 0),
			    "timerfd_create(0xa /* CLOCK_??? */, 0) = -1 EINVAL (Invalid argument)");
	assert_string_equal(F(JS_NR_clock_nanosleep, 0, JS_CLOCK_BOOTTIME, JS_TIMER_ABSTIME | 2, 0, 0, 0, 0),
			    "clock_nanosleep(CLOCK_BOOTTIME, TIMER_ABSTIME|0x2, NULL, NULL) = 0");
}

static void polling(void **state)
{
	struct js_pollfd pf[3] = { { 0, JS_POLLIN, JS_POLLIN | JS_POLLHUP }, { -1, JS_POLLIN, 0 },
				   { 5, 0x4000, 0 } };
	struct js_timespec left = { 1, 2 };
	js_fd_set rs;
	struct js_timeval tv = { 0, 7 };
	struct js_epoll_event ev[2] = { { JS_EPOLLIN | JS_EPOLLRDHUP, { .u64 = 1ul << 40 } },
					{ JS_EPOLLOUT, { .u64 = 3 } } };

	(void)state;
	assert_string_equal(F(JS_NR_ppoll, 1, (long)pf, 3, (long)&left, 0, 8, 0),
			    "ppoll([{fd=0, events=POLLIN}, {fd=-1}, {fd=5, events=0x4000 /* POLL??? */}], 3, {tv_sec=1, tv_nsec=2}, NULL, 8)"
			    " = 1 ([{fd=0, revents=POLLIN|POLLHUP}], left {tv_sec=1, tv_nsec=2})");
	assert_string_equal(F(JS_NR_ppoll, 0, (long)pf, 1, 0, 0, 8, 0),
			    "ppoll([{fd=0, events=POLLIN}], 1, NULL, NULL, 8) = 0 (Timeout)");
	assert_string_equal(F(JS_NR_ppoll, -JS_EINTR, (long)pf, 1, 0, 0, 8, 0),
			    "ppoll([{fd=0, events=POLLIN}], 1, NULL, NULL, 8) = -1 EINTR (Interrupted system call)");
	JS_FD_ZERO(&rs);
	JS_FD_SET(0, &rs);
	JS_FD_SET(65, &rs);
	JS_FD_SET(99, &rs);
	assert_string_equal(F(JS_NR_pselect6, 2, 99, (long)&rs, 0, 0, 0, 0),
			    "pselect6(99, [0 65], NULL, NULL, NULL, NULL) = 2 (in [0 65])");
	(void)tv;
	assert_string_equal(F(JS_NR_epoll_pwait, 2, 3, (long)ev, 2, -1, 0, 8),
			    "epoll_pwait(3, [{events=EPOLLIN|EPOLLRDHUP, data={u32=0, u64=1099511627776}}, "
			    "{events=EPOLLOUT, data={u32=3, u64=3}}], 2, -1, NULL, 8) = 2");
	assert_string_equal(F(JS_NR_epoll_pwait, -JS_EBADF, 3, 0x1000, 2, -1, 0, 8),
			    "epoll_pwait(3, 0x1000, 2, -1, NULL, 8) = -1 EBADF (Bad file descriptor)");
}

static void masks_and_flags(void **state)
{
	uint64_t set = (1ul << (JS_SIGINT - 1)) | (1ul << 33), all = ~(1ul << (JS_SIGKILL - 1));

	(void)state;
	assert_string_equal(F(JS_NR_signalfd4, 5, -1, (long)&set, 8, JS_SFD_NONBLOCK, 0, 0),
			    "signalfd4(-1, [INT RT_2], 8, SFD_NONBLOCK) = 5");
	assert_string_equal(F(JS_NR_signalfd4, 5, -1, (long)&all, 8, 0, 0, 0),
			    "signalfd4(-1, ~[KILL], 8, 0) = 5");
	assert_string_equal(F(JS_NR_eventfd2, 3, 0, JS_EFD_SEMAPHORE | JS_EFD_CLOEXEC, 0, 0, 0, 0),
			    "eventfd2(0, EFD_SEMAPHORE|EFD_CLOEXEC) = 3");
	assert_string_equal(F(JS_NR_fanotify_mark, 0, 3, JS_FAN_MARK_ADD | JS_FAN_MARK_IGNORED_SURV_MODIFY,
			      JS_FAN_MODIFY | 0x100000000L, JS_AT_FDCWD, (long)"/", 0),
			    "fanotify_mark(3, FAN_MARK_ADD|FAN_MARK_IGNORED_SURV_MODIFY, FAN_MODIFY|0x100000000, AT_FDCWD, \"/\") = 0");
}

static void ipc(void **state)
{
	struct { long type; char text[8]; } m = { 3, "hi" };
	struct js_sembuf op = { 1, -2, JS_SEM_UNDO };
	struct js_mq_attr a = { JS_O_NONBLOCK, 10, 64, 1, { 0 } };
	unsigned int prio = 9;

	(void)state;
	assert_string_equal(F(JS_NR_msgsnd, 0, 5, (long)&m, 2, JS_IPC_NOWAIT, 0, 0),
			    "msgsnd(5, {mtype=3, mtext=\"hi\"}, 2, IPC_NOWAIT) = 0");
	/* nothing received: the buffer's address */
	assert_non_null(strstr(F(JS_NR_msgrcv, -JS_ENOMSG, 5, (long)&m, 2, -1, 0, 0), "msgrcv(5, 0x"));
	assert_non_null(strstr(line, ", 2, -1, 0) = -1 ENOMSG"));
	assert_string_equal(F(JS_NR_semget, 4, 0x41, 1, JS_IPC_CREAT | JS_IPC_EXCL | 0640, 0, 0, 0),
			    "semget(0x41, 1, IPC_CREAT|IPC_EXCL|0640) = 4");
	assert_string_equal(F(JS_NR_semop, 0, 4, (long)&op, 1, 0, 0, 0),
			    "semop(4, [{sem_num=1, sem_op=-2, sem_flg=SEM_UNDO}], 1) = 0");
	assert_string_equal(F(JS_NR_semctl, -JS_EINVAL, 4, 0, 99, 0, 0, 0),
			    "semctl(4, 0, 0x63 /* SEM_??? */, NULL) = -1 EINVAL (Invalid argument)");
	assert_string_equal(F(JS_NR_shmctl, 0, 4, JS_IPC_64 | JS_IPC_RMID, 0, 0, 0, 0),
			    "shmctl(4, IPC_64|IPC_RMID, NULL) = 0");
	assert_string_equal(F(JS_NR_shmget, 6, 0, 8192, JS_IPC_CREAT | JS_SHM_HUGETLB | 0600, 0, 0, 0),
			    "shmget(IPC_PRIVATE, 8192, IPC_CREAT|SHM_HUGETLB|0600) = 6");
	assert_string_equal(F(JS_NR_mq_getsetattr, 0, 3, (long)&a, 0, 0, 0, 0),
			    "mq_getsetattr(3, {mq_flags=O_NONBLOCK, mq_maxmsg=10, mq_msgsize=64, mq_curmsgs=1}, NULL) = 0");
	assert_string_equal(F(JS_NR_mq_timedreceive, 2, 3, (long)"ok", 64, (long)&prio, 0, 0),
			    "mq_timedreceive(3, \"ok\", 64, [9], NULL) = 2");
	assert_string_equal(F(JS_NR_mq_open, 3, (long)"q", JS_O_WRONLY | JS_O_CREAT, 0600, (long)&a, 0, 0),
			    "mq_open(\"q\", O_WRONLY|O_CREAT, 0600, {mq_flags=O_NONBLOCK, mq_maxmsg=10, mq_msgsize=64, mq_curmsgs=1}) = 3");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(timers),
		cmocka_unit_test(polling),
		cmocka_unit_test(masks_and_flags),
		cmocka_unit_test(ipc),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
