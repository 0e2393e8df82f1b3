/* Every ipc.h and aio.h wrapper once, with arguments strace can show and
 * ids that name nothing (-1, or a key no object has), so nothing is made
 * but one AIO context, destroyed again.
 * Run by test_ipcaio_strace.sh, which checks the system call each one
 * issued and where each argument landed. */
#include <libjs/libjs.h>

int main(void)
{
	struct js_msqid_ds mq;
	struct js_sembuf sb = { 1, -2, JS_IPC_NOWAIT };
	struct js_timespec ts = { 3, 4 };
	struct js_mq_attr ma;
	struct js_io_event ev;
	struct js_iocb cb;
	struct js_iocb *list[1] = { &cb };
	struct js_io_uring_params p;
	js_aio_context_t ctx = 0;
	union js_semun u;
	char b[8] = "msgtext";
	unsigned int prio;
	struct {
		long mtype;
		char mtext[8];
	} m = { 9, "hi" };

	__builtin_memset(&p, 0, sizeof p);
	__builtin_memset(&cb, 0, sizeof cb);
	u.__pad = 0;
	u.val = 5;
	js_msgget(0x4a53, 0600);
	js_msgsnd(-1, &m, 3, JS_IPC_NOWAIT);
	js_msgrcv(-1, b, 4, 7, JS_MSG_NOERROR);
	js_msgctl(-1, JS_IPC_STAT, &mq);
	js_semget(0x4a54, 2, 0600);
	js_semop(-1, &sb, 1);
	js_semtimedop(-1, &sb, 1, &ts);
	js_semctl(-1, 1, JS_SETVAL, u);
	js_mq_open("/libjs-nosuch", JS_O_RDONLY, 0, 0);
	js_mq_open("libjs/none", JS_O_WRONLY | JS_O_CREAT | JS_O_EXCL, 0640, 0);
	js_mq_unlink("/libjs-nosuch");
	js_mq_timedsend(-1, b, 5, 6, &ts);
	js_mq_timedreceive(-1, b, 7, &prio, &ts);
	js_mq_send(-1, b, 2, 3);
	js_mq_receive(-1, b, 4, &prio);
	js_mq_notify(-1, 0);
	js_mq_getsetattr(-1, &ma, 0);
	js_mq_getattr(-1, &ma);
	js_mq_setattr(-1, &ma, &ma);
	js_add_key("libjs-nosuch-type", "libjs-desc", b, 3, JS_KEY_SPEC_PROCESS_KEYRING);
	js_request_key("user", "libjs-nosuch-desc", 0, JS_KEY_SPEC_THREAD_KEYRING);
	js_keyctl(JS_KEYCTL_READ, 0x7ffffffe, 0, 0, 0);
	js_io_setup(5, &ctx);
	js_io_destroy(ctx);
	js_io_submit(0, 1, list);
	js_io_cancel(0, &cb, &ev);
	js_io_getevents(0, 1, 2, &ev, &ts);
	js_io_pgetevents(0, 1, 2, &ev, &ts, 0);
	js_io_uring_setup(0, &p);
	js_io_uring_enter(1000, 1, 2, JS_IORING_ENTER_GETEVENTS, 0, 8);
	js_io_uring_register(1000, JS_IORING_REGISTER_PROBE, 0, 3);
	return 0;
}
