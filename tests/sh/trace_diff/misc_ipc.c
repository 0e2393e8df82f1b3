/* trace-cross-arch: LIBJS_FAULT=io_setup:ENOSYS,io_destroy:ENOSYS,mq_notify:ENOSYS (qemu-user 7.2 lacks these: ENOSYS) */
/* Differential trace program (tests/sh/test_trace_diff.sh): System V
 * message queues, semaphores and shared memory, POSIX message queues,
 * AIO contexts, with strace's names for IPC_* and the
 * structs it shows.  Private keys only; everything made is removed. */
#include <libjs/libjs.h>

struct msg {
	long mtype;
	char mtext[16];
};

int main(void)
{
	/* r zeroed: msgrcv's line shows its 16 bytes, the 10 after "hello"
	 * included, which must not be whatever the stack held. */
	struct msg m = { 1, "hello" }, r = { 0, "" };
	struct js_sembuf op[2] = { { 0, 1, 0 }, { 0, -1, JS_IPC_NOWAIT | JS_SEM_UNDO } };
	struct js_timespec z = { 0, 0 };
	struct js_mq_attr ma = { 0, 4, 32, 0, { 0 } }, oa;
	union js_semun su;
	js_aio_context_t ctx = 0;
	unsigned int prio = 0;
	char buf[64];
	long q, s, h, mq;
	void *at;

	js_alarm(20);
	q = js_msgget(JS_IPC_PRIVATE, JS_IPC_CREAT | JS_IPC_EXCL | 0600);
	js_msgget(0x1234abcd, 0);
	js_msgsnd((int)q, &m, 6, 0);
	js_msgsnd((int)q, &m, 6, JS_IPC_NOWAIT);
	js_msgrcv((int)q, &r, sizeof r.mtext, 0, JS_IPC_NOWAIT);
	js_msgrcv((int)q, &r, sizeof r.mtext, 1, JS_IPC_NOWAIT | JS_MSG_NOERROR);
	js_msgrcv((int)q, &r, sizeof r.mtext, 2, JS_IPC_NOWAIT | JS_MSG_EXCEPT);
	{
		struct js_msqid_ds ds;

		js_msgctl((int)q, JS_IPC_STAT, &ds);
	}
	js_msgctl((int)q, JS_IPC_RMID, 0);
	js_msgctl((int)q, JS_IPC_RMID, 0);
	s = js_semget(JS_IPC_PRIVATE, 2, JS_IPC_CREAT | 0600);
	js_semop((int)s, op, 2);
	js_semop((int)s, op + 1, 1);
	js_semtimedop((int)s, op, 1, &z);
	su.val = 5;
	js_semctl((int)s, 1, JS_SETVAL, su);
	su.val = 0;
	js_semctl((int)s, 1, JS_GETVAL, su);
	js_semctl((int)s, 0, JS_GETPID, su);
	{
		struct js_semid_ds ds;

		su.buf = &ds;
		js_semctl((int)s, 0, JS_IPC_STAT, su);
	}
	js_semctl((int)s, 0, JS_IPC_RMID, su);
	h = js_shmget(JS_IPC_PRIVATE, 4096, JS_IPC_CREAT | 0600);
	at = js_shmat((int)h, 0, JS_SHM_RDONLY);
	js_shmdt(at);
	{
		struct js_shmid_ds ds;

		js_shmctl((int)h, JS_IPC_STAT, &ds);
	}
	js_shmctl((int)h, JS_IPC_RMID, 0);
	js_shmget(JS_IPC_PRIVATE, 4096, 0600);
	mq = js_mq_open("/libjs-trace-diff", JS_O_RDWR | JS_O_CREAT | JS_O_EXCL, 0600, &ma);
	js_mq_open("/libjs-trace-diff-none", JS_O_RDONLY, 0, 0);
	js_mq_timedsend((int)mq, "abc", 3, 2, 0);
	js_mq_timedreceive((int)mq, buf, sizeof buf, &prio, 0);
	js_mq_timedreceive((int)mq, buf, sizeof buf, &prio, &z);
	js_mq_getsetattr((int)mq, 0, &oa);
	ma.mq_flags = JS_O_NONBLOCK;
	js_mq_getsetattr((int)mq, &ma, &oa);
	{
		struct js_sigevent sev;

		__builtin_memset(&sev, 0, sizeof sev);
		sev.sigev_notify = JS_SIGEV_SIGNAL;
		sev.sigev_signo = JS_SIGUSR1;
		js_mq_notify((int)mq, &sev);
	}
	js_mq_notify((int)mq, 0);
	js_close(mq);
	js_mq_unlink("/libjs-trace-diff");
	js_mq_unlink("/libjs-trace-diff");
	js_io_setup(4, &ctx);
	js_io_setup(0, &ctx);
	js_io_destroy(ctx);
	return 0;
}
