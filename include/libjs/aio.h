/* Asynchronous I/O: the kernel's native AIO (io_setup(2) and the other
 * io_* calls, include/uapi/linux/aio_abi.h; not POSIX aio(7), which glibc
 * builds from threads) and io_uring (io_uring_setup(2), io_uring_enter(2),
 * io_uring_register(2), include/uapi/linux/io_uring.h).  This is the raw
 * layer: the structs with the kernel's layout and every constant of the
 * 6.1 headers; the rings are mapped by the caller with js_mmap at the
 * JS_IORING_OFF_* offsets (docs/aio.md shows the steps).  Every call
 * returns the kernel's raw result (>= 0 success, -errno failure). */
#ifndef LIBJS_AIO_H
#define LIBJS_AIO_H

#include "sys.h"
#include "types.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Native AIO: include/uapi/linux/aio_abi.h ------------------------- */

/* aio_context_t: __kernel_ulong_t, an opaque handle io_setup writes. */
typedef unsigned long js_aio_context_t;

#define JS_IOCB_CMD_PREAD   0
#define JS_IOCB_CMD_PWRITE  1
#define JS_IOCB_CMD_FSYNC   2
#define JS_IOCB_CMD_FDSYNC  3
#define JS_IOCB_CMD_POLL    5
#define JS_IOCB_CMD_NOOP    6
#define JS_IOCB_CMD_PREADV  7
#define JS_IOCB_CMD_PWRITEV 8

#define JS_IOCB_FLAG_RESFD  (1 << 0)
#define JS_IOCB_FLAG_IOPRIO (1 << 1)

/* struct io_event: one completion, as io_getevents(2) writes it. */
struct js_io_event {
	unsigned long long data;	/* the iocb's aio_data */
	unsigned long long obj;		/* the iocb's address */
	long long res;			/* the result: bytes, or -errno */
	long long res2;
};

/* struct iocb, 64 bytes.  aio_key and aio_rw_flags swap places with the
 * byte order, as in the kernel header; the byte order is the compiler's
 * (little-endian on all three architectures, proven by the layout
 * tests). */
struct js_iocb {
	unsigned long long aio_data;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	unsigned int aio_key;
	int aio_rw_flags;		/* RWF_* */
#elif defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	int aio_rw_flags;
	unsigned int aio_key;
#else
#error "libjs/aio.h: unknown byte order"
#endif
	unsigned short aio_lio_opcode;	/* JS_IOCB_CMD_* */
	short aio_reqprio;
	unsigned int aio_fildes;
	unsigned long long aio_buf;
	unsigned long long aio_nbytes;
	long long aio_offset;
	unsigned long long aio_reserved2;
	unsigned int aio_flags;		/* JS_IOCB_FLAG_* */
	unsigned int aio_resfd;
};

/* struct __aio_sigset (include/linux/syscalls.h, io_pgetevents(2)): the
 * mask io_pgetevents sets while it waits, and its size (8). */
struct js_aio_sigset {
	const js_sigset_t *sigmask;
	size_t sigsetsize;
};

/* io_setup(2): *ctx_idp must be 0 on entry. */
long js_io_setup(unsigned int nr_events, js_aio_context_t *ctx_idp);
long js_io_destroy(js_aio_context_t ctx_id);                /* io_destroy(2) */
/* io_submit(2): the number of iocbs queued. */
long js_io_submit(js_aio_context_t ctx_id, long nr, struct js_iocb **iocbpp);
/* io_cancel(2): -EINPROGRESS when the request (a poll, for one) is being
 * cancelled, its event then coming through io_getevents -- the kernel no
 * longer writes *result (fs/aio.c); -EINVAL for a request not in flight
 * or not cancellable. */
long js_io_cancel(js_aio_context_t ctx_id, struct js_iocb *iocb,
		  struct js_io_event *result);
/* io_getevents(2): the number of events written; timeout is relative. */
long js_io_getevents(js_aio_context_t ctx_id, long min_nr, long nr,
		     struct js_io_event *events, struct js_timespec *timeout);
/* io_pgetevents(2): io_getevents with usig's mask while waiting (NULL:
 * the mask is left alone). */
