/* POSIX message queues next to glibc's mq_* (glibc's mq_open takes
 * "/name", libjs's "/name" or "name"): a round trip in priority order,
 * the attributes, O_NONBLOCK's EAGAIN, a timed receive's ETIMEDOUT,
 * EMSGSIZE, mq_notify delivering a signal with the kernel's siginfo, the
 * name rules of js_mq_open and js_mq_unlink, and the error paths, the same
 * from both.  The teardown unlinks the queue and closes the fds. */
#include <errno.h>
#include <fcntl.h>
#include <mqueue.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "host.h"
#include <libjs/ipc.h>
#include <libjs/fs.h>
#include <libjs/errno.h>

static char name[64];	/* "/libjs-mq-<pid>" */
static int fds[4] = { -1, -1, -1, -1 };

static int setup(void **state)
{
	(void)state;
	snprintf(name, sizeof name, "/libjs-mq-%d", (int)getpid());
	return 0;
}

static int cleanup(void **state)
{
	(void)state;
	for (int i = 0; i < 4; i++)
		if (fds[i] >= 0)
			close(fds[i]), fds[i] = -1;
	mq_unlink(name);
	return 0;
}

static long gl(long r) { return r < 0 ? -errno : r; }

static void round_trip_next_to_glibc(void **state)
{
	(void)state;
	struct js_mq_attr a = { 0, 4, 64, 0, { 0 } };
	/* libjs makes it under the bare name, glibc opens it by "/name" */
	long q = js_mq_open(name + 1, JS_O_RDWR | JS_O_CREAT | JS_O_EXCL, 0600, &a);
	assert_true(q >= 0);
	fds[0] = (int)q;
	mqd_t g = mq_open(name, O_RDWR);
	assert_true(g >= 0);
	fds[1] = g;

	assert_int_equal(js_mq_send(fds[0], "low", 3, 1), 0);
	assert_int_equal(mq_send(g, "high", 4, 9), 0);
	struct js_timespec never = { 0x7fffffff, 0 };
	assert_int_equal(js_mq_timedsend(fds[0], "mid", 3, 5, &never), 0);

	struct js_mq_attr got;
	struct mq_attr gg;
	assert_int_equal(js_mq_getattr(fds[0], &got), 0);
	assert_int_equal(mq_getattr(g, &gg), 0);
	assert_int_equal(got.mq_maxmsg, 4);
	assert_int_equal(got.mq_msgsize, 64);
	assert_int_equal(got.mq_curmsgs, 3);
	assert_int_equal(gg.mq_curmsgs, got.mq_curmsgs);
	assert_int_equal(gg.mq_maxmsg, got.mq_maxmsg);
	assert_int_equal(gg.mq_msgsize, got.mq_msgsize);

	char buf[64];
	unsigned int prio = 0;
	/* highest priority first */
	assert_int_equal(js_mq_receive(fds[0], buf, sizeof buf, &prio), 4);
	assert_memory_equal(buf, "high", 4);
	assert_int_equal(prio, 9);
	assert_int_equal(js_mq_timedreceive(fds[0], buf, sizeof buf, &prio, &never), 3);
	assert_memory_equal(buf, "mid", 3);
	assert_int_equal(prio, 5);
	assert_int_equal(mq_receive(g, buf, sizeof buf, &prio), 3);
	assert_memory_equal(buf, "low", 3);
	assert_int_equal(prio, 1);

	/* a buffer shorter than mq_msgsize: EMSGSIZE from both */
	assert_int_equal(js_mq_receive(fds[0], buf, 8, 0), -JS_EMSGSIZE);
	assert_int_equal(gl(mq_receive(g, buf, 8, 0)), -EMSGSIZE);
	/* a message longer than mq_msgsize */
	char big[65] = { 0 };
	assert_int_equal(js_mq_send(fds[0], big, 65, 0), -JS_EMSGSIZE);
	assert_int_equal(gl(mq_send(g, big, 65, 0)), -EMSGSIZE);
	/* a priority past MQ_PRIO_MAX */
	assert_int_equal(js_mq_send(fds[0], "x", 1, JS_MQ_PRIO_MAX), -JS_EINVAL);
	assert_int_equal(gl(mq_send(g, "x", 1, 32768)), -EINVAL);

	/* empty: a past deadline times out, O_NONBLOCK says EAGAIN */
	struct js_timespec past = { 1, 0 };
	struct timespec gpast = { 1, 0 };
	assert_int_equal(js_mq_timedreceive(fds[0], buf, sizeof buf, 0, &past), -JS_ETIMEDOUT);
	assert_int_equal(gl(mq_timedreceive(g, buf, sizeof buf, 0, &gpast)), -ETIMEDOUT);
	struct js_mq_attr nb = { JS_O_NONBLOCK, 0, 0, 0, { 0 } }, old;
	assert_int_equal(js_mq_setattr(fds[0], &nb, &old), 0);
	assert_int_equal(old.mq_flags, 0);
	assert_int_equal(js_mq_receive(fds[0], buf, sizeof buf, 0), -JS_EAGAIN);
	assert_int_equal(js_mq_getsetattr(fds[0], 0, &old), 0);
	assert_int_equal(old.mq_flags, JS_O_NONBLOCK);
	/* the flag is the open file's: glibc's fd still blocks (timed) */
	assert_int_equal(mq_getattr(g, &gg), 0);
	assert_int_equal(gg.mq_flags, 0);
	/* glibc's mq_setattr on its fd; libjs reads it back, and the
	 * other way round */
	struct mq_attr gnb = { O_NONBLOCK, 0, 0, 0, { 0 } };
	assert_int_equal(mq_setattr(g, &gnb, 0), 0);
	assert_int_equal(js_mq_getattr(fds[1], &old), 0);
	assert_int_equal(old.mq_flags, JS_O_NONBLOCK);
	nb.mq_flags = 0;
	assert_int_equal(js_mq_setattr(fds[1], &nb, 0), 0);
	assert_int_equal(mq_getattr(g, &gg), 0);
	assert_int_equal(gg.mq_flags, 0);
	/* only O_NONBLOCK may be set */
	nb.mq_flags = 1;
	gnb.mq_flags = 1;
	assert_int_equal(js_mq_setattr(fds[1], &nb, 0), -JS_EINVAL);
	assert_int_equal(gl(mq_setattr(g, &gnb, 0)), -EINVAL);

	/* full (4 of 4): a send past its deadline times out from both,
	 * and O_NONBLOCK's is EAGAIN */
	for (int i = 0; i < 4; i++)
		assert_int_equal(js_mq_send(fds[1], "f", 1, 0), 0);
	assert_int_equal(js_mq_timedsend(fds[1], "f", 1, 0, &past), -JS_ETIMEDOUT);
	assert_int_equal(gl(mq_timedsend(g, "f", 1, 0, &gpast)), -ETIMEDOUT);
	assert_int_equal(js_mq_send(fds[0], "f", 1, 0), -JS_EAGAIN);
	struct js_timespec badts = { 0, 1000000000 };
	assert_int_equal(js_mq_timedsend(fds[1], "f", 1, 0, &badts), -JS_EINVAL);

	/* mq_unlink by the bare name too; then both spellings are gone */
	assert_int_equal(js_mq_unlink(name + 1), 0);
	assert_int_equal(js_mq_unlink(name), -JS_ENOENT);
	assert_int_equal(gl(mq_unlink(name)), -ENOENT);
}

