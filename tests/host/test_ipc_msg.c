/* System V message queues next to glibc's msgget/msgsnd/msgrcv/msgctl:
 * a round trip with types (first of a type, MSG_EXCEPT, lowest type up to
 * -n), IPC_NOWAIT's ENOMSG, MSG_NOERROR and E2BIG, IPC_STAT as glibc sees
 * it, IPC_SET, IPC_INFO/MSG_INFO, and the error paths, each the same
 * from both.  Every queue made is removed by the teardown, whether the
 * case passed or not. */
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include "host.h"
#include <libjs/ipc.h>
#include <libjs/errno.h>

static int qid = -1;

static int remove_queue(void **state)
{
	(void)state;
	if (qid >= 0)
		msgctl(qid, IPC_RMID, 0);
	qid = -1;
	return 0;
}

struct m {
	long mtype;
	char mtext[32];
};

static long gl(long r) { return r < 0 ? -errno : r; }

static void round_trip_by_type(void **state)
{
	(void)state;
	long id = js_msgget(JS_IPC_PRIVATE, JS_IPC_CREAT | 0600);
	assert_true(id >= 0);
	qid = (int)id;
	struct m a = { 1, "one" }, b = { 2, "two" }, c = { 3, "three" }, r;

	assert_int_equal(js_msgsnd(qid, &a, 4, 0), 0);
	assert_int_equal(msgsnd(qid, &b, 4, 0), 0);	/* glibc's too */
	assert_int_equal(js_msgsnd(qid, &c, 6, JS_IPC_NOWAIT), 0);

	/* type 2 first: the second message */
	memset(&r, 0, sizeof r);
	assert_int_equal(js_msgrcv(qid, &r, sizeof r.mtext, 2, 0), 4);
	assert_int_equal(r.mtype, 2);
	assert_string_equal(r.mtext, "two");
	/* none of type 2 left: IPC_NOWAIT says ENOMSG, as glibc's does */
	assert_int_equal(js_msgrcv(qid, &r, sizeof r.mtext, 2, JS_IPC_NOWAIT),
			 -JS_ENOMSG);
	assert_int_equal(gl(msgrcv(qid, &r, sizeof r.mtext, 2, IPC_NOWAIT)),
			 -ENOMSG);
	/* MSG_EXCEPT 1: the first message not of type 1 */
	assert_int_equal(js_msgrcv(qid, &r, sizeof r.mtext, 1,
				   JS_MSG_EXCEPT), 6);
	assert_string_equal(r.mtext, "three");
	/* too long for the buffer: E2BIG, MSG_NOERROR cuts it (glibc's
	 * msgrcv does the same on the same queue) */
	assert_int_equal(js_msgsnd(qid, &c, 6, 0), 0);
	assert_int_equal(js_msgrcv(qid, &r, 2, 3, JS_IPC_NOWAIT), -JS_E2BIG);
	assert_int_equal(gl(msgrcv(qid, &r, 2, 3, IPC_NOWAIT)), -E2BIG);
	assert_int_equal(js_msgrcv(qid, &r, 2, 3, JS_MSG_NOERROR), 2);
	assert_memory_equal(r.mtext, "th", 2);
	/* negative type: the lowest type <= 1 */
	assert_int_equal(js_msgrcv(qid, &r, sizeof r.mtext, -1, 0), 4);
	assert_int_equal(r.mtype, 1);
	assert_string_equal(r.mtext, "one");
	assert_int_equal(js_msgrcv(qid, &r, sizeof r.mtext, 0, JS_IPC_NOWAIT),
			 -JS_ENOMSG);
}