long js_io_pgetevents(js_aio_context_t ctx_id, long min_nr, long nr,
		      struct js_io_event *events, struct js_timespec *timeout,
		      const struct js_aio_sigset *usig);

/* ---- io_uring: include/uapi/linux/io_uring.h (Linux 6.1) ------------- */

/* struct io_uring_sqe, 64 bytes (128 with JS_IORING_SETUP_SQE128, whose
 * 80-byte command starts at addr3: js_io_uring_sqe_cmd).  The unions are
 * the kernel's: each member names a use of the same bytes. */
struct js_io_uring_sqe {
	unsigned char opcode;		/* JS_IORING_OP_* */
	unsigned char flags;		/* JS_IOSQE_* */
	unsigned short ioprio;
	int fd;
	__extension__ union {
		unsigned long long off;
		unsigned long long addr2;
		struct {
			unsigned int cmd_op;
			unsigned int __pad1;
		};
	};
	__extension__ union {
		unsigned long long addr;
		unsigned long long splice_off_in;
	};
	unsigned int len;
	__extension__ union {
		int rw_flags;
		unsigned int fsync_flags;
		unsigned short poll_events;
		unsigned int poll32_events;
		unsigned int sync_range_flags;
		unsigned int msg_flags;
		unsigned int timeout_flags;
		unsigned int accept_flags;
		unsigned int cancel_flags;
		unsigned int open_flags;
		unsigned int statx_flags;
		unsigned int fadvise_advice;
		unsigned int splice_flags;
		unsigned int rename_flags;
		unsigned int unlink_flags;
		unsigned int hardlink_flags;
		unsigned int xattr_flags;
		unsigned int msg_ring_flags;
		unsigned int uring_cmd_flags;
	};
	unsigned long long user_data;
	__extension__ union {
		unsigned short buf_index;
		unsigned short buf_group;
	};
	unsigned short personality;
	__extension__ union {
		int splice_fd_in;
		unsigned int file_index;
		struct {
			unsigned short addr_len;
			unsigned short __pad3[1];
		};
	};
	unsigned long long addr3;
	unsigned long long __pad2[1];
};
#define js_io_uring_sqe_cmd(sqe) ((unsigned char *)&(sqe)->addr3)

/* struct io_uring_cqe, 16 bytes (32 with JS_IORING_SETUP_CQE32, the
 * extra 16 following it). */
struct js_io_uring_cqe {
	unsigned long long user_data;
	int res;			/* the operation's result or -errno */
	unsigned int flags;		/* JS_IORING_CQE_F_* */
};

/* Where each field of the submission ring lies, from the start of the
 * mapping at JS_IORING_OFF_SQ_RING (io_uring_setup(2)). */
struct js_io_sqring_offsets {
	unsigned int head;
	unsigned int tail;
	unsigned int ring_mask;
	unsigned int ring_entries;
	unsigned int flags;
	unsigned int dropped;
	unsigned int array;
	unsigned int resv1;
	unsigned long long resv2;
};

/* The same for the completion ring (JS_IORING_OFF_CQ_RING). */
struct js_io_cqring_offsets {
	unsigned int head;
	unsigned int tail;
	unsigned int ring_mask;
	unsigned int ring_entries;
	unsigned int overflow;
	unsigned int cqes;
	unsigned int flags;
	unsigned int resv1;
	unsigned long long resv2;
};

/* struct io_uring_params: read and written back by io_uring_setup(2). */
struct js_io_uring_params {
	unsigned int sq_entries;
	unsigned int cq_entries;
	unsigned int flags;		/* JS_IORING_SETUP_* */
	unsigned int sq_thread_cpu;
	unsigned int sq_thread_idle;
	unsigned int features;		/* JS_IORING_FEAT_*, written */
	unsigned int wq_fd;
	unsigned int resv[3];
	struct js_io_sqring_offsets sq_off;
	struct js_io_cqring_offsets cq_off;
};

/* struct io_uring_getevents_arg: io_uring_enter's arg with
 * JS_IORING_ENTER_EXT_ARG (argsz = its size). */