/* Both spellings name one queue; what else js_mq_open does with a name. */
static void names(void **state)
{
	(void)state;
	long q = js_mq_open(name, JS_O_RDWR | JS_O_CREAT | JS_O_EXCL, 0600, 0);
	assert_true(q >= 0);
	fds[0] = (int)q;
	assert_int_equal(js_mq_open(name + 1, JS_O_RDWR | JS_O_CREAT | JS_O_EXCL, 0600, 0), -JS_EEXIST);
	assert_int_equal(gl(mq_open(name, O_RDWR | O_CREAT | O_EXCL, 0600, NULL)), -EEXIST);
	/* default attributes when attr is NULL: glibc's queue agrees */
	struct js_mq_attr a;
	struct mq_attr ga;
	assert_int_equal(js_mq_getattr(fds[0], &a), 0);
	mqd_t g = mq_open(name, O_RDONLY);
	assert_true(g >= 0);
	fds[1] = g;
	assert_int_equal(mq_getattr(g, &ga), 0);
	assert_int_equal(a.mq_maxmsg, ga.mq_maxmsg);
	assert_int_equal(a.mq_msgsize, ga.mq_msgsize);
	/* one '/' only is dropped; glibc refuses a name without one */
	assert_int_equal(js_mq_open("/a/b", JS_O_RDONLY, 0, 0), -JS_EACCES);
	assert_int_equal(gl(mq_open("/a/b", O_RDONLY)), -EACCES);
	assert_int_equal(js_mq_open("//x", JS_O_RDONLY, 0, 0), -JS_EACCES);
	assert_int_equal(js_mq_open("/", JS_O_RDONLY, 0, 0), -JS_ENOENT);
	assert_int_equal(gl(mq_open("/", O_RDONLY)), -ENOENT);
	assert_int_equal(js_mq_open("", JS_O_RDONLY, 0, 0), -JS_ENOENT);
	assert_int_equal(gl(mq_open("", O_RDONLY)), -EINVAL);
	assert_int_equal(gl(mq_open(name + 1, O_RDONLY)), -EINVAL);
	/* a name the library cannot read: -EFAULT, no crash */
	assert_int_equal(js_mq_open(0, JS_O_RDONLY, 0, 0), -JS_EFAULT);
	assert_int_equal(js_mq_unlink(0), -JS_EFAULT);
	/* bad attributes at creation */
	assert_int_equal(js_mq_unlink(name), 0);
	struct js_mq_attr bad = { 0, 0, 8, 0, { 0 } };
	struct mq_attr gbad = { 0, 0, 8, 0, { 0 } };
	assert_int_equal(js_mq_open(name, JS_O_RDWR | JS_O_CREAT, 0600, &bad), -JS_EINVAL);
	assert_int_equal(gl(mq_open(name, O_RDWR | O_CREAT, 0600, &gbad)), -EINVAL);
	assert_int_equal(js_mq_open(name, JS_O_RDONLY, 0, 0), -JS_ENOENT);
	/* not a queue */
	assert_int_equal(js_mq_getattr(0 + 1000, &a), -JS_EBADF);
	assert_int_equal(js_mq_send(1000, "x", 1, 0), -JS_EBADF);
	assert_int_equal(gl(mq_send(1000, "x", 1, 0)), -EBADF);
}

