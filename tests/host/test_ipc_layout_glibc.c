/* ipc.h's structs and constants against glibc's types, where glibc has
 * them (<sys/msg.h>, <sys/sem.h>, <mqueue.h>): the same bytes in the same
 * places, so a buffer filled by one is read by the other.  glibc's names
 * differ for the reserved words and one counter (__msg_cbytes); glibc has
 * no union semun (the caller defines it, semctl(2)) and no AIO or keys
 * types, which the kernel-header proofs cover
 * (tests/sh/test_ipcaio_arch_layout.sh). */
#include <mqueue.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include "layout.h"
#include <libjs/ipc.h>

static void msg_structs(void **state)
{
	(void)state;
	static const struct layout_row rows[] = {
		LAYOUT_SIZE(js_msqid_ds, msqid_ds),
		LAYOUT_ALIGN(js_msqid_ds, msqid_ds),
		LAYOUT_FIELD(js_msqid_ds, msqid_ds, msg_perm),
		LAYOUT_FIELD(js_msqid_ds, msqid_ds, msg_stime),
		LAYOUT_FIELD(js_msqid_ds, msqid_ds, msg_rtime),
		LAYOUT_FIELD(js_msqid_ds, msqid_ds, msg_ctime),
		LAYOUT_FIELD2(js_msqid_ds, msg_cbytes, msqid_ds, __msg_cbytes),
		LAYOUT_FIELD(js_msqid_ds, msqid_ds, msg_qnum),
		LAYOUT_FIELD(js_msqid_ds, msqid_ds, msg_qbytes),
		LAYOUT_FIELD(js_msqid_ds, msqid_ds, msg_lspid),
		LAYOUT_FIELD(js_msqid_ds, msqid_ds, msg_lrpid),
		LAYOUT_FIELD2(js_msqid_ds, __unused4, msqid_ds, __glibc_reserved4),
		LAYOUT_FIELD2(js_msqid_ds, __unused5, msqid_ds, __glibc_reserved5),
		LAYOUT_SIZE(js_msginfo, msginfo),
		LAYOUT_FIELD(js_msginfo, msginfo, msgpool),
		LAYOUT_FIELD(js_msginfo, msginfo, msgmap),
		LAYOUT_FIELD(js_msginfo, msginfo, msgmax),
		LAYOUT_FIELD(js_msginfo, msginfo, msgmnb),
		LAYOUT_FIELD(js_msginfo, msginfo, msgmni),
		LAYOUT_FIELD(js_msginfo, msginfo, msgssz),
		LAYOUT_FIELD(js_msginfo, msginfo, msgtql),
		LAYOUT_FIELD(js_msginfo, msginfo, msgseg),
		LAYOUT_SIZE(js_msgbuf, msgbuf),
		LAYOUT_FIELD(js_msgbuf, msgbuf, mtype),
		LAYOUT_FIELD(js_msgbuf, msgbuf, mtext),
	};
	check_rows(rows, ARRAY_LEN(rows));
}

static void sem_structs(void **state)
{
	(void)state;
	static const struct layout_row rows[] = {
		LAYOUT_SIZE(js_semid_ds, semid_ds),
		LAYOUT_ALIGN(js_semid_ds, semid_ds),
		LAYOUT_FIELD(js_semid_ds, semid_ds, sem_perm),
		LAYOUT_FIELD(js_semid_ds, semid_ds, sem_otime),
		LAYOUT_FIELD(js_semid_ds, semid_ds, sem_ctime),
		LAYOUT_FIELD(js_semid_ds, semid_ds, sem_nsems),
		LAYOUT_SIZE(js_sembuf, sembuf),
		LAYOUT_FIELD(js_sembuf, sembuf, sem_num),
		LAYOUT_FIELD(js_sembuf, sembuf, sem_op),
		LAYOUT_FIELD(js_sembuf, sembuf, sem_flg),
		LAYOUT_SIZE(js_seminfo, seminfo),
		LAYOUT_FIELD(js_seminfo, seminfo, semmap),
		LAYOUT_FIELD(js_seminfo, seminfo, semmni),
		LAYOUT_FIELD(js_seminfo, seminfo, semmns),
		LAYOUT_FIELD(js_seminfo, seminfo, semmnu),
		LAYOUT_FIELD(js_seminfo, seminfo, semmsl),
		LAYOUT_FIELD(js_seminfo, seminfo, semopm),
		LAYOUT_FIELD(js_seminfo, seminfo, semume),
		LAYOUT_FIELD(js_seminfo, seminfo, semusz),
		LAYOUT_FIELD(js_seminfo, seminfo, semvmx),
		LAYOUT_FIELD(js_seminfo, seminfo, semaem),
	};
	check_rows(rows, ARRAY_LEN(rows));
}

static void mq_struct(void **state)
{
	(void)state;
	static const struct layout_row rows[] = {
		LAYOUT_SIZE(js_mq_attr, mq_attr),
		LAYOUT_ALIGN(js_mq_attr, mq_attr),
		LAYOUT_FIELD(js_mq_attr, mq_attr, mq_flags),
		LAYOUT_FIELD(js_mq_attr, mq_attr, mq_maxmsg),
		LAYOUT_FIELD(js_mq_attr, mq_attr, mq_msgsize),
		LAYOUT_FIELD(js_mq_attr, mq_attr, mq_curmsgs),
		LAYOUT_FIELD2(js_mq_attr, __reserved, mq_attr, __pad),
	};
	check_rows(rows, ARRAY_LEN(rows));
}

static void constants(void **state)
{
	(void)state;
	static const struct layout_row rows[] = {
		CONST_ROW(JS_MSG_STAT, MSG_STAT),
		CONST_ROW(JS_MSG_INFO, MSG_INFO),
		CONST_ROW(JS_MSG_STAT_ANY, MSG_STAT_ANY),
		CONST_ROW(JS_MSG_NOERROR, MSG_NOERROR),
		CONST_ROW(JS_MSG_EXCEPT, MSG_EXCEPT),
		CONST_ROW(JS_MSG_COPY, MSG_COPY),
		CONST_ROW(JS_SEM_UNDO, SEM_UNDO),
		CONST_ROW(JS_GETPID, GETPID),
		CONST_ROW(JS_GETVAL, GETVAL),
		CONST_ROW(JS_GETALL, GETALL),
		CONST_ROW(JS_GETNCNT, GETNCNT),
		CONST_ROW(JS_GETZCNT, GETZCNT),
		CONST_ROW(JS_SETVAL, SETVAL),
		CONST_ROW(JS_SETALL, SETALL),
		CONST_ROW(JS_SEM_STAT, SEM_STAT),
		CONST_ROW(JS_SEM_INFO, SEM_INFO),
		CONST_ROW(JS_SEM_STAT_ANY, SEM_STAT_ANY),
	};
	check_rows(rows, ARRAY_LEN(rows));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(msg_structs),
		cmocka_unit_test(sem_structs),
		cmocka_unit_test(mq_struct),
		cmocka_unit_test(constants),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