struct js_io_uring_getevents_arg {
	unsigned long long sigmask;
	unsigned int sigmask_sz;
	unsigned int pad;
	unsigned long long ts;
};

/* struct io_uring_probe_op and io_uring_probe: what
 * JS_IORING_REGISTER_PROBE writes (ops follows the header; allocate
 * room for nr_args of them). */
struct js_io_uring_probe_op {
	unsigned char op;
	unsigned char resv;
	unsigned short flags;		/* JS_IO_URING_OP_SUPPORTED */
	unsigned int resv2;
};
struct js_io_uring_probe {
	unsigned char last_op;
	unsigned char ops_len;
	unsigned short resv;
	unsigned int resv2[3];
};
#define JS_IO_URING_OP_SUPPORTED (1U << 0)

/* struct io_uring_rsrc_update: JS_IORING_REGISTER_FILES_UPDATE's arg. */
struct js_io_uring_rsrc_update {
	unsigned int offset;
	unsigned int resv;
	unsigned long long data;
};

/* The other arguments of io_uring_register(2), as the opcode says. */
/* IORING_REGISTER_RESTRICTIONS: an array of these. */
struct js_io_uring_restriction {
	unsigned short opcode;		/* JS_IORING_RESTRICTION_* */
	__extension__ union {
		unsigned char register_op;
		unsigned char sqe_op;
		unsigned char sqe_flags;
	};
	unsigned char resv;
	unsigned int resv2[3];
};
/* IORING_REGISTER_FILES2 and BUFFERS2 */
struct js_io_uring_rsrc_register {
	unsigned int nr;
	unsigned int flags;		/* JS_IORING_RSRC_REGISTER_SPARSE */
	unsigned long long resv2;
	unsigned long long data;
	unsigned long long tags;
};
/* IORING_REGISTER_FILES_UPDATE2 and BUFFERS_UPDATE */
struct js_io_uring_rsrc_update2 {
	unsigned int offset;
	unsigned int resv;
	unsigned long long data;
	unsigned long long tags;
	unsigned int nr;
	unsigned int resv2;
};
/* One buffer of a provided-buffer ring (IORING_REGISTER_PBUF_RING); the
 * ring's tail is the resv field of its first entry. */
struct js_io_uring_buf {
	unsigned long long addr;
	unsigned int len;
	unsigned short bid;
	unsigned short resv;
};
/* IORING_(UN)REGISTER_PBUF_RING */
struct js_io_uring_buf_reg {
	unsigned long long ring_addr;
	unsigned int ring_entries;
	unsigned short bgid;
	unsigned short pad;
	unsigned long long resv[3];
};
/* IORING_REGISTER_SYNC_CANCEL */
struct js_io_uring_sync_cancel_reg {
	unsigned long long addr;
	int fd;
	unsigned int flags;		/* JS_IORING_ASYNC_CANCEL_* */
	struct js_timespec timeout;
	unsigned long long pad[4];
};
/* IORING_REGISTER_FILE_ALLOC_RANGE: slots [off, off + len) */
struct js_io_uring_file_index_range {
	unsigned int off;
	unsigned int len;
	unsigned long long resv;
};
/* What a multishot IORING_OP_RECVMSG puts at the start of its buffer. */
struct js_io_uring_recvmsg_out {
	unsigned int namelen;
	unsigned int controllen;
	unsigned int payloadlen;
	unsigned int flags;
};
/* io-wq worker classes (IORING_REGISTER_IOWQ_MAX_WORKERS's array). */
#define JS_IO_WQ_BOUND   0
#define JS_IO_WQ_UNBOUND 1

/* Offsets of the three mappings (mmap(2)'s offset argument). */
#define JS_IORING_OFF_SQ_RING    0ULL
#define JS_IORING_OFF_CQ_RING    0x8000000ULL
#define JS_IORING_OFF_SQES       0x10000000ULL
#define JS_IORING_OFF_MMAP_MASK  0xf8000000ULL

#define JS_IORING_FILE_INDEX_ALLOC (~0U)

