/* System V message queues and semaphores, POSIX message queues and keys,
 * freestanding, on all three architectures (make check runs aarch64 and
 * riscv64 under qemu-user).  Where qemu-user 7.2 does not pass a call
 * through, the exact error it gives is asserted and the case reported as
 * not run (docs/ipc.md lists these gaps); on a real kernel nothing is
 * excused.  Every queue and set made is removed on every path: each case
 * removes its object before its checks can end it. */
#include "runner.h"

static int under_qemu(void)
{
	const char *e = js_getenv("JS_RUN");

	return e && *e;
}

struct m {
	long mtype;
	char mtext[16];
};

static int same(const char *a, const char *b, unsigned long n)
{
	while (n--)
		if (*a++ != *b++)
			return 0;
	return 1;
}

static void t_msg_round_trip(void)
{
	long id = js_msgget(JS_IPC_PRIVATE, JS_IPC_CREAT | 0600);
	struct m a = { 1, "one" }, b = { 2, "two" }, r;
	long got2, nomsg, except, last, empty;
	struct js_msqid_ds ds;

	CHECK(id >= 0);
	if (id < 0)
		return;
	CHECK_EQ(js_msgsnd((int)id, &a, 4, 0), 0);
	CHECK_EQ(js_msgsnd((int)id, &b, 4, JS_IPC_NOWAIT), 0);
	CHECK_EQ(js_msgctl((int)id, JS_IPC_STAT, &ds), 0);
	got2 = js_msgrcv((int)id, &r, sizeof r.mtext, 2, 0);
	nomsg = js_msgrcv((int)id, &r, sizeof r.mtext, 2, JS_IPC_NOWAIT);
	except = js_msgrcv((int)id, &r, sizeof r.mtext, 2, JS_MSG_EXCEPT);
	last = r.mtype;
	empty = js_msgrcv((int)id, &r, sizeof r.mtext, 0, JS_IPC_NOWAIT);
	CHECK_EQ(js_msgctl((int)id, JS_IPC_RMID, 0), 0);

	CHECK_EQ(ds.msg_qnum, 2);
	CHECK_EQ(ds.msg_cbytes, 8);
	CHECK_EQ(ds.msg_lspid, js_getpid());
	CHECK_EQ(ds.msg_perm.mode & 0777, 0600);
	CHECK_EQ(got2, 4);
	CHECK_EQ(nomsg, -JS_ENOMSG);
	CHECK_EQ(except, 4);
	CHECK_EQ(last, 1);
	CHECK(same(r.mtext, "one", 4));
	CHECK_EQ(empty, -JS_ENOMSG);
	CHECK_EQ(js_msgctl((int)id, JS_IPC_STAT, &ds), -JS_EINVAL);
}

static union js_semun V(int v)
{
	union js_semun u;

	u.__pad = 0;
	u.val = v;
	return u;
}

/* A child blocks on the semaphore (at most 60 s) until the parent posts
 * it; the parent waits for the child at most 60 s. */
static void t_sem_blocks_and_wakes(void)
{
	long id = js_semget(JS_IPC_PRIVATE, 1, JS_IPC_CREAT | 0600);
	struct js_sembuf up = { 0, 1, 0 };
	struct js_timespec tick = { 0, 10000000 };
	long pid, ncnt = -1, w = 0;
	int st = 0, i;

	CHECK(id >= 0);
	if (id < 0)
		return;
	pid = js_fork();
	if (pid == 0) {
		struct js_sembuf down = { 0, -1, 0 };
		struct js_timespec t = { 60, 0 };

		js_exit_group(js_semtimedop((int)id, &down, 1, &t) == 0 ? 0 : 1);
	}
	CHECK(pid > 0);
	for (i = 0; pid > 0 && i < 6000; i++) {
		ncnt = js_semctl((int)id, 0, JS_GETNCNT, V(0));
		if (ncnt == 1)
			break;
		js_nanosleep(&tick, 0);
	}
	CHECK_EQ(ncnt, 1);
	if (pid > 0)
		CHECK_EQ(js_wait4((int)pid, &st, JS_WNOHANG, 0), 0);
	CHECK_EQ(js_semop((int)id, &up, 1), 0);
	for (i = 0; pid > 0 && i < 6000; i++) {
		w = js_wait4((int)pid, &st, JS_WNOHANG, 0);
		if (w != 0)
			break;
		js_nanosleep(&tick, 0);
	}
	if (pid > 0 && w == 0) {	/* never woken: do not leave it behind */
		js_kill((int)pid, JS_SIGKILL);
		js_wait4((int)pid, &st, 0, 0);
	}
	CHECK_EQ(w, pid);
	CHECK(JS_WIFEXITED(st) && JS_WEXITSTATUS(st) == 0);
	CHECK_EQ(js_semctl((int)id, 0, JS_GETVAL, V(0)), 0);
	CHECK_EQ(js_semctl((int)id, 0, JS_IPC_RMID, V(0)), 0);
}