static void notify_delivers_a_signal(void **state)
{
	(void)state;
	sigset_t usr1, old;
	sigemptyset(&usr1);
	sigaddset(&usr1, SIGUSR1);
	assert_int_equal(sigprocmask(SIG_BLOCK, &usr1, &old), 0);

	long q = js_mq_open(name, JS_O_RDWR | JS_O_CREAT, 0600, 0);
	assert_true(q >= 0);
	fds[0] = (int)q;
	struct js_sigevent ev;
	memset(&ev, 0, sizeof ev);
	ev.sigev_notify = JS_SIGEV_SIGNAL;
	ev.sigev_signo = SIGUSR1;
	ev.sigev_value.sival_int = 0x1234;
	const struct js_sigevent *sev = &ev;
	assert_int_equal(js_mq_notify(fds[0], sev), 0);
	/* one registration per queue: the second is EBUSY, from glibc too */
	assert_int_equal(js_mq_notify(fds[0], sev), -JS_EBUSY);
	struct sigevent gev;
	memset(&gev, 0, sizeof gev);
	gev.sigev_notify = SIGEV_SIGNAL;
	gev.sigev_signo = SIGUSR1;
	assert_int_equal(gl(mq_notify(fds[0], &gev)), -EBUSY);

	/* a message into the empty queue fires it */
	assert_int_equal(js_mq_send(fds[0], "ping", 4, 0), 0);
	siginfo_t si;
	struct timespec t = { 30, 0 };
	assert_int_equal(sigtimedwait(&usr1, &si, &t), SIGUSR1);
	assert_int_equal(si.si_code, SI_MESGQ);
	assert_int_equal(si.si_value.sival_int, 0x1234);
	assert_int_equal(si.si_pid, getpid());

	/* it fired once and is gone: registering again works; NULL removes */
	assert_int_equal(js_mq_notify(fds[0], sev), 0);
	assert_int_equal(js_mq_notify(fds[0], 0), 0);
	assert_int_equal(js_mq_notify(fds[0], 0), 0);
	assert_int_equal(gl(mq_notify(fds[0], NULL)), 0);
	ev.sigev_signo = 0x7fff;	/* no such signal */
	assert_int_equal(js_mq_notify(fds[0], sev), -JS_EINVAL);
	assert_int_equal(js_mq_notify(-1, 0), -JS_EBADF);
	assert_int_equal(gl(mq_notify(-1, NULL)), -EBADF);
	assert_int_equal(sigprocmask(SIG_SETMASK, &old, 0), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(round_trip_next_to_glibc, setup, cleanup),
		cmocka_unit_test_setup_teardown(names, setup, cleanup),
		cmocka_unit_test_setup_teardown(notify_delivers_a_signal, setup, cleanup),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