/* sqe->flags */
#define JS_IOSQE_FIXED_FILE       (1U << 0)
#define JS_IOSQE_IO_DRAIN         (1U << 1)
#define JS_IOSQE_IO_LINK          (1U << 2)
#define JS_IOSQE_IO_HARDLINK      (1U << 3)
#define JS_IOSQE_ASYNC            (1U << 4)
#define JS_IOSQE_BUFFER_SELECT    (1U << 5)
#define JS_IOSQE_CQE_SKIP_SUCCESS (1U << 6)

/* io_uring_setup(2) flags */
#define JS_IORING_SETUP_IOPOLL        (1U << 0)
#define JS_IORING_SETUP_SQPOLL        (1U << 1)
#define JS_IORING_SETUP_SQ_AFF        (1U << 2)
#define JS_IORING_SETUP_CQSIZE        (1U << 3)
#define JS_IORING_SETUP_CLAMP         (1U << 4)
#define JS_IORING_SETUP_ATTACH_WQ     (1U << 5)
#define JS_IORING_SETUP_R_DISABLED    (1U << 6)
#define JS_IORING_SETUP_SUBMIT_ALL    (1U << 7)
#define JS_IORING_SETUP_COOP_TASKRUN  (1U << 8)
#define JS_IORING_SETUP_TASKRUN_FLAG  (1U << 9)
#define JS_IORING_SETUP_SQE128        (1U << 10)
#define JS_IORING_SETUP_CQE32         (1U << 11)
#define JS_IORING_SETUP_SINGLE_ISSUER (1U << 12)
#define JS_IORING_SETUP_DEFER_TASKRUN (1U << 13)

/* Operations (enum io_uring_op) */
#define JS_IORING_OP_NOP              0
#define JS_IORING_OP_READV            1
#define JS_IORING_OP_WRITEV           2
#define JS_IORING_OP_FSYNC            3
#define JS_IORING_OP_READ_FIXED       4
#define JS_IORING_OP_WRITE_FIXED      5
#define JS_IORING_OP_POLL_ADD         6
#define JS_IORING_OP_POLL_REMOVE      7
#define JS_IORING_OP_SYNC_FILE_RANGE  8
#define JS_IORING_OP_SENDMSG          9
#define JS_IORING_OP_RECVMSG          10
#define JS_IORING_OP_TIMEOUT          11
#define JS_IORING_OP_TIMEOUT_REMOVE   12
#define JS_IORING_OP_ACCEPT           13
#define JS_IORING_OP_ASYNC_CANCEL     14
#define JS_IORING_OP_LINK_TIMEOUT     15
#define JS_IORING_OP_CONNECT          16
#define JS_IORING_OP_FALLOCATE        17
#define JS_IORING_OP_OPENAT           18
#define JS_IORING_OP_CLOSE            19
#define JS_IORING_OP_FILES_UPDATE     20
#define JS_IORING_OP_STATX            21
#define JS_IORING_OP_READ             22
#define JS_IORING_OP_WRITE            23
#define JS_IORING_OP_FADVISE          24
#define JS_IORING_OP_MADVISE          25
#define JS_IORING_OP_SEND             26
#define JS_IORING_OP_RECV             27
#define JS_IORING_OP_OPENAT2          28
#define JS_IORING_OP_EPOLL_CTL        29
#define JS_IORING_OP_SPLICE           30
#define JS_IORING_OP_PROVIDE_BUFFERS  31
#define JS_IORING_OP_REMOVE_BUFFERS   32
#define JS_IORING_OP_TEE              33
#define JS_IORING_OP_SHUTDOWN         34
#define JS_IORING_OP_RENAMEAT         35
#define JS_IORING_OP_UNLINKAT         36
#define JS_IORING_OP_MKDIRAT          37
#define JS_IORING_OP_SYMLINKAT        38
#define JS_IORING_OP_LINKAT           39
#define JS_IORING_OP_MSG_RING         40
#define JS_IORING_OP_FSETXATTR        41
#define JS_IORING_OP_SETXATTR         42
#define JS_IORING_OP_FGETXATTR        43
#define JS_IORING_OP_GETXATTR         44
#define JS_IORING_OP_SOCKET           45
#define JS_IORING_OP_URING_CMD        46
#define JS_IORING_OP_SEND_ZC          47
#define JS_IORING_OP_SENDMSG_ZC       48
#define JS_IORING_OP_LAST             49	/* of the 6.1 header */

