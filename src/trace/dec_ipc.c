/* The IPC and AIO calls' decoders, as strace 6.1 shows them (ipc_msg.c,
 * ipc_sem.c, ipc_shm.c, mq.c, aio.c in strace are the behaviour
 * matched): IPC_* keys, flags and commands by name with the permission
 * bits in octal, messages and semaphore operations, struct mq_attr, the
 * values a call writes back. */
#include <libjs/sys.h>
#include <libjs/fs.h>
#include <libjs/mem.h>
#include <libjs/ipc.h>
#include <libjs/aio.h>
#include "trace.h"

#define W c->w
#define A(i) (c->a[i])

static void sep(struct js__ctx *c)
{
	js__put_sep(c->w);
}

/* include/uapi/linux/ipc.h, msg.h, sem.h, shm.h */
static const struct js__flag ipc_fl[] = {
	JS__FLAG(IPC_CREAT), JS__FLAG(IPC_EXCL), JS__FLAG(IPC_NOWAIT),
};
static const struct js__flag shmget_fl[] = {
	JS__FLAG(IPC_CREAT), JS__FLAG(IPC_EXCL), JS__FLAG(SHM_HUGETLB),
	JS__FLAG(SHM_NORESERVE),
};
static const struct js__flag msg_fl[] = {
	JS__FLAG(MSG_NOERROR), JS__FLAG(MSG_EXCEPT), JS__FLAG(MSG_COPY),
	JS__FLAG(IPC_NOWAIT),
};
static const struct js__flag sem_fl[] = {
	JS__FLAG(SEM_UNDO), JS__FLAG(IPC_NOWAIT),
};
static const struct js__flag shmat_fl[] = {
	JS__FLAG(SHM_RDONLY), JS__FLAG(SHM_RND), JS__FLAG(SHM_REMAP),
	JS__FLAG(SHM_EXEC),
};
static const struct js__flag msgctl_cmd[] = {
	JS__FLAG(IPC_RMID), JS__FLAG(IPC_SET), JS__FLAG(IPC_STAT),
	JS__FLAG(IPC_INFO), JS__FLAG(MSG_STAT), JS__FLAG(MSG_INFO),
	JS__FLAG(MSG_STAT_ANY),
};
static const struct js__flag semctl_cmd[] = {
	JS__FLAG(IPC_RMID), JS__FLAG(IPC_SET), JS__FLAG(IPC_STAT),
	JS__FLAG(IPC_INFO), JS__FLAG(GETPID), JS__FLAG(GETVAL),
	JS__FLAG(GETALL), JS__FLAG(GETNCNT), JS__FLAG(GETZCNT),
	JS__FLAG(SETVAL), JS__FLAG(SETALL), JS__FLAG(SEM_STAT),
	JS__FLAG(SEM_INFO), JS__FLAG(SEM_STAT_ANY),
};
static const struct js__flag shmctl_cmd[] = {
	JS__FLAG(IPC_RMID), JS__FLAG(IPC_SET), JS__FLAG(IPC_STAT),
	JS__FLAG(IPC_INFO), JS__FLAG(SHM_LOCK), JS__FLAG(SHM_UNLOCK),
	JS__FLAG(SHM_STAT), JS__FLAG(SHM_INFO), JS__FLAG(SHM_STAT_ANY),
};

static void put_key(struct js__w *w, long k)
{
	if ((int)k == (int)JS_IPC_PRIVATE)
		JS__PUTS(w, "IPC_PRIVATE");
	else
		js__put_hex(w, (unsigned int)k);
}

/* The *get calls' flags: the names, then the permission bits %#03o. */
static void put_getflags(struct js__w *w, const struct js__flag *t, size_t n,
			 unsigned long v)
{
	if (v & ~0777UL) {
		js__put_bits(w, t, n, v & ~0777UL, 0);
		js__putc(w, '|');
	}
	js__put_oct(w, v & 0777);
}

/* A command, with IPC_64 (which these architectures never need) shown
 * first when a caller passes it, as strace does. */