static void stat_set_info(void **state)
{
	(void)state;
	long id = js_msgget(JS_IPC_PRIVATE, JS_IPC_CREAT | 0640);
	assert_true(id >= 0);
	qid = (int)id;
	struct m a = { 7, "seven" };
	assert_int_equal(js_msgsnd(qid, &a, 6, 0), 0);

	struct js_msqid_ds ds;
	struct msqid_ds g;
	memset(&ds, 0xff, sizeof ds);
	assert_int_equal(js_msgctl(qid, JS_IPC_STAT, &ds), 0);
	assert_int_equal(msgctl(qid, IPC_STAT, &g), 0);
	assert_int_equal(ds.msg_qnum, 1);
	assert_int_equal(ds.msg_cbytes, 6);
	assert_int_equal(ds.msg_lspid, getpid());
	assert_int_equal(ds.msg_lrpid, 0);
	assert_int_equal(ds.msg_perm.mode & 0777, 0640);
	assert_int_equal(ds.msg_perm.uid, getuid());
	assert_int_equal(g.msg_qnum, ds.msg_qnum);
	assert_int_equal(g.__msg_cbytes, ds.msg_cbytes);
	assert_int_equal(g.msg_qbytes, ds.msg_qbytes);
	assert_int_equal(g.msg_lspid, ds.msg_lspid);
	assert_int_equal(g.msg_stime, ds.msg_stime);
	assert_int_equal(g.msg_ctime, ds.msg_ctime);
	assert_int_equal(g.msg_perm.mode, ds.msg_perm.mode);
	assert_int_equal(g.msg_perm.__seq, ds.msg_perm.seq);

	/* IPC_SET: mode and qbytes (lowering needs no privilege) */
	ds.msg_perm.mode = 0600;
	ds.msg_qbytes = 1024;
	assert_int_equal(js_msgctl(qid, JS_IPC_SET, &ds), 0);
	assert_int_equal(msgctl(qid, IPC_STAT, &g), 0);
	assert_int_equal(g.msg_perm.mode & 0777, 0600);
	assert_int_equal(g.msg_qbytes, 1024);

	/* IPC_INFO and MSG_INFO: struct msginfo, the highest index */
	struct js_msginfo mi;
	struct msginfo gi;
	long hi = js_msgctl(0, JS_IPC_INFO, (struct js_msqid_ds *)(void *)&mi);
	assert_true(hi >= 0);
	assert_int_equal(msgctl(0, IPC_INFO, (struct msqid_ds *)(void *)&gi), hi);
	assert_int_equal(mi.msgmax, gi.msgmax);
	assert_int_equal(mi.msgmnb, gi.msgmnb);
	assert_int_equal(mi.msgmni, gi.msgmni);
	assert_true(js_msgctl(0, JS_MSG_INFO, (struct js_msqid_ds *)(void *)&mi) >= 0);
	assert_true(mi.msgpool >= 1);	/* MSG_INFO: queues in use */

	/* MSG_STAT takes an index and answers the id */
	long idx_id = -1;
	for (int i = 0; i <= hi && idx_id != qid; i++)
		idx_id = js_msgctl(i, JS_MSG_STAT, &ds);
	assert_int_equal(idx_id, qid);

	/* IPC_64 is refused on these architectures, as for shmctl */
	assert_int_equal(js_msgctl(qid, JS_IPC_STAT | JS_IPC_64, &ds), -JS_EINVAL);
}

static void errors(void **state)
{
	(void)state;
	struct js_msqid_ds ds;
	struct m a = { 1, "x" };
	/* no such id */
	assert_int_equal(js_msgctl(-1, JS_IPC_STAT, &ds), -JS_EINVAL);
	assert_int_equal(gl(msgctl(-1, IPC_STAT, (struct msqid_ds *)(void *)&ds)), -EINVAL);
	assert_int_equal(js_msgsnd(-1, &a, 1, 0), -JS_EINVAL);
	assert_int_equal(gl(msgsnd(-1, &a, 1, 0)), -EINVAL);
	/* a key with no queue and no IPC_CREAT */
	assert_int_equal(js_msgget(0x4a530001, 0600), -JS_ENOENT);
	assert_int_equal(gl(msgget(0x4a530001, 0600)), -ENOENT);

	long id = js_msgget(JS_IPC_PRIVATE, JS_IPC_CREAT | 0600);
	assert_true(id >= 0);
	qid = (int)id;
	/* mtype must be > 0; an unknown cmd; a bad buffer */
	a.mtype = 0;
	assert_int_equal(js_msgsnd(qid, &a, 1, 0), -JS_EINVAL);
	assert_int_equal(gl(msgsnd(qid, &a, 1, 0)), -EINVAL);
	assert_int_equal(js_msgctl(qid, 99, &ds), -JS_EINVAL);
	assert_int_equal(js_msgctl(qid, JS_IPC_STAT, 0), -JS_EFAULT);
	assert_int_equal(gl(msgctl(qid, IPC_STAT, 0)), -EFAULT);
	assert_int_equal(js_msgsnd(qid, 0, 1, 0), -JS_EFAULT);
	/* removed: gone for both */
	assert_int_equal(js_msgctl(qid, JS_IPC_RMID, 0), 0);
	assert_int_equal(js_msgctl(qid, JS_IPC_STAT, &ds), -JS_EINVAL);
	assert_int_equal(gl(msgctl(qid, IPC_RMID, 0)), -EINVAL);
	qid = -1;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(round_trip_by_type, remove_queue),
		cmocka_unit_test_teardown(stat_set_info, remove_queue),
		cmocka_unit_test_teardown(errors, remove_queue),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