/* Per-operation flags */
#define JS_IORING_URING_CMD_FIXED      (1U << 0)
#define JS_IORING_FSYNC_DATASYNC       (1U << 0)
#define JS_IORING_TIMEOUT_ABS          (1U << 0)
#define JS_IORING_TIMEOUT_UPDATE       (1U << 1)
#define JS_IORING_TIMEOUT_BOOTTIME     (1U << 2)
#define JS_IORING_TIMEOUT_REALTIME     (1U << 3)
#define JS_IORING_LINK_TIMEOUT_UPDATE  (1U << 4)
#define JS_IORING_TIMEOUT_ETIME_SUCCESS (1U << 5)
#define JS_IORING_TIMEOUT_CLOCK_MASK \
	(JS_IORING_TIMEOUT_BOOTTIME | JS_IORING_TIMEOUT_REALTIME)
#define JS_IORING_TIMEOUT_UPDATE_MASK \
	(JS_IORING_TIMEOUT_UPDATE | JS_IORING_LINK_TIMEOUT_UPDATE)
#define JS_SPLICE_F_FD_IN_FIXED        (1U << 31)
#define JS_IORING_POLL_ADD_MULTI       (1U << 0)
#define JS_IORING_POLL_UPDATE_EVENTS   (1U << 1)
#define JS_IORING_POLL_UPDATE_USER_DATA (1U << 2)
#define JS_IORING_POLL_ADD_LEVEL       (1U << 3)
#define JS_IORING_ASYNC_CANCEL_ALL     (1U << 0)
#define JS_IORING_ASYNC_CANCEL_FD      (1U << 1)
#define JS_IORING_ASYNC_CANCEL_ANY     (1U << 2)
#define JS_IORING_ASYNC_CANCEL_FD_FIXED (1U << 3)
#define JS_IORING_ASYNC_CANCEL_USERDATA (1U << 4)
#define JS_IORING_ASYNC_CANCEL_OP      (1U << 5)
#define JS_IORING_RECVSEND_POLL_FIRST  (1U << 0)
#define JS_IORING_RECV_MULTISHOT       (1U << 1)
#define JS_IORING_RECVSEND_FIXED_BUF   (1U << 2)
#define JS_IORING_SEND_ZC_REPORT_USAGE (1U << 3)
#define JS_IORING_NOTIF_USAGE_ZC_COPIED (1U << 31)
#define JS_IORING_ACCEPT_MULTISHOT     (1U << 0)
#define JS_IORING_MSG_DATA             0
#define JS_IORING_MSG_SEND_FD          1
#define JS_IORING_MSG_RING_CQE_SKIP    (1U << 0)

/* cqe->flags */
#define JS_IORING_CQE_F_BUFFER        (1U << 0)
#define JS_IORING_CQE_F_MORE          (1U << 1)
#define JS_IORING_CQE_F_SOCK_NONEMPTY (1U << 2)
#define JS_IORING_CQE_F_NOTIF         (1U << 3)
#define JS_IORING_CQE_BUFFER_SHIFT    16

/* The rings' flags words */
#define JS_IORING_SQ_NEED_WAKEUP      (1U << 0)
#define JS_IORING_SQ_CQ_OVERFLOW      (1U << 1)
#define JS_IORING_SQ_TASKRUN          (1U << 2)
#define JS_IORING_CQ_EVENTFD_DISABLED (1U << 0)

/* io_uring_enter(2) flags */
#define JS_IORING_ENTER_GETEVENTS       (1U << 0)
#define JS_IORING_ENTER_SQ_WAKEUP       (1U << 1)
#define JS_IORING_ENTER_SQ_WAIT         (1U << 2)
#define JS_IORING_ENTER_EXT_ARG         (1U << 3)
#define JS_IORING_ENTER_REGISTERED_RING (1U << 4)

