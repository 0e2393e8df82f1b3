/* Events: fcntl, epoll, inotify, poll, eventfd and timerfd, what an event
 * loop is built from.  Every call returns the kernel's raw result (>= 0
 * success, -errno failure).  The man page named for each is the reference.
 * struct js_epoll_event's packing is per architecture (JS_EPOLL_PACKED,
 * arch/<name>/events.h). */
#ifndef LIBJS_EVENTS_H
#define LIBJS_EVENTS_H

#include <stdint.h>
#include "sys.h"
#include "types.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Structures ------------------------------------------------------ */

/* epoll_ctl(2)'s user data: the kernel stores and returns 64 bits, which
 * the caller reads as whichever member it wrote (glibc's epoll_data). */
typedef union js_epoll_data {
	void *ptr;
	int fd;
	uint32_t u32;
	uint64_t u64;
} js_epoll_data_t;

/* struct epoll_event, include/uapi/linux/eventpoll.h. */
struct js_epoll_event {
	uint32_t events;
	js_epoll_data_t data;
} JS_EPOLL_PACKED;

/* struct flock, include/uapi/asm-generic/fcntl.h on 64-bit (no
 * __ARCH_FLOCK_PAD on x86_64, aarch64, riscv64): F_GETLK, F_SETLK,
 * F_SETLKW and the F_OFD_* locks. */
struct js_flock {
	short l_type;
	short l_whence;
	long l_start;
	long l_len;
	int l_pid;
};

/* struct f_owner_ex (asm-generic/fcntl.h): F_GETOWN_EX, F_SETOWN_EX. */
struct js_f_owner_ex {
	int type;
	int pid;
};

/* struct pollfd (include/uapi/asm-generic/poll.h) */
struct js_pollfd {
	int fd;
	short events;
	short revents;
};

/* struct inotify_event (include/uapi/linux/inotify.h): a record in what
 * read(2) returns from an inotify fd; name has len bytes, NUL-padded (len
 * is 0 when the event is about the watched object itself).  Walk a buffer
 * of them with js_inotify_next. */
struct js_inotify_event {
	int wd;
	uint32_t mask;
	uint32_t cookie;
	uint32_t len;
	JS__FLEX_BEGIN
	char name[];
	JS__FLEX_END
};

/* ---- fcntl(2) constants: asm-generic/fcntl.h, linux/fcntl.h ---------- */

#define JS_F_DUPFD          0
#define JS_F_GETFD          1
#define JS_F_SETFD          2
#define JS_F_GETFL          3
#define JS_F_SETFL          4
#define JS_F_GETLK          5
#define JS_F_SETLK          6
#define JS_F_SETLKW         7
#define JS_F_SETOWN         8
#define JS_F_GETOWN         9
#define JS_F_SETSIG         10
#define JS_F_GETSIG         11
#define JS_F_SETOWN_EX      15
#define JS_F_GETOWN_EX      16
#define JS_F_GETOWNER_UIDS  17
#define JS_F_OFD_GETLK      36
#define JS_F_OFD_SETLK      37
#define JS_F_OFD_SETLKW     38
#define JS_F_SETLEASE       1024
#define JS_F_GETLEASE       1025
#define JS_F_NOTIFY         1026
#define JS_F_CANCELLK       1029
#define JS_F_DUPFD_CLOEXEC  1030
#define JS_F_SETPIPE_SZ     1031
#define JS_F_GETPIPE_SZ     1032
#define JS_F_ADD_SEALS      1033
#define JS_F_GET_SEALS      1034
#define JS_F_GET_RW_HINT      1035
#define JS_F_SET_RW_HINT      1036
#define JS_F_GET_FILE_RW_HINT 1037
#define JS_F_SET_FILE_RW_HINT 1038

#define JS_FD_CLOEXEC 1

#define JS_F_RDLCK 0
#define JS_F_WRLCK 1
#define JS_F_UNLCK 2

#define JS_F_OWNER_TID  0
#define JS_F_OWNER_PID  1
#define JS_F_OWNER_PGRP 2

#define JS_F_SEAL_SEAL         0x0001
#define JS_F_SEAL_SHRINK       0x0002
#define JS_F_SEAL_GROW         0x0004
#define JS_F_SEAL_WRITE        0x0008
#define JS_F_SEAL_FUTURE_WRITE 0x0010
#define JS_F_SEAL_EXEC         0x0020   /* Linux 6.3 */

