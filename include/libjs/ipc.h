/* Inter-process communication: System V message queues and semaphores,
 * POSIX message queues and the kernel's key management (keyrings).
 * System V shared memory, the third System V object, lives with the other
 * mappings in mem.h, which also holds what the three share: struct
 * js_ipc_perm, js_key_t and the JS_IPC_* constants (included here, not
 * written twice).  Every call returns the kernel's raw result (>= 0
 * success, -errno failure); the man page named for each is the
 * reference.  docs/ipc.md says what each call does beyond its man page. */
#ifndef LIBJS_IPC_H
#define LIBJS_IPC_H

#include "sys.h"
#include "types.h"
#include "mem.h"
#include "siginfo.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- System V message queues: include/uapi/linux/msg.h ---------------- */

/* struct msqid64_ds, include/uapi/asm-generic/msgbuf.h, the
 * __BITS_PER_LONG == 64 branch (x86_64's asm/msgbuf.h is the same): what
 * msgctl's IPC_STAT, MSG_STAT and MSG_STAT_ANY write and IPC_SET reads. */
struct js_msqid_ds {
	struct js_ipc_perm msg_perm;
	long msg_stime;
	long msg_rtime;
	long msg_ctime;
	unsigned long msg_cbytes;
	unsigned long msg_qnum;
	unsigned long msg_qbytes;
	int msg_lspid;
	int msg_lrpid;
	unsigned long __unused4;
	unsigned long __unused5;
};

/* struct msginfo (linux/msg.h): what IPC_INFO and MSG_INFO write (cast
 * its address to struct js_msqid_ds *, as msgctl(2) says). */
struct js_msginfo {
	int msgpool;
	int msgmap;
	int msgmax;
	int msgmnb;
	int msgmni;
	int msgssz;
	int msgtql;
	unsigned short msgseg;
};

/* struct msgbuf (linux/msg.h): the message msgsnd(2) reads and msgrcv(2)
 * writes is a long type followed by the text; declare your own struct
 * with a longer mtext, as msgsnd(2) shows.  msgsz counts mtext only. */
struct js_msgbuf {
	long mtype;
	char mtext[1];
};

/* The kernel's compiled-in defaults (linux/msg.h); the live limits are
 * /proc/sys/kernel/msgmni, msgmax and msgmnb (and IPC_INFO). */
#define JS_MSGMNI       32000
#define JS_MSGMAX       8192
#define JS_MSGMNB       16384

#define JS_MSG_STAT     11
#define JS_MSG_INFO     12
#define JS_MSG_STAT_ANY 13
#define JS_MSG_NOERROR  010000
#define JS_MSG_EXCEPT   020000
#define JS_MSG_COPY     040000

long js_msgget(js_key_t key, int msgflg);                        /* msgget(2) */
long js_msgsnd(int msqid, const void *msgp, size_t msgsz, int msgflg); /* msgsnd(2) */
/* msgrcv(2): the bytes of mtext received. */
long js_msgrcv(int msqid, void *msgp, size_t msgsz, long msgtyp, int msgflg);
/* msgctl(2): cmd is JS_IPC_STAT, JS_IPC_SET, JS_IPC_RMID, JS_MSG_STAT,
 * JS_MSG_STAT_ANY (buf: struct js_msqid_ds), JS_IPC_INFO, JS_MSG_INFO
 * (buf: a struct js_msginfo, cast).  Passed bare, never with JS_IPC_64
 * (see js_shmctl in mem.h: the same holds for all three objects). */
long js_msgctl(int msqid, int cmd, struct js_msqid_ds *buf);

/* ---- System V semaphores: include/uapi/linux/sem.h -------------------- */

/* struct semid64_ds: asm-generic/sembuf.h's 64-bit branch on aarch64 and
 * riscv64; x86_64's asm/sembuf.h pads each time with an unused word
 * (JS__SEMID_DS_TIMES, arch/<name>/ipc.h). */
struct js_semid_ds {
	struct js_ipc_perm sem_perm;
	JS__SEMID_DS_TIMES
	unsigned long sem_nsems;
	unsigned long __unused3;
	unsigned long __unused4;
};