/* params->features */
#define JS_IORING_FEAT_SINGLE_MMAP     (1U << 0)
#define JS_IORING_FEAT_NODROP          (1U << 1)
#define JS_IORING_FEAT_SUBMIT_STABLE   (1U << 2)
#define JS_IORING_FEAT_RW_CUR_POS      (1U << 3)
#define JS_IORING_FEAT_CUR_PERSONALITY (1U << 4)
#define JS_IORING_FEAT_FAST_POLL       (1U << 5)
#define JS_IORING_FEAT_POLL_32BITS     (1U << 6)
#define JS_IORING_FEAT_SQPOLL_NONFIXED (1U << 7)
#define JS_IORING_FEAT_EXT_ARG         (1U << 8)
#define JS_IORING_FEAT_NATIVE_WORKERS  (1U << 9)
#define JS_IORING_FEAT_RSRC_TAGS       (1U << 10)
#define JS_IORING_FEAT_CQE_SKIP        (1U << 11)
#define JS_IORING_FEAT_LINKED_FILE     (1U << 12)

/* io_uring_register(2) opcodes */
#define JS_IORING_REGISTER_BUFFERS          0
#define JS_IORING_UNREGISTER_BUFFERS        1
#define JS_IORING_REGISTER_FILES            2
#define JS_IORING_UNREGISTER_FILES          3
#define JS_IORING_REGISTER_EVENTFD          4
#define JS_IORING_UNREGISTER_EVENTFD        5
#define JS_IORING_REGISTER_FILES_UPDATE     6
#define JS_IORING_REGISTER_EVENTFD_ASYNC    7
#define JS_IORING_REGISTER_PROBE            8
#define JS_IORING_REGISTER_PERSONALITY      9
#define JS_IORING_UNREGISTER_PERSONALITY    10
#define JS_IORING_REGISTER_RESTRICTIONS     11
#define JS_IORING_REGISTER_ENABLE_RINGS     12
#define JS_IORING_REGISTER_FILES2           13
#define JS_IORING_REGISTER_FILES_UPDATE2    14
#define JS_IORING_REGISTER_BUFFERS2         15
#define JS_IORING_REGISTER_BUFFERS_UPDATE   16
#define JS_IORING_REGISTER_IOWQ_AFF         17
#define JS_IORING_UNREGISTER_IOWQ_AFF       18
#define JS_IORING_REGISTER_IOWQ_MAX_WORKERS 19
#define JS_IORING_REGISTER_RING_FDS         20
#define JS_IORING_UNREGISTER_RING_FDS       21
#define JS_IORING_REGISTER_PBUF_RING        22
#define JS_IORING_UNREGISTER_PBUF_RING      23
#define JS_IORING_REGISTER_SYNC_CANCEL      24
#define JS_IORING_REGISTER_FILE_ALLOC_RANGE 25
#define JS_IORING_REGISTER_LAST             26	/* of the 6.1 header */
#define JS_IORING_RSRC_REGISTER_SPARSE      (1U << 0)
#define JS_IORING_REGISTER_FILES_SKIP       (-2)
#define JS_IORING_RESTRICTION_REGISTER_OP         0
#define JS_IORING_RESTRICTION_SQE_OP              1
#define JS_IORING_RESTRICTION_SQE_FLAGS_ALLOWED   2
#define JS_IORING_RESTRICTION_SQE_FLAGS_REQUIRED  3

/* io_uring_setup(2): the ring's fd; p is read (flags, and sq_thread_*,
 * cq_entries, wq_fd as the flags say) and written back (entries,
 * features, ring offsets). */
long js_io_uring_setup(unsigned int entries, struct js_io_uring_params *p);
/* io_uring_enter(2), the six-argument form: arg is a js_sigset_t * with
 * argsz 8 (or NULL), or with JS_IORING_ENTER_EXT_ARG a struct
 * js_io_uring_getevents_arg * with argsz its size.  Returns the number of
 * SQEs consumed. */
long js_io_uring_enter(unsigned int fd, unsigned int to_submit,
		       unsigned int min_complete, unsigned int flags,
		       const void *arg, size_t argsz);
/* io_uring_register(2). */
long js_io_uring_register(unsigned int fd, unsigned int opcode, void *arg,
			  unsigned int nr_args);

#ifdef __cplusplus
}
#endif

#endif