#define JS_DN_ACCESS    0x00000001
#define JS_DN_MODIFY    0x00000002
#define JS_DN_CREATE    0x00000004
#define JS_DN_DELETE    0x00000008
#define JS_DN_RENAME    0x00000010
#define JS_DN_ATTRIB    0x00000020
#define JS_DN_MULTISHOT 0x80000000

/* ---- epoll(7): include/uapi/linux/eventpoll.h ------------------------- */

#define JS_EPOLL_CLOEXEC 02000000   /* = JS_O_CLOEXEC */
#define JS_EPOLL_CTL_ADD 1
#define JS_EPOLL_CTL_DEL 2
#define JS_EPOLL_CTL_MOD 3

#define JS_EPOLLIN        0x00000001u
#define JS_EPOLLPRI       0x00000002u
#define JS_EPOLLOUT       0x00000004u
#define JS_EPOLLERR       0x00000008u
#define JS_EPOLLHUP       0x00000010u
#define JS_EPOLLNVAL      0x00000020u
#define JS_EPOLLRDNORM    0x00000040u
#define JS_EPOLLRDBAND    0x00000080u
#define JS_EPOLLWRNORM    0x00000100u
#define JS_EPOLLWRBAND    0x00000200u
#define JS_EPOLLMSG       0x00000400u
#define JS_EPOLLRDHUP     0x00002000u
#define JS_EPOLLEXCLUSIVE (1u << 28)
#define JS_EPOLLWAKEUP    (1u << 29)
#define JS_EPOLLONESHOT   (1u << 30)
#define JS_EPOLLET        (1u << 31)

/* ---- poll(2): include/uapi/asm-generic/poll.h ------------------------- */

#define JS_POLLIN     0x0001
#define JS_POLLPRI    0x0002
#define JS_POLLOUT    0x0004
#define JS_POLLERR    0x0008
#define JS_POLLHUP    0x0010
#define JS_POLLNVAL   0x0020
#define JS_POLLRDNORM 0x0040
#define JS_POLLRDBAND 0x0080
#define JS_POLLWRNORM 0x0100
#define JS_POLLWRBAND 0x0200
#define JS_POLLMSG    0x0400
#define JS_POLLREMOVE 0x1000
#define JS_POLLRDHUP  0x2000

/* ---- inotify(7): include/uapi/linux/inotify.h ------------------------- */

#define JS_IN_ACCESS        0x00000001u
#define JS_IN_MODIFY        0x00000002u
#define JS_IN_ATTRIB        0x00000004u
#define JS_IN_CLOSE_WRITE   0x00000008u
#define JS_IN_CLOSE_NOWRITE 0x00000010u
#define JS_IN_OPEN          0x00000020u
#define JS_IN_MOVED_FROM    0x00000040u
#define JS_IN_MOVED_TO      0x00000080u
#define JS_IN_CREATE        0x00000100u
#define JS_IN_DELETE        0x00000200u
#define JS_IN_DELETE_SELF   0x00000400u
#define JS_IN_MOVE_SELF     0x00000800u
#define JS_IN_UNMOUNT       0x00002000u
#define JS_IN_Q_OVERFLOW    0x00004000u
#define JS_IN_IGNORED       0x00008000u
#define JS_IN_CLOSE         (JS_IN_CLOSE_WRITE | JS_IN_CLOSE_NOWRITE)
#define JS_IN_MOVE          (JS_IN_MOVED_FROM | JS_IN_MOVED_TO)
#define JS_IN_ONLYDIR       0x01000000u
#define JS_IN_DONT_FOLLOW   0x02000000u
#define JS_IN_EXCL_UNLINK   0x04000000u
#define JS_IN_MASK_CREATE   0x10000000u
#define JS_IN_MASK_ADD      0x20000000u
#define JS_IN_ISDIR         0x40000000u
#define JS_IN_ONESHOT       0x80000000u
#define JS_IN_ALL_EVENTS                                                   \
	(JS_IN_ACCESS | JS_IN_MODIFY | JS_IN_ATTRIB | JS_IN_CLOSE_WRITE |  \
	 JS_IN_CLOSE_NOWRITE | JS_IN_OPEN | JS_IN_MOVED_FROM |             \
	 JS_IN_MOVED_TO | JS_IN_DELETE | JS_IN_CREATE | JS_IN_DELETE_SELF | \
	 JS_IN_MOVE_SELF)