/* struct sembuf: one operation of semop(2). */
struct js_sembuf {
	unsigned short sem_num;
	short sem_op;
	short sem_flg;
};

/* struct seminfo: what IPC_INFO and SEM_INFO write. */
struct js_seminfo {
	int semmap;
	int semmni;
	int semmns;
	int semmnu;
	int semmsl;
	int semopm;
	int semume;
	int semusz;
	int semvmx;
	int semaem;
};

/* union semun (linux/sem.h; semctl(2) leaves its definition to the
 * caller, libjs gives it): semctl's fourth argument, one register wide.
 * __buf is the kernel's name for the IPC_INFO/SEM_INFO buffer. */
union js_semun {
	int val;
	struct js_semid_ds *buf;
	unsigned short *array;
	struct js_seminfo *__buf;
	void *__pad;
};

#define JS_SEM_UNDO     0x1000
#define JS_GETPID       11
#define JS_GETVAL       12
#define JS_GETALL       13
#define JS_GETNCNT      14
#define JS_GETZCNT      15
#define JS_SETVAL       16
#define JS_SETALL       17
#define JS_SEM_STAT     18
#define JS_SEM_INFO     19
#define JS_SEM_STAT_ANY 20
/* linux/sem.h's limits: a semaphore's highest value (SEMVMX, fixed) and
 * the defaults of the rest (live values: /proc/sys/kernel/sem, IPC_INFO). */
#define JS_SEMVMX       32767
#define JS_SEMAEM       JS_SEMVMX
#define JS_SEMOPM       500
#define JS_SEMMNI       32000
#define JS_SEMMSL       32000
#define JS_SEMMNS       (JS_SEMMNI * JS_SEMMSL)

long js_semget(js_key_t key, int nsems, int semflg);             /* semget(2) */
long js_semop(int semid, struct js_sembuf *sops, size_t nsops);  /* semop(2) */
/* semtimedop(2): timeout is relative; NULL waits as semop does. */
long js_semtimedop(int semid, struct js_sembuf *sops, size_t nsops,
		   const struct js_timespec *timeout);
/* semctl(2): arg is used as cmd says (val, buf, array or __buf); for
 * commands that take none pass any value, e.g. (union js_semun){0}.
 * GETVAL, GETPID, GETNCNT, GETZCNT return the value asked for. */
long js_semctl(int semid, int semnum, int cmd, union js_semun arg);

/* ---- POSIX message queues: include/uapi/linux/mqueue.h ---------------- */

/* struct mq_attr: mq_getsetattr(2) reads mq_flags only (JS_O_NONBLOCK);
 * mq_open(2) reads mq_maxmsg and mq_msgsize. */
struct js_mq_attr {
	long mq_flags;
	long mq_maxmsg;
	long mq_msgsize;
	long mq_curmsgs;
	long __reserved[4];
};

#define JS_MQ_PRIO_MAX       32768
#define JS_MQ_BYTES_MAX      819200
/* What a SIGEV_THREAD notification's netlink cookie ends with
 * (mqueue.h; libjs has no SIGEV_THREAD emulation, see docs/ipc.md). */
#define JS_NOTIFY_NONE       0
#define JS_NOTIFY_WOKENUP    1
#define JS_NOTIFY_REMOVED    2
#define JS_NOTIFY_COOKIE_LEN 32

/* mq_open(3): the queue's fd.  The kernel's call takes the name without
 * glibc's leading '/': js_mq_open drops one leading '/' if there is one
 * and passes the rest unchanged, so "/q" and "q" name the same queue
 * (a name with another '/' is the kernel's -EACCES; "/" and "" are
 * -ENOENT).  mode and attr are read only with JS_O_CREAT; attr NULL takes
 * the system's defaults.  Close the fd with js_close. */
long js_mq_open(const char *name, int oflag, js_mode_t mode,
		struct js_mq_attr *attr);
