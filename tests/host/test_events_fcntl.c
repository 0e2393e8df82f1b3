/* fcntl (descriptor flags, record and OFD locks seen from another
 * process, pipe size, owner), poll/ppoll, eventfd and timerfd against the
 * kernel, glibc as the oracle where it has the same call. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include "host.h"
#include <libjs/events.h>
#include <libjs/fs.h>
#include <libjs/errno.h>

static void descriptor_and_status_flags(void **state)
{
	(void)state;
	int p[2];
	assert_int_equal(pipe(p), 0);
	long d = js_fcntl(p[0], JS_F_DUPFD, 40);
	assert_true(d >= 40);
	assert_int_equal(js_fcntl((int)d, JS_F_GETFD), 0);
	long dc = js_fcntl(p[0], JS_F_DUPFD_CLOEXEC, 50);
	assert_true(dc >= 50);
	assert_int_equal(js_fcntl((int)dc, JS_F_GETFD), JS_FD_CLOEXEC);
	assert_int_equal(js_fcntl((int)dc, JS_F_SETFD, 0), 0);
	assert_int_equal(js_fcntl((int)dc, JS_F_GETFD), 0);
	assert_int_equal(fcntl((int)dc, F_GETFD), 0);
	assert_int_equal(js_fcntl((int)d, JS_F_SETFD, JS_FD_CLOEXEC), 0);
	assert_int_equal(fcntl((int)d, F_GETFD), FD_CLOEXEC);

	assert_int_equal(js_fcntl(p[0], JS_F_GETFL), fcntl(p[0], F_GETFL));
	assert_int_equal(js_fcntl(p[0], JS_F_GETFL) & JS_O_ACCMODE, JS_O_RDONLY);
	assert_int_equal(js_fcntl(p[0], JS_F_SETFL, JS_O_NONBLOCK), 0);
	assert_true(js_fcntl(p[0], JS_F_GETFL) & JS_O_NONBLOCK);
	char c;
	assert_int_equal(js_read(p[0], &c, 1), -JS_EAGAIN);

	/* Errors: bad descriptor, unknown command, negative minimum. */
	assert_int_equal(js_fcntl(9999, JS_F_GETFD), -JS_EBADF);
	assert_int_equal(js_fcntl(p[0], 123456), -JS_EINVAL);
	assert_int_equal(js_fcntl(p[0], JS_F_DUPFD, -1), -JS_EINVAL);
	close(p[0]), close(p[1]), close((int)d), close((int)dc);
}

static void pipe_size_and_owner(void **state)
{
	(void)state;
	int p[2];
	assert_int_equal(pipe(p), 0);
	assert_int_equal(js_fcntl(p[0], JS_F_GETPIPE_SZ),
			 fcntl(p[0], F_GETPIPE_SZ));
	long r = js_fcntl(p[0], JS_F_SETPIPE_SZ, 200000);
	assert_true(r >= 200000);
	assert_int_equal(js_fcntl(p[1], JS_F_GETPIPE_SZ), r);
	assert_int_equal(fcntl(p[1], F_GETPIPE_SZ), r);
	int f = open("plain", O_RDWR | O_CREAT, 0600);
	assert_int_equal(js_fcntl(f, JS_F_GETPIPE_SZ), -JS_EBADF);

	/* F_SETOWN with a negative value (a process group) survives the
	 * int argument path with its sign. */
	int sp[2];
	assert_int_equal(socketpair(AF_UNIX, SOCK_STREAM, 0, sp), 0);
	assert_int_equal(js_fcntl(sp[0], JS_F_SETOWN, getpid()), 0);
	assert_int_equal(js_fcntl(sp[0], JS_F_GETOWN), getpid());
	assert_int_equal(js_fcntl(sp[0], JS_F_SETOWN, -getpgrp()), 0);
	assert_int_equal(js_fcntl(sp[0], JS_F_GETOWN), -getpgrp());
	struct js_f_owner_ex ox = { JS_F_OWNER_PID, getpid() };
	assert_int_equal(js_fcntl(sp[0], JS_F_SETOWN_EX, &ox), 0);
	memset(&ox, 0, sizeof ox);
	assert_int_equal(js_fcntl(sp[0], JS_F_GETOWN_EX, &ox), 0);
	assert_int_equal(ox.type, JS_F_OWNER_PID);
	assert_int_equal(ox.pid, getpid());
	assert_int_equal(js_fcntl(sp[0], JS_F_SETSIG, SIGUSR2), 0);
	assert_int_equal(js_fcntl(sp[0], JS_F_GETSIG), SIGUSR2);
	close(p[0]), close(p[1]), close(f), close(sp[0]), close(sp[1]);
}