#define JS_IN_CLOEXEC  02000000     /* = JS_O_CLOEXEC */
#define JS_IN_NONBLOCK 00004000     /* = JS_O_NONBLOCK */

/* ---- eventfd(2), timerfd_create(2) ------------------------------------ */

#define JS_EFD_SEMAPHORE 1
#define JS_EFD_CLOEXEC   02000000
#define JS_EFD_NONBLOCK  00004000

#define JS_TFD_TIMER_ABSTIME        (1 << 0)
#define JS_TFD_TIMER_CANCEL_ON_SET  (1 << 1)
#define JS_TFD_CLOEXEC  02000000
#define JS_TFD_NONBLOCK 00004000

/* ---- fcntl ------------------------------------------------------------ */

/* fcntl(2): the third argument is read as the command needs it: not at
 * all (F_GETFD, F_GETFL, F_GETOWN, F_GETSIG, F_GETLEASE, F_GETPIPE_SZ,
 * F_GET_SEALS), as a pointer (the lock commands with a struct js_flock *,
 * F_GETOWN_EX/F_SETOWN_EX, F_GETOWNER_UIDS, the RW_HINT ones), or as an
 * int (the others).  Commands libjs does not know are read as a pointer
 * (or unsigned long). */
long js_fcntl(int fd, int cmd, ...);

/* ---- epoll ------------------------------------------------------------ */

/* epoll_create(2): size is ignored but must be > 0 (-JS_EINVAL if not). */
long js_epoll_create(int size);
long js_epoll_create1(int flags);                             /* epoll_create1(2) */
/* epoll_ctl(2): op JS_EPOLL_CTL_ADD/MOD/DEL; event may be NULL for DEL. */
long js_epoll_ctl(int epfd, int op, int fd, struct js_epoll_event *event);
/* epoll_wait(2): timeout in ms, -1 waits forever; the number of events. */
long js_epoll_wait(int epfd, struct js_epoll_event *events, int maxevents,
		   int timeout);
/* epoll_pwait(2): sigmask (NULL: none) replaces the signal mask for the
 * wait only, atomically. */
long js_epoll_pwait(int epfd, struct js_epoll_event *events, int maxevents,
		    int timeout, const js_sigset_t *sigmask);
/* epoll_pwait2(2): timeout as a timespec (NULL: forever). */
long js_epoll_pwait2(int epfd, struct js_epoll_event *events, int maxevents,
		     const struct js_timespec *timeout,
		     const js_sigset_t *sigmask);

/* ---- inotify ---------------------------------------------------------- */

long js_inotify_init(void);                                   /* inotify_init(2) */
long js_inotify_init1(int flags);                             /* inotify_init1(2) */
/* inotify_add_watch(2): the watch descriptor. */
long js_inotify_add_watch(int fd, const char *pathname, uint32_t mask);
long js_inotify_rm_watch(int fd, int wd);                     /* inotify_rm_watch(2) */

/* The next record of an inotify read buffer.  buf holds len bytes (what
 * read returned) and *pos is the offset of the next record (start at 0).
 * Returns 1 and sets *ev (pointing into buf) and advances *pos; returns 0
 * when *pos == len; returns -JS_EINVAL when the buffer cannot hold valid
 * records: a record truncated at the end, a name length running past len,
 * a non-empty name without its terminating NUL, a record not 4-byte
 * aligned (buf must be aligned like struct js_inotify_event, as the
 * kernel's own records keep each other aligned), len < 0 or *pos > len.
 * NULL buf (with len > 0), pos or ev gives -JS_EFAULT.  It reads nothing
 * outside buf[0..len), so an ev->name it returns is a safe C string.
 *
 *   size_t pos = 0; const struct js_inotify_event *ev; long r;
 *   while ((r = js_inotify_next(buf, n, &pos, &ev)) > 0)
 *           use(ev->wd, ev->mask, ev->len ? ev->name : "");
 */