long js_mq_unlink(const char *name);    /* mq_unlink(3), name as js_mq_open */
/* mq_timedsend(3) and mq_timedreceive(3): abs_timeout is absolute on
 * CLOCK_REALTIME; NULL blocks (without JS_O_NONBLOCK).  Receive returns
 * the message's length and stores its priority in *msg_prio unless NULL. */
long js_mq_timedsend(int mqdes, const char *msg_ptr, size_t msg_len,
		     unsigned int msg_prio, const struct js_timespec *abs_timeout);
long js_mq_timedreceive(int mqdes, char *msg_ptr, size_t msg_len,
			unsigned int *msg_prio,
			const struct js_timespec *abs_timeout);
/* mq_send(3), mq_receive(3): the timed calls with no timeout. */
long js_mq_send(int mqdes, const char *msg_ptr, size_t msg_len,
		unsigned int msg_prio);
long js_mq_receive(int mqdes, char *msg_ptr, size_t msg_len,
		   unsigned int *msg_prio);
/* mq_notify(3): sevp NULL removes this process's registration. */
long js_mq_notify(int mqdes, const struct js_sigevent *sevp);
/* mq_getsetattr(2): either pointer may be NULL. */
long js_mq_getsetattr(int mqdes, const struct js_mq_attr *newattr,
		      struct js_mq_attr *oldattr);
/* mq_getattr(3), mq_setattr(3): the two halves of mq_getsetattr. */
long js_mq_getattr(int mqdes, struct js_mq_attr *attr);
long js_mq_setattr(int mqdes, const struct js_mq_attr *newattr,
		   struct js_mq_attr *oldattr);

/* ---- Keys: include/uapi/linux/keyctl.h -------------------------------- */

typedef int js_key_serial_t;

#define JS_KEY_SPEC_THREAD_KEYRING       (-1)
#define JS_KEY_SPEC_PROCESS_KEYRING      (-2)
#define JS_KEY_SPEC_SESSION_KEYRING      (-3)
#define JS_KEY_SPEC_USER_KEYRING         (-4)
#define JS_KEY_SPEC_USER_SESSION_KEYRING (-5)
#define JS_KEY_SPEC_GROUP_KEYRING        (-6)
#define JS_KEY_SPEC_REQKEY_AUTH_KEY      (-7)
#define JS_KEY_SPEC_REQUESTOR_KEYRING    (-8)

#define JS_KEY_REQKEY_DEFL_NO_CHANGE            (-1)
#define JS_KEY_REQKEY_DEFL_DEFAULT              0
#define JS_KEY_REQKEY_DEFL_THREAD_KEYRING       1
#define JS_KEY_REQKEY_DEFL_PROCESS_KEYRING      2
#define JS_KEY_REQKEY_DEFL_SESSION_KEYRING      3
#define JS_KEY_REQKEY_DEFL_USER_KEYRING         4
#define JS_KEY_REQKEY_DEFL_USER_SESSION_KEYRING 5
#define JS_KEY_REQKEY_DEFL_GROUP_KEYRING        6
#define JS_KEY_REQKEY_DEFL_REQUESTOR_KEYRING    7

#define JS_KEYCTL_GET_KEYRING_ID       0
#define JS_KEYCTL_JOIN_SESSION_KEYRING 1
#define JS_KEYCTL_UPDATE               2
#define JS_KEYCTL_REVOKE               3
#define JS_KEYCTL_CHOWN                4
#define JS_KEYCTL_SETPERM              5
#define JS_KEYCTL_DESCRIBE             6
#define JS_KEYCTL_CLEAR                7
#define JS_KEYCTL_LINK                 8
#define JS_KEYCTL_UNLINK               9
#define JS_KEYCTL_SEARCH               10
#define JS_KEYCTL_READ                 11
#define JS_KEYCTL_INSTANTIATE          12
#define JS_KEYCTL_NEGATE               13
#define JS_KEYCTL_SET_REQKEY_KEYRING   14
#define JS_KEYCTL_SET_TIMEOUT          15
#define JS_KEYCTL_ASSUME_AUTHORITY     16
#define JS_KEYCTL_GET_SECURITY         17
#define JS_KEYCTL_SESSION_TO_PARENT    18
#define JS_KEYCTL_REJECT               19
#define JS_KEYCTL_INSTANTIATE_IOV      20
#define JS_KEYCTL_INVALIDATE           21
#define JS_KEYCTL_GET_PERSISTENT       22
#define JS_KEYCTL_DH_COMPUTE           23
#define JS_KEYCTL_PKEY_QUERY           24
#define JS_KEYCTL_PKEY_ENCRYPT         25
#define JS_KEYCTL_PKEY_DECRYPT         26
#define JS_KEYCTL_PKEY_SIGN            27
#define JS_KEYCTL_PKEY_VERIFY          28
#define JS_KEYCTL_RESTRICT_KEYRING     29
#define JS_KEYCTL_MOVE                 30
#define JS_KEYCTL_CAPABILITIES         31
#define JS_KEYCTL_WATCH_KEY            32