static void t_sem_commands(void)
{
	long id = js_semget(JS_IPC_PRIVATE, 2, JS_IPC_CREAT | 0600);
	unsigned short set[2] = { 3, 4 }, got[2] = { 0, 0 };
	struct js_sembuf ops[2] = { { 0, -1, 0 }, { 1, 2, 0 } };
	struct js_timespec now = { 0, 0 };
	struct js_semid_ds ds;
	union js_semun u;
	long timed;

	CHECK(id >= 0);
	if (id < 0)
		return;
	u.array = set;
	CHECK_EQ(js_semctl((int)id, 0, JS_SETALL, u), 0);
	CHECK_EQ(js_semop((int)id, ops, 2), 0);
	u.array = got;
	CHECK_EQ(js_semctl((int)id, 0, JS_GETALL, u), 0);
	CHECK_EQ(js_semctl((int)id, 1, JS_SETVAL, V(JS_SEMVMX + 1)), -JS_ERANGE);
	ops[0].sem_op = -5;
	timed = js_semtimedop((int)id, ops, 1, &now);
	u.buf = &ds;
	CHECK_EQ(js_semctl((int)id, 0, JS_IPC_STAT, u), 0);
	CHECK_EQ(js_semctl((int)id, 0, JS_IPC_RMID, V(0)), 0);
	CHECK_EQ(got[0], 2);
	CHECK_EQ(got[1], 6);
	CHECK_EQ(timed, -JS_EAGAIN);
	CHECK_EQ(ds.sem_nsems, 2);
	CHECK(ds.sem_otime > 0);
}

static void t_mq_round_trip(void)
{
	struct js_mq_attr a = { 0, 4, 32, 0, { 0, 0, 0, 0 } }, got;
	struct js_timespec t = { 30, 0 };
	char buf[32];
	unsigned int prio = 0;
	long q, un;
	/* the bare spelling, with a byte before it that is not '/' */
	static const char bare[] = "xlibjs-free-mq";

	q = js_mq_open("/libjs-free-mq", JS_O_RDWR | JS_O_CREAT | JS_O_EXCL, 0600, &a);
	if (q == -JS_EEXIST) {	/* a crashed earlier run's */
		js_mq_unlink("/libjs-free-mq");
		q = js_mq_open("/libjs-free-mq", JS_O_RDWR | JS_O_CREAT | JS_O_EXCL, 0600, &a);
	}
	CHECK(q >= 0);
	if (q < 0)
		return;
	/* The queue's name has served its purpose: unlinked at once, by the
	 * bare spelling, so no path below leaves it behind.  qemu-user 7.2
	 * rebuilds glibc's name from the byte before the pointer (it reads
	 * name - 1 and calls the host's mq_unlink, which wants a '/'): the
	 * bare spelling there is -EINVAL (docs/ipc.md), "/name" works. */
	un = js_mq_unlink(bare + 1);
	if (un == -JS_EINVAL && under_qemu()) {
		CHECK_EQ(js_mq_open(bare + 1, JS_O_RDONLY, 0, 0), -JS_EINVAL);
		un = js_mq_unlink("/libjs-free-mq");
	}
	CHECK_EQ(un, 0);
	CHECK_EQ(js_mq_unlink("/libjs-free-mq"), -JS_ENOENT);
	CHECK_EQ(js_mq_send((int)q, "b", 1, 1), 0);
	CHECK_EQ(js_mq_timedsend((int)q, "a", 1, 7, &t), 0);
	CHECK_EQ(js_mq_getattr((int)q, &got), 0);
	CHECK_EQ(got.mq_curmsgs, 2);
	CHECK_EQ(got.mq_msgsize, 32);
	CHECK_EQ(js_mq_receive((int)q, buf, sizeof buf, &prio), 1);
	CHECK_EQ(buf[0], 'a');
	CHECK_EQ(prio, 7);
	CHECK_EQ(js_mq_timedreceive((int)q, buf, sizeof buf, &prio, &t), 1);
	CHECK_EQ(buf[0], 'b');
	CHECK_EQ(js_mq_receive((int)q, buf, 8, 0), -JS_EMSGSIZE);

	js_close((int)q);
}