static void put_cmd(struct js__w *w, const struct js__flag *t, size_t n,
		    unsigned long v, const char *unknown)
{
	if (v & JS_IPC_64) {
		JS__PUTS(w, "IPC_64|");
		v &= ~(unsigned long)JS_IPC_64;
	}
	js__put_xval(w, t, n, v, unknown);
}

/* struct msgbuf: mtype, then size bytes of mtext. */
static void put_msgbuf(struct js__ctx *c, long p, unsigned long size, int out)
{
	long type;

	if ((out && c->failed) || !js__get(p, &type, sizeof type)) {
		js__put_ptr(W, p);
		return;
	}
	JS__PUTS(W, "{mtype=");
	js__put_dec(W, type);
	JS__PUTS(W, ", mtext=");
	js__put_data(c, p + (long)sizeof type, size, c->safe, 0);
	js__putc(W, '}');
}

static void put_sops(struct js__ctx *c, long p, unsigned long n)
{
	struct js_sembuf s;
	unsigned long i;

	if (!n || !js__get(p, &s, sizeof s)) {
		js__put_ptr(W, p);
		return;
	}
	js__putc(W, '[');
	for (i = 0; i < n; i++) {
		if (i)
			sep(c);
		if (i == STRMAX || !js__get(p + (long)(i * sizeof s), &s, sizeof s)) {
			JS__PUTS(W, "...");
			break;
		}
		JS__PUTS(W, "{sem_num=");
		js__put_udec(W, s.sem_num);
		JS__PUTS(W, ", sem_op=");
		js__put_dec(W, s.sem_op);
		JS__PUTS(W, ", sem_flg=");
		js__put_bits_unk(W, sem_fl, JS__NELEM(sem_fl), (unsigned short)s.sem_flg, "0", "SEM_???");
		js__putc(W, '}');
	}
	js__putc(W, ']');
}

static void put_mqattr(struct js__ctx *c, long p, int out)
{
	struct js_mq_attr a;

	if (!p) {
		JS__PUTS(W, "NULL");
		return;
	}
	if ((out && c->failed) || !js__get(p, &a, sizeof a)) {
		js__put_ptr(W, p);
		return;
	}
	JS__PUTS(W, "{mq_flags=");
	if (a.mq_flags)
		js__put_flags(W, K_FDFLAGS, (unsigned long)a.mq_flags);
	else
		js__putc(W, '0');
	JS__PUTS(W, ", mq_maxmsg=");
	js__put_dec(W, a.mq_maxmsg);
	JS__PUTS(W, ", mq_msgsize=");
	js__put_dec(W, a.mq_msgsize);
	JS__PUTS(W, ", mq_curmsgs=");
	js__put_dec(W, a.mq_curmsgs);
	js__putc(W, '}');
}

static void put_perm(struct js__w *w, const struct js_ipc_perm *p)
{
	JS__PUTS(w, "{uid=");
	js__put_udec(w, p->uid);
	JS__PUTS(w, ", gid=");
	js__put_udec(w, p->gid);
	JS__PUTS(w, ", mode=");
	js__put_oct(w, p->mode & 0777);
	JS__PUTS(w, ", key=");
	js__put_hex(w, (unsigned int)p->key);
	JS__PUTS(w, ", cuid=");
	js__put_udec(w, p->cuid);
	JS__PUTS(w, ", cgid=");
	js__put_udec(w, p->cgid);
	js__putc(w, '}');
}

static void field(struct js__w *w, const char *name, long v)
{
	JS__PUTS(w, ", ");
	js__put(w, name);
	js__putc(w, '=');
	js__put_dec(w, v);
}

/* What an IPC_STAT-like command wrote (which: 'm'sg, 's'em, 'h' shm),
 * after success; the address otherwise (IPC_SET's struct included,
 * which strace shows in part). */