#define JS_KEYCTL_SUPPORTS_ENCRYPT     0x01
#define JS_KEYCTL_SUPPORTS_DECRYPT     0x02
#define JS_KEYCTL_SUPPORTS_SIGN        0x04
#define JS_KEYCTL_SUPPORTS_VERIFY      0x08
#define JS_KEYCTL_MOVE_EXCL            0x00000001
#define JS_KEYCTL_CAPS0_CAPABILITIES     0x01
#define JS_KEYCTL_CAPS0_PERSISTENT_KEYRINGS 0x02
#define JS_KEYCTL_CAPS0_DIFFIE_HELLMAN   0x04
#define JS_KEYCTL_CAPS0_PUBLIC_KEY       0x08
#define JS_KEYCTL_CAPS0_BIG_KEY          0x10
#define JS_KEYCTL_CAPS0_INVALIDATE       0x20
#define JS_KEYCTL_CAPS0_RESTRICT_KEYRING 0x40
#define JS_KEYCTL_CAPS0_MOVE             0x80
#define JS_KEYCTL_CAPS1_NS_KEYRING_NAME  0x01
#define JS_KEYCTL_CAPS1_NS_KEY_TAG       0x02
#define JS_KEYCTL_CAPS1_NOTIFICATIONS    0x04

/* keyctl(2)'s argument structs (linux/keyctl.h).  KEYCTL_DH_COMPUTE's
 * keys; the kernel also names priv "private", a C++ keyword. */
struct js_keyctl_dh_params {
	int priv;
	int prime;
	int base;
};
struct js_keyctl_kdf_params {
	char *hashname;
	char *otherinfo;
	unsigned int otherinfolen;
	unsigned int __spare[8];
};
/* What KEYCTL_PKEY_QUERY writes. */
struct js_keyctl_pkey_query {
	unsigned int supported_ops;	/* JS_KEYCTL_SUPPORTS_* */
	unsigned int key_size;
	unsigned short max_data_size;
	unsigned short max_sig_size;
	unsigned short max_enc_size;
	unsigned short max_dec_size;
	unsigned int __spare[10];
};
/* KEYCTL_PKEY_ENCRYPT/DECRYPT/SIGN/VERIFY's parameters; out_len is
 * in2_len for VERIFY. */
struct js_keyctl_pkey_params {
	int key_id;
	unsigned int in_len;
	__extension__ union {
		unsigned int out_len;
		unsigned int in2_len;
	};
	unsigned int __spare[7];
};

/* add_key(2): the new or updated key's serial number. */
long js_add_key(const char *type, const char *description,
		const void *payload, size_t plen, js_key_serial_t keyring);
/* request_key(2): the found or constructed key's serial number. */
long js_request_key(const char *type, const char *description,
		    const char *callout_info, js_key_serial_t dest_keyring);
/* keyctl(2), the raw form: the arguments operation takes, as unsigned
 * long, 0 for the unused ones (pointers cast). */
long js_keyctl(int operation, unsigned long arg2, unsigned long arg3,
	       unsigned long arg4, unsigned long arg5);

#ifdef __cplusplus
}
#endif

#endif