/* In a child: what F_GETLK and a conflicting F_SETLK say about bytes
 * 0..9 of "locked".  Exit status: 0 when the child sees a write lock held
 * by pid `holder` and is refused, 10 + n for the nth mismatch. */
static int child_sees_lock(pid_t holder)
{
	int fd = open("locked", O_RDWR);
	if (fd < 0)
		return 10;
	struct js_flock fl = { JS_F_WRLCK, 0 /* SEEK_SET */, 0, 10, 0 };
	if (js_fcntl(fd, JS_F_GETLK, &fl) != 0)
		return 11;
	if (fl.l_type != JS_F_WRLCK || fl.l_pid != holder || fl.l_start != 0 ||
	    fl.l_len != 10)
		return 12;
	struct js_flock w = { JS_F_WRLCK, 0, 5, 1, 0 };
	long r = js_fcntl(fd, JS_F_SETLK, &w);
	if (r != -JS_EAGAIN && r != -JS_EACCES)
		return 13;
	/* Past the locked range is free. */
	struct js_flock free_ = { JS_F_WRLCK, 0, 10, 5, 0 };
	if (js_fcntl(fd, JS_F_SETLKW, &free_) != 0)
		return 14;
	return 0;
}

static void record_locks_across_processes(void **state)
{
	(void)state;
	int fd = open("locked", O_RDWR | O_CREAT | O_TRUNC, 0600);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, "0123456789abcdef", 16), 16);
	struct js_flock fl = { JS_F_WRLCK, 0, 0, 10, 0 };
	assert_int_equal(js_fcntl(fd, JS_F_SETLK, &fl), 0);
	/* Our own lock never conflicts with us. */
	struct js_flock q = { JS_F_WRLCK, 0, 0, 10, 0 };
	assert_int_equal(js_fcntl(fd, JS_F_GETLK, &q), 0);
	assert_int_equal(q.l_type, JS_F_UNLCK);

	pid_t me = getpid(), c = fork();
	assert_true(c >= 0);
	if (c == 0)
		_exit(child_sees_lock(me));
	int st;
	assert_int_equal(waitpid(c, &st, 0), c);
	assert_true(WIFEXITED(st));
	assert_int_equal(WEXITSTATUS(st), 0);

	/* Unlocked, the child's view is free. */
	fl.l_type = JS_F_UNLCK;
	assert_int_equal(js_fcntl(fd, JS_F_SETLK, &fl), 0);
	c = fork();
	if (c == 0) {
		int f2 = open("locked", O_RDWR);
		struct js_flock w = { JS_F_WRLCK, 0, 0, 10, 0 };
		_exit(js_fcntl(f2, JS_F_SETLK, &w) == 0 ? 0 : 1);
	}
	assert_int_equal(waitpid(c, &st, 0), c);
	assert_int_equal(WEXITSTATUS(st), 0);
	assert_int_equal(js_fcntl(fd, JS_F_SETLK, (void *)8), -JS_EFAULT);
	close(fd);
}

static void ofd_locks(void **state)
{
	(void)state;
	int a = open("ofd", O_RDWR | O_CREAT | O_TRUNC, 0600);
	int b = open("ofd", O_RDWR);
	assert_true(a >= 0 && b >= 0);
	struct js_flock fl = { JS_F_WRLCK, 0, 0, 0, 0 };
	assert_int_equal(js_fcntl(a, JS_F_OFD_SETLK, &fl), 0);
	/* Another open file description conflicts, even in this process. */
	struct js_flock g = { JS_F_RDLCK, 0, 100, 1, 0 };
	assert_int_equal(js_fcntl(b, JS_F_OFD_GETLK, &g), 0);
	assert_int_equal(g.l_type, JS_F_WRLCK);
	assert_int_equal(g.l_pid, -1);
	struct js_flock w = { JS_F_RDLCK, 0, 0, 1, 0 };
	assert_int_equal(js_fcntl(b, JS_F_OFD_SETLK, &w), -JS_EAGAIN);
	/* OFD locks want l_pid 0. */
	struct js_flock bad = { JS_F_RDLCK, 0, 0, 1, 1234 };
	assert_int_equal(js_fcntl(b, JS_F_OFD_SETLK, &bad), -JS_EINVAL);
	fl.l_type = JS_F_UNLCK;
	assert_int_equal(js_fcntl(a, JS_F_OFD_SETLK, &fl), 0);
	assert_int_equal(js_fcntl(b, JS_F_OFD_SETLKW, &w), 0);
	close(a), close(b);
}