long js_inotify_next(const void *buf, long len, size_t *pos,
		     const struct js_inotify_event **ev);

/* ---- poll ------------------------------------------------------------- */

/* poll(2): timeout in ms, negative waits forever. */
long js_poll(struct js_pollfd *fds, unsigned long nfds, int timeout);
/* ppoll(2): tmo_p NULL waits forever; like glibc, *tmo_p is not changed
 * (the system call's own copy of the time left is discarded). */
long js_ppoll(struct js_pollfd *fds, unsigned long nfds,
	      const struct js_timespec *tmo_p, const js_sigset_t *sigmask);

/* ---- select (issue 14) ------------------------------------------------ */

/* fd_set (linux/posix_types.h, __kernel_fd_set): a bitmap of
 * JS_FD_SETSIZE descriptors, bit fd%64 of word fd/64; the same bytes as
 * glibc's fd_set.  The macros take fd and set in FD_SET(3)'s order; an
 * fd outside 0..JS_FD_SETSIZE-1 is the caller's error, as with glibc. */
#define JS_FD_SETSIZE 1024
#define JS__NFDBITS (8 * (int)sizeof(unsigned long))
typedef struct js_fd_set {
	unsigned long fds_bits[JS_FD_SETSIZE / (8 * sizeof(unsigned long))];
} js_fd_set;
#define JS_FD_ZERO(s)                                                         \
	do {                                                                  \
		for (unsigned int __i = 0;                                    \
		     __i < JS_FD_SETSIZE / (8 * sizeof(unsigned long)); __i++) \
			(s)->fds_bits[__i] = 0;                               \
	} while (0)
#define JS_FD_SET(fd, s) \
	((void)((s)->fds_bits[(fd) / JS__NFDBITS] |= 1UL << ((fd) % JS__NFDBITS)))
#define JS_FD_CLR(fd, s) \
	((void)((s)->fds_bits[(fd) / JS__NFDBITS] &= ~(1UL << ((fd) % JS__NFDBITS))))
#define JS_FD_ISSET(fd, s) \
	((int)(((s)->fds_bits[(fd) / JS__NFDBITS] >> ((fd) % JS__NFDBITS)) & 1))

/* select(2): the number of ready descriptors, the sets rewritten to the
 * ready ones.  As Linux's select, *timeout (NULL waits forever) is
 * rewritten with the time left (unless the personality has
 * STICKY_TIMEOUTS).  aarch64 and riscv64 have no select call: there it
 * is pselect6 with the timeval turned into a timespec and the time left
 * turned back (docs/time.md: same results, same errors, same write-back). */
long js_select(int nfds, js_fd_set *readfds, js_fd_set *writefds,
	       js_fd_set *exceptfds, struct js_timeval *timeout);
/* pselect6, the system call behind pselect(2): like js_select with a
 * timespec, and with sigmask (NULL: none) the thread's mask while it
 * waits.  Unlike glibc's pselect, *timeout gets the time left, as the
 * system call writes it (pass a copy to keep yours).  libjs passes the
 * set's size (8) itself. */
long js_pselect6(int nfds, js_fd_set *readfds, js_fd_set *writefds,
		 js_fd_set *exceptfds, struct js_timespec *timeout,
		 const js_sigset_t *sigmask);

/* ---- eventfd, timerfd ------------------------------------------------- */

/* eventfd(2), the man page's form with flags: the eventfd2 system call
 * (the flag-less eventfd call is eventfd2 with flags 0). */
long js_eventfd(unsigned int initval, int flags);
long js_eventfd2(unsigned int initval, int flags);            /* eventfd2 */
/* timerfd_create(2): clockid as clock_gettime(2) (0 REALTIME,
 * 1 MONOTONIC, 7 BOOTTIME, 8 REALTIME_ALARM, 9 BOOTTIME_ALARM). */
long js_timerfd_create(int clockid, int flags);
long js_timerfd_settime(int fd, int flags,
			const struct js_itimerspec *new_value,
			struct js_itimerspec *old_value); /* timerfd_settime(2) */
long js_timerfd_gettime(int fd, struct js_itimerspec *curr_value); /* timerfd_gettime(2) */