/* mq_notify: a message into the empty queue raises the registered
 * signal, with the kernel's SI_MESGQ siginfo. */
static void t_mq_notify(void)
{
	struct js_sigevent ev = { .sigev_signo = JS_SIGUSR1,
				  .sigev_notify = JS_SIGEV_SIGNAL };
	js_sigset_t usr1, old;
	js_siginfo_t si;
	struct js_timespec t = { 30, 0 };
	long q, n, notify, sig = 0;

	q = js_mq_open("/libjs-free-mq2", JS_O_RDWR | JS_O_CREAT, 0600, 0);
	CHECK(q >= 0);
	if (q < 0)
		return;
	CHECK_EQ(js_mq_unlink("/libjs-free-mq2"), 0);
	ev.sigev_value.sival_int = 77;
	js_sigemptyset(&usr1);
	js_sigaddset(&usr1, JS_SIGUSR1);
	CHECK_EQ(js_sigprocmask(JS_SIG_BLOCK, &usr1, &old), 0);
	notify = js_mq_notify((int)q, &ev);
	if (notify == 0) {
		n = js_mq_send((int)q, "c", 1, 0);
		CHECK_EQ(n, 0);
		sig = js_sigtimedwait(&usr1, &si, &t);
	}
	js_sigprocmask(JS_SIG_SETMASK, &old, 0);
	js_close((int)q);
	/* qemu-user 7.2 has no mq_notify (docs/ipc.md) */
	if (notify == -JS_ENOSYS && under_qemu()) {
		jt_not_run("qemu-user has no mq_notify");
		return;
	}
	CHECK_EQ(notify, 0);
	CHECK_EQ(sig, JS_SIGUSR1);
	CHECK_EQ(si.si_code, -3);	/* SI_MESGQ */
	CHECK_EQ(si.si_value.sival_int, 77);
	CHECK_EQ(si.si_pid, js_getpid());
}

static void t_keys(void)
{
	long k, n;
	char buf[16];

	k = js_add_key("user", "libjs-free-key", "payload", 7,
		       JS_KEY_SPEC_PROCESS_KEYRING);
	/* qemu-user 7.2 passes none of the key calls through */
	if (k == -JS_ENOSYS && under_qemu()) {
		CHECK_EQ(js_keyctl(JS_KEYCTL_GET_KEYRING_ID,
				   (unsigned long)JS_KEY_SPEC_PROCESS_KEYRING, 1, 0, 0),
			 -JS_ENOSYS);
		CHECK_EQ(js_request_key("user", "libjs-free-key", 0, 0), -JS_ENOSYS);
		jt_not_run("qemu-user has no add_key, request_key, keyctl");
		return;
	}
	CHECK(k > 0);
	if (k <= 0)
		return;
	n = js_keyctl(JS_KEYCTL_READ, (unsigned long)k, (unsigned long)buf,
		      sizeof buf, 0);
	CHECK_EQ(js_request_key("user", "libjs-free-key", 0, 0), k);
	CHECK_EQ(js_keyctl(JS_KEYCTL_INVALIDATE, (unsigned long)k, 0, 0, 0), 0);
	CHECK_EQ(n, 7);
	CHECK(same(buf, "payload", 7));
}

JT_MAIN(T(t_msg_round_trip), T(t_sem_blocks_and_wakes), T(t_sem_commands),
	T(t_mq_round_trip), T(t_mq_notify), T(t_keys))