static void put_ipcstat(struct js__ctx *c, int which, unsigned int cmd, long p)
{
	union {
		struct js_msqid_ds m;
		struct js_semid_ds s;
		struct js_shmid_ds h;
	} u;
	size_t n = which == 'm' ? sizeof u.m : which == 's' ? sizeof u.s : sizeof u.h;

	int stat;

	cmd &= ~(unsigned int)JS_IPC_64;
	if (which == 'm')
		stat = cmd == JS_IPC_STAT || cmd == JS_MSG_STAT || cmd == JS_MSG_STAT_ANY;
	else if (which == 's')
		stat = cmd == JS_IPC_STAT || cmd == JS_SEM_STAT || cmd == JS_SEM_STAT_ANY;
	else
		stat = cmd == JS_IPC_STAT || cmd == JS_SHM_STAT || cmd == JS_SHM_STAT_ANY;
	if (c->failed || !stat || !js__get(p, &u, n)) {
		js__put_ptr(W, p);
		return;
	}
	if (which == 'm') {
		JS__PUTS(W, "{msg_perm=");
		put_perm(W, &u.m.msg_perm);
		field(W, "msg_stime", u.m.msg_stime);
		field(W, "msg_rtime", u.m.msg_rtime);
		field(W, "msg_ctime", u.m.msg_ctime);
		field(W, "msg_qnum", (long)u.m.msg_qnum);
		field(W, "msg_qbytes", (long)u.m.msg_qbytes);
		field(W, "msg_lspid", u.m.msg_lspid);
		field(W, "msg_lrpid", u.m.msg_lrpid);
	} else if (which == 's') {
		JS__PUTS(W, "{sem_perm=");
		put_perm(W, &u.s.sem_perm);
		field(W, "sem_otime", u.s.sem_otime);
		field(W, "sem_ctime", u.s.sem_ctime);
		field(W, "sem_nsems", (long)u.s.sem_nsems);
	} else {
		JS__PUTS(W, "{shm_perm=");
		put_perm(W, &u.h.shm_perm);
		field(W, "shm_segsz", (long)u.h.shm_segsz);
		field(W, "shm_cpid", u.h.shm_cpid);
		field(W, "shm_lpid", u.h.shm_lpid);
		field(W, "shm_nattch", (long)u.h.shm_nattch);
		field(W, "shm_atime", u.h.shm_atime);
		field(W, "shm_dtime", u.h.shm_dtime);
		field(W, "shm_ctime", u.h.shm_ctime);
	}
	js__putc(W, '}');
}

/* An unsigned value the call wrote ([2], [0x7f..] for hex). */
static void put_outnum(struct js__ctx *c, long p, size_t size, int hex)
{
	unsigned long v = 0;

	if (!p) {
		JS__PUTS(W, "NULL");
		return;
	}
	if (c->failed || !js__get(p, &v, size)) {
		js__put_ptr(W, p);
		return;
	}
	if (size == 4)
		v = (unsigned int)v;
	js__putc(W, '[');
	if (hex)
		js__put_hex(W, v);
	else
		js__put_udec(W, v);
	js__putc(W, ']');
}