/* ==== Issue 14, files: fanotify(7) ===================================== *
 * include/uapi/linux/fanotify.h; reference docs/files.md. */

/* struct fanotify_event_metadata: the fixed head of each record read(2)
 * returns from a fanotify fd; info records (struct
 * js_fanotify_event_info_header first) fill the rest of event_len. */
struct js_fanotify_event_metadata {
	uint32_t event_len;
	uint8_t vers;
	uint8_t reserved;
	uint16_t metadata_len;
	uint64_t mask __attribute__((aligned(8)));
	int32_t fd;
	int32_t pid;
};
struct js_fanotify_event_info_header {
	uint8_t info_type;
	uint8_t pad;
	uint16_t len;
};
/* FID, DFID, DFID_NAME records: the header, the fsid, then a struct
 * js_file_handle (fs.h) and, for *_NAME, a NUL-terminated name. */
struct js_fanotify_event_info_fid {
	struct js_fanotify_event_info_header hdr;
	struct {
		int val[2];
	} fsid;
	JS__FLEX_BEGIN
	unsigned char handle[];
	JS__FLEX_END
};
struct js_fanotify_event_info_pidfd {
	struct js_fanotify_event_info_header hdr;
	int32_t pidfd;
};
struct js_fanotify_event_info_error {
	struct js_fanotify_event_info_header hdr;
	int32_t error;
	uint32_t error_count;
};
/* Written to the fanotify fd to answer a permission event. */
struct js_fanotify_response {
	int32_t fd;
	uint32_t response;
};

/* Events (fanotify_mark(2)'s mask, the metadata's mask) */
#define JS_FAN_ACCESS         0x00000001
#define JS_FAN_MODIFY         0x00000002
#define JS_FAN_ATTRIB         0x00000004
#define JS_FAN_CLOSE_WRITE    0x00000008
#define JS_FAN_CLOSE_NOWRITE  0x00000010
#define JS_FAN_OPEN           0x00000020
#define JS_FAN_MOVED_FROM     0x00000040
#define JS_FAN_MOVED_TO       0x00000080
#define JS_FAN_CREATE         0x00000100
#define JS_FAN_DELETE         0x00000200
#define JS_FAN_DELETE_SELF    0x00000400
#define JS_FAN_MOVE_SELF      0x00000800
#define JS_FAN_OPEN_EXEC      0x00001000
#define JS_FAN_Q_OVERFLOW     0x00004000
#define JS_FAN_FS_ERROR       0x00008000
#define JS_FAN_OPEN_PERM      0x00010000
#define JS_FAN_ACCESS_PERM    0x00020000
#define JS_FAN_OPEN_EXEC_PERM 0x00040000
#define JS_FAN_PRE_ACCESS     0x00100000  /* 6.14 */
#define JS_FAN_MNT_ATTACH     0x01000000  /* 6.15 */
#define JS_FAN_MNT_DETACH     0x02000000  /* 6.15 */
#define JS_FAN_EVENT_ON_CHILD 0x08000000
#define JS_FAN_RENAME         0x10000000
#define JS_FAN_ONDIR          0x40000000
#define JS_FAN_CLOSE (JS_FAN_CLOSE_WRITE | JS_FAN_CLOSE_NOWRITE)
#define JS_FAN_MOVE  (JS_FAN_MOVED_FROM | JS_FAN_MOVED_TO)

/* fanotify_init(2) flags */
#define JS_FAN_CLOEXEC           0x00000001
#define JS_FAN_NONBLOCK          0x00000002
#define JS_FAN_CLASS_NOTIF       0x00000000
#define JS_FAN_CLASS_CONTENT     0x00000004
#define JS_FAN_CLASS_PRE_CONTENT 0x00000008
#define JS_FAN_UNLIMITED_QUEUE   0x00000010
#define JS_FAN_UNLIMITED_MARKS   0x00000020
#define JS_FAN_ENABLE_AUDIT      0x00000040
#define JS_FAN_REPORT_PIDFD      0x00000080
#define JS_FAN_REPORT_TID        0x00000100
#define JS_FAN_REPORT_FID        0x00000200
#define JS_FAN_REPORT_DIR_FID    0x00000400
#define JS_FAN_REPORT_NAME       0x00000800
#define JS_FAN_REPORT_TARGET_FID 0x00001000
#define JS_FAN_REPORT_FD_ERROR   0x00002000  /* 6.13 */
#define JS_FAN_REPORT_MNT        0x00004000  /* 6.15 */
#define JS_FAN_REPORT_DFID_NAME (JS_FAN_REPORT_DIR_FID | JS_FAN_REPORT_NAME)
#define JS_FAN_REPORT_DFID_NAME_TARGET                                         \
	(JS_FAN_REPORT_DFID_NAME | JS_FAN_REPORT_FID | JS_FAN_REPORT_TARGET_FID)