static volatile sig_atomic_t usr2_count;
static void on_usr2(int sig)
{
	(void)sig;
	usr2_count++;
}

static void poll_and_ppoll(void **state)
{
	(void)state;
	int p[2];
	assert_int_equal(pipe(p), 0);
	struct js_pollfd fds[3] = {
		{ p[0], JS_POLLIN, 0 }, { p[1], JS_POLLOUT, 0 }, { -1, JS_POLLIN, 7 },
	};
	/* Only the write end is ready; fd -1 is ignored (revents 0). */
	assert_int_equal(js_poll(fds, 3, 0), 1);
	assert_int_equal(fds[0].revents, 0);
	assert_int_equal(fds[1].revents, JS_POLLOUT);
	assert_int_equal(fds[2].revents, 0);
	assert_int_equal(write(p[1], "x", 1), 1);
	assert_int_equal(js_poll(fds, 2, -1), 2);
	assert_int_equal(fds[0].revents, JS_POLLIN);
	close(p[1]);
	assert_int_equal(js_poll(fds, 1, 100), 1);
	assert_int_equal(fds[0].revents, JS_POLLIN | JS_POLLHUP);
	struct js_pollfd nv = { 9999, JS_POLLIN, 0 };
	assert_int_equal(js_poll(&nv, 1, 0), 1);
	assert_int_equal(nv.revents, JS_POLLNVAL);
	assert_int_equal(js_poll((void *)-4096L, 1, 0), -JS_EFAULT);

	/* ppoll: a timeout that runs out is left as it was (const). */
	int q[2];
	assert_int_equal(pipe(q), 0);
	struct js_pollfd one = { q[0], JS_POLLIN, 0 };
	const struct js_timespec ts = { 0, 20 * 1000000 };
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	assert_int_equal(js_ppoll(&one, 1, &ts, 0), 0);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	assert_true((t1.tv_sec - t0.tv_sec) * 1000000000L +
			    (t1.tv_nsec - t0.tv_nsec) >= 19 * 1000000L);
	assert_int_equal(ts.tv_sec, 0);
	assert_int_equal(ts.tv_nsec, 20 * 1000000);
	struct js_timespec bad = { 0, -1 };
	assert_int_equal(js_ppoll(&one, 1, &bad, 0), -JS_EINVAL);

	/* ppoll's mask: a pending blocked signal stays held by a mask that
	 * blocks it, and interrupts a wait whose mask lets it through. */
	sigset_t blk, old;
	sigemptyset(&blk);
	sigaddset(&blk, SIGUSR2);
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_usr2;
	assert_int_equal(sigaction(SIGUSR2, &sa, 0), 0);
	assert_int_equal(sigprocmask(SIG_BLOCK, &blk, &old), 0);
	usr2_count = 0;
	kill(getpid(), SIGUSR2);
	js_sigset_t keep = { { 1ul << (SIGUSR2 - 1) } };
	js_sigset_t none = { { 0 } };
	struct js_timespec zero = { 0, 0 };
	assert_int_equal(js_ppoll(&one, 1, &zero, &keep), 0);
	assert_int_equal(usr2_count, 0);
	assert_int_equal(js_ppoll(&one, 1, 0, &none), -JS_EINTR);
	assert_int_equal(usr2_count, 1);
	assert_int_equal(sigprocmask(SIG_SETMASK, &old, 0), 0);
	signal(SIGUSR2, SIG_DFL);
	close(p[0]), close(q[0]), close(q[1]);
}