int js__dec_ipc(struct js__ctx *c)
{
	switch (c->nr) {
	case JS_NR_msgget:
		put_key(W, A(0));
		sep(c);
		put_getflags(W, ipc_fl, JS__NELEM(ipc_fl), (unsigned int)A(1));
		return JS__DEC_ARGS;
	case JS_NR_semget: case JS_NR_shmget:
		put_key(W, A(0));
		sep(c);
		if (c->nr == JS_NR_semget)
			js__put_dec(W, (int)A(1));
		else
			js__put_udec(W, (unsigned long)A(1));
		sep(c);
		if (c->nr == JS_NR_semget)
			put_getflags(W, ipc_fl, JS__NELEM(ipc_fl), (unsigned int)A(2));
		else
			put_getflags(W, shmget_fl, JS__NELEM(shmget_fl), (unsigned int)A(2));
		return JS__DEC_ARGS;
	case JS_NR_msgsnd:
		js__put_dec(W, (int)A(0));
		sep(c);
		put_msgbuf(c, A(1), (unsigned long)A(2), 0);
		sep(c);
		js__put_udec(W, (unsigned long)A(2));
		sep(c);
		js__put_bits_unk(W, msg_fl, JS__NELEM(msg_fl), (unsigned int)A(3), "0", "MSG_???");
		return JS__DEC_ARGS;
	case JS_NR_msgrcv:
		js__put_dec(W, (int)A(0));
		sep(c);
		put_msgbuf(c, A(1), (unsigned long)A(2), 1);
		sep(c);
		js__put_udec(W, (unsigned long)A(2));
		sep(c);
		js__put_dec(W, A(3));
		sep(c);
		js__put_bits_unk(W, msg_fl, JS__NELEM(msg_fl), (unsigned int)A(4), "0", "MSG_???");
		return JS__DEC_ARGS;
	case JS_NR_msgctl: case JS_NR_shmctl:
		js__put_dec(W, (int)A(0));
		sep(c);
		if (c->nr == JS_NR_msgctl)
			put_cmd(W, msgctl_cmd, JS__NELEM(msgctl_cmd), (unsigned int)A(1), "MSG_???");
		else
			put_cmd(W, shmctl_cmd, JS__NELEM(shmctl_cmd), (unsigned int)A(1), "SHM_???");
		sep(c);
		put_ipcstat(c, c->nr == JS_NR_msgctl ? 'm' : 'h', (unsigned int)A(1), A(2));
		return JS__DEC_ARGS;
	case JS_NR_semop: case JS_NR_semtimedop:
		js__put_dec(W, (int)A(0));
		sep(c);
		put_sops(c, A(1), (unsigned long)A(2));
		sep(c);
		js__put_udec(W, (unsigned long)A(2));
		if (c->nr == JS_NR_semtimedop) {
			sep(c);
			js__put_timespec(c->w, A(3), 1);
		}
		return JS__DEC_ARGS;
	case JS_NR_semctl:
		js__put_dec(W, (int)A(0));
		sep(c);
		js__put_dec(W, (int)A(1));
		sep(c);
		put_cmd(W, semctl_cmd, JS__NELEM(semctl_cmd), (unsigned int)A(2), "SEM_???");
		sep(c);
		put_ipcstat(c, 's', (unsigned int)A(2), A(3));
		return JS__DEC_ARGS;
	case JS_NR_shmat:
		js__put_dec(W, (int)A(0));
		sep(c);
		js__put_ptr(W, A(1));
		sep(c);
		js__put_bits_unk(W, shmat_fl, JS__NELEM(shmat_fl), (unsigned int)A(2), "0", "SHM_???");
		return JS__DEC_ARGS;
	case JS_NR_mq_open:
		js__put_path(c, A(0));
		sep(c);
		js__put_flags(W, K_OFLAGS, (unsigned int)A(1));
		if (A(1) & JS_O_CREAT) {
			sep(c);
			js__put_oct(W, (unsigned int)A(2) & 07777);
			sep(c);
			put_mqattr(c, A(3), 0);
		}
		return JS__DEC_ARGS;
	case JS_NR_mq_timedreceive:
		js__put_dec(W, (int)A(0));
		sep(c);
		if (c->failed)
			js__put_ptr(W, A(1));
		else
			js__put_data(c, A(1), (unsigned long)c->ret, c->safe, 0);
		sep(c);
		js__put_udec(W, (unsigned long)A(2));
		sep(c);
		put_outnum(c, A(3), 4, 0);
		sep(c);
		js__put_timespec(c->w, A(4), 1);
		return JS__DEC_ARGS;
	case JS_NR_mq_notify:
		js__put_dec(W, (int)A(0));
		sep(c);
		js__put_sigevent(c, A(1));
		return JS__DEC_ARGS;
	case JS_NR_mq_getsetattr:
		js__put_dec(W, (int)A(0));
		sep(c);
		put_mqattr(c, A(1), 0);
		sep(c);
		put_mqattr(c, A(2), 1);
		return JS__DEC_ARGS;
	case JS_NR_io_setup:
		js__put_udec(W, (unsigned int)A(0));
		sep(c);
		put_outnum(c, A(1), sizeof(js_aio_context_t), 1);
		return JS__DEC_ARGS;
	}
	return 0;
}