/* fanotify_mark(2) flags */
#define JS_FAN_MARK_ADD                0x00000001
#define JS_FAN_MARK_REMOVE             0x00000002
#define JS_FAN_MARK_DONT_FOLLOW        0x00000004
#define JS_FAN_MARK_ONLYDIR            0x00000008
#define JS_FAN_MARK_IGNORED_MASK       0x00000020
#define JS_FAN_MARK_IGNORED_SURV_MODIFY 0x00000040
#define JS_FAN_MARK_FLUSH              0x00000080
#define JS_FAN_MARK_EVICTABLE          0x00000200
#define JS_FAN_MARK_IGNORE             0x00000400
#define JS_FAN_MARK_INODE              0x00000000
#define JS_FAN_MARK_MOUNT              0x00000010
#define JS_FAN_MARK_FILESYSTEM         0x00000100
#define JS_FAN_MARK_MNTNS              0x00000110  /* 6.15 */
#define JS_FAN_MARK_IGNORE_SURV                                                \
	(JS_FAN_MARK_IGNORE | JS_FAN_MARK_IGNORED_SURV_MODIFY)

/* Records */
#define JS_FANOTIFY_METADATA_VERSION 3
#define JS_FAN_EVENT_METADATA_LEN 24
#define JS_FAN_EVENT_INFO_TYPE_FID           1
#define JS_FAN_EVENT_INFO_TYPE_DFID_NAME     2
#define JS_FAN_EVENT_INFO_TYPE_DFID          3
#define JS_FAN_EVENT_INFO_TYPE_PIDFD         4
#define JS_FAN_EVENT_INFO_TYPE_ERROR         5
#define JS_FAN_EVENT_INFO_TYPE_RANGE         6  /* 6.14 */
#define JS_FAN_EVENT_INFO_TYPE_MNT           7  /* 6.15 */
#define JS_FAN_EVENT_INFO_TYPE_OLD_DFID_NAME 10
#define JS_FAN_EVENT_INFO_TYPE_NEW_DFID_NAME 12
#define JS_FAN_ALLOW 0x01
#define JS_FAN_DENY  0x02
#define JS_FAN_AUDIT 0x10
#define JS_FAN_NOFD   -1
#define JS_FAN_NOPIDFD JS_FAN_NOFD
#define JS_FAN_EPIDFD -2

/* fanotify_init(2): a new fanotify group's fd; event_f_flags are the
 * open(2) flags of the fds events carry. */
long js_fanotify_init(unsigned int flags, unsigned int event_f_flags);
/* fanotify_mark(2): mask is one 64-bit register on all three
 * architectures. */
long js_fanotify_mark(int fanotify_fd, unsigned int flags, uint64_t mask,
		      int dirfd, const char *pathname);
/* The next record of a fanotify read buffer (buf holds len bytes, what
 * read(2) returned; *pos starts at 0).  Returns 1 with the record's
 * fixed head copied into *meta and *rec pointing at the record (its info
 * records are rec[meta->metadata_len .. meta->event_len)), 0 at the end,
 * or -JS_EINVAL when the rest is not a whole record (shorter than its
 * head, event_len or metadata_len out of bounds, a version other than
 * JS_FANOTIFY_METADATA_VERSION).  It copies because the kernel pads
 * records to 4 bytes only, so the 8-byte mask of a record after one with
 * info records may be misaligned.  Never reads outside buf[0..len). */
long js_fanotify_next(const void *buf, long len, size_t *pos,
		      struct js_fanotify_event_metadata *meta,
		      const unsigned char **rec);
/* ==== end of issue 14, fanotify ======================================== */

#ifdef __cplusplus
}
#endif

#endif