static void eventfd_counter(void **state)
{
	(void)state;
	long fd = js_eventfd(5, JS_EFD_NONBLOCK);
	assert_true(fd >= 0);
	uint64_t v = 0;
	assert_int_equal(js_read((int)fd, &v, 8), 8);
	assert_int_equal(v, 5);
	assert_int_equal(js_read((int)fd, &v, 8), -JS_EAGAIN);
	v = 3;
	assert_int_equal(js_write((int)fd, &v, 8), 8);
	v = 4;
	assert_int_equal(js_write((int)fd, &v, 8), 8);
	assert_int_equal(js_read((int)fd, &v, 8), 8);
	assert_int_equal(v, 7);
	v = ~0ull;
	assert_int_equal(js_write((int)fd, &v, 8), -JS_EINVAL);
	assert_int_equal(js_read((int)fd, &v, 4), -JS_EINVAL);
	js_close((int)fd);

	/* Semaphore mode hands out ones. */
	fd = js_eventfd2(2, JS_EFD_SEMAPHORE | JS_EFD_NONBLOCK | JS_EFD_CLOEXEC);
	assert_true(fd >= 0);
	assert_int_equal(js_fcntl((int)fd, JS_F_GETFD), JS_FD_CLOEXEC);
	assert_int_equal(js_read((int)fd, &v, 8), 8);
	assert_int_equal(v, 1);
	assert_int_equal(js_read((int)fd, &v, 8), 8);
	assert_int_equal(v, 1);
	assert_int_equal(js_read((int)fd, &v, 8), -JS_EAGAIN);
	js_close((int)fd);
	assert_int_equal(js_eventfd(0, 0x4), -JS_EINVAL);
	/* The flag-less form is blocking and not close-on-exec. */
	fd = js_eventfd(0, 0);
	assert_int_equal(js_fcntl((int)fd, JS_F_GETFD), 0);
	assert_int_equal(js_fcntl((int)fd, JS_F_GETFL) & JS_O_NONBLOCK, 0);
	js_close((int)fd);
}

static void timerfd_arm_read_disarm(void **state)
{
	(void)state;
	long fd = js_timerfd_create(CLOCK_MONOTONIC, JS_TFD_NONBLOCK);
	assert_true(fd >= 0);
	uint64_t n;
	assert_int_equal(js_read((int)fd, &n, 8), -JS_EAGAIN);

	struct js_itimerspec its = { { 0, 20000000 }, { 0, 20000000 } }, cur;
	assert_int_equal(js_timerfd_settime((int)fd, 0, &its, 0), 0);
	assert_int_equal(js_timerfd_gettime((int)fd, &cur), 0);
	assert_int_equal(cur.it_interval.tv_sec, 0);
	assert_int_equal(cur.it_interval.tv_nsec, 20000000);
	assert_true(cur.it_value.tv_nsec > 0 && cur.it_value.tv_nsec <= 20000000);
	usleep(75 * 1000);
	assert_int_equal(js_read((int)fd, &n, 8), 8);
	assert_true(n >= 2);

	/* Disarm; old_value reports what was set. */
	struct js_itimerspec off = { { 0, 0 }, { 0, 0 } }, old;
	assert_int_equal(js_timerfd_settime((int)fd, 0, &off, &old), 0);
	assert_int_equal(old.it_interval.tv_nsec, 20000000);
	assert_int_equal(js_timerfd_gettime((int)fd, &cur), 0);
	assert_int_equal(cur.it_value.tv_sec, 0);
	assert_int_equal(cur.it_value.tv_nsec, 0);

	/* Absolute time on the timer's clock. */
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	struct js_itimerspec abs = { { 0, 0 }, { now.tv_sec, now.tv_nsec } };
	assert_int_equal(js_timerfd_settime((int)fd, JS_TFD_TIMER_ABSTIME,
					    &abs, 0), 0);
	struct js_pollfd pf = { (int)fd, JS_POLLIN, 0 };
	assert_int_equal(js_poll(&pf, 1, 1000), 1);
	assert_int_equal(js_read((int)fd, &n, 8), 8);
	assert_int_equal(n, 1);

	struct js_itimerspec bad = { { 0, 0 }, { 0, 1000000000 } };
	assert_int_equal(js_timerfd_settime((int)fd, 0, &bad, 0), -JS_EINVAL);
	assert_int_equal(js_timerfd_settime((int)fd, 0x100, &its, 0), -JS_EINVAL);
	js_close((int)fd);
	assert_int_equal(js_timerfd_create(12345, 0), -JS_EINVAL);
	assert_int_equal(js_timerfd_create(CLOCK_MONOTONIC, 0x1), -JS_EINVAL);
	assert_int_equal(js_timerfd_gettime(9999, &cur), -JS_EBADF);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(descriptor_and_status_flags),
		cmocka_unit_test(pipe_size_and_owner),
		cmocka_unit_test(record_locks_across_processes),
		cmocka_unit_test(ofd_locks),
		cmocka_unit_test(poll_and_ppoll),
		cmocka_unit_test(eventfd_counter),
		cmocka_unit_test(timerfd_arm_read_disarm),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
