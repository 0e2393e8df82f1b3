/* Processes: life cycle (fork, exec, wait, clone), identity and limits,
 * system administration (mount, namespaces, reboot), and what the program
 * entry records (the environment and the auxiliary vector).  Every call
 * returns the kernel's raw result: >= 0 success, -errno failure.
 *
 * These are the raw calls, not libc's: js_setuid and friends change the
 * calling thread only (glibc signals every thread to follow), and js_fork
 * runs no atfork handlers. */
#ifndef LIBJS_PROC_H
#define LIBJS_PROC_H

#include "sys.h"
#include "types.h"
#include "signal.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Identity (the JavaScript libjs's) ------------------------------------------ */
long js_getpid(void);                           /* getpid(2) */
long js_getppid(void);                          /* getppid(2) */
long js_getuid(void);                           /* getuid(2) */
long js_geteuid(void);                          /* geteuid(2) */
long js_getgid(void);                           /* getgid(2) */
long js_getegid(void);                          /* getegid(2) */

/* ---- Exit ----------------------------------------------------------- */
/* _exit(2) for this thread only (the raw exit syscall). */
__attribute__((noreturn)) void js_exit(int status);
/* exit_group(2): every thread, at once, running nothing. */
__attribute__((noreturn)) void js_exit_group(int status);
/* Ends the program from anywhere the way returning from main does: the
 * destructors (.fini_array, __attribute__((destructor))) in reverse
 * order, then exit_group(status).  A destructor that calls it again
 * goes on with the remaining destructors, each run once.  Part of the
 * freestanding start code (crt1.o, rcrt1.o): next to libc, call exit(3). */
__attribute__((noreturn)) void js_program_exit(int status);

/* ---- Structures ------------------------------------------------------ */

/* struct rusage (linux/resource.h): wait4(2), getrusage(2). */
struct js_rusage {
	struct js_timeval ru_utime;
	struct js_timeval ru_stime;
	long ru_maxrss;
	long ru_ixrss;
	long ru_idrss;
	long ru_isrss;
	long ru_minflt;
	long ru_majflt;
	long ru_nswap;
	long ru_inblock;
	long ru_oublock;
	long ru_msgsnd;
	long ru_msgrcv;
	long ru_nsignals;
	long ru_nvcsw;
	long ru_nivcsw;
};

/* struct rlimit64 (linux/resource.h), what prlimit64 reads and writes;
 * the same bytes as struct rlimit on 64-bit architectures. */
struct js_rlimit {
	uint64_t rlim_cur;
	uint64_t rlim_max;
};

/* struct new_utsname (linux/utsname.h): uname(2). */
#define JS_UTSNAME_LENGTH 65
struct js_utsname {
	char sysname[JS_UTSNAME_LENGTH];
	char nodename[JS_UTSNAME_LENGTH];
	char release[JS_UTSNAME_LENGTH];
	char version[JS_UTSNAME_LENGTH];
	char machine[JS_UTSNAME_LENGTH];
	char domainname[JS_UTSNAME_LENGTH];
};

/* struct clone_args (linux/sched.h): clone3(2).  Pointers are passed as
 * 64-bit integers: (uint64_t)(uintptr_t)&pidfd. */
struct js_clone_args {
	uint64_t flags;
	uint64_t pidfd;
	uint64_t child_tid;
	uint64_t parent_tid;
	uint64_t exit_signal;
	uint64_t stack;
	uint64_t stack_size;
	uint64_t tls;
	uint64_t set_tid;
	uint64_t set_tid_size;
	uint64_t cgroup;
};

/* cpu_set_t for sched_setaffinity(2): 1024 CPUs, as glibc's. */
typedef struct js_cpu_set {
	unsigned long __bits[1024 / (8 * sizeof(unsigned long))];
} js_cpu_set_t;
#define JS_CPU_ZERO(s) \
	do { for (unsigned __i = 0; __i < 1024 / (8 * sizeof(unsigned long)); __i++) (s)->__bits[__i] = 0; } while (0)
#define JS_CPU_SET(c, s) \
	((s)->__bits[(c) / (8 * sizeof(unsigned long))] |= 1UL << ((c) % (8 * sizeof(unsigned long))))
#define JS_CPU_ISSET(c, s) \
	(((s)->__bits[(c) / (8 * sizeof(unsigned long))] >> ((c) % (8 * sizeof(unsigned long)))) & 1)

/* ---- Life cycle ------------------------------------------------------ */

/* fork(2), made as clone(SIGCHLD) on every architecture: the child's pid
 * in the parent, 0 in the child. */
long js_fork(void);
/* vfork(2): the parent waits until the child calls js_execve or js_exit;
 * the child shares the parent's memory and stack, so it must do nothing
 * else.  Assembly (src/arch/<name>/vfork.S), which reports the call to
 * the trace itself once the parent resumes (docs/tracing.md). */
__attribute__((returns_twice)) long js_vfork(void);
/* clone(2), the raw call: flags, stack, parent_tid, child_tid, tls in this
 * order on every architecture (libjs reorders for the kernel where it
 * differs).  The child returns from js_clone like a forked child, so use
 * stack NULL here; to start a child on a stack of its own use
 * js_clone_fn. */
long js_clone(unsigned long flags, void *stack, int *parent_tid,
	      int *child_tid, unsigned long tls);
/* clone(2), glibc's form: the child runs fn(arg) on stack (the top of its
 * stack area) and exits with its result.  Assembly, which reports the
 * parent's call to the trace itself (docs/tracing.md). */
long js_clone_fn(int (*fn)(void *), void *stack, unsigned long flags,
		 void *arg, int *parent_tid, unsigned long tls, int *child_tid);
/* clone3(2): size is sizeof(struct js_clone_args) or an older size the
 * kernel knows.  With args->stack 0 the child returns like a forked one. */
long js_clone3(struct js_clone_args *args, size_t size);
long js_execve(const char *path, char *const argv[], char *const envp[]); /* execve(2) */
long js_execveat(int dirfd, const char *path, char *const argv[],
		 char *const envp[], int flags);               /* execveat(2) */
/* ---- Toolkit (issue 13): execvp's PATH search. ---- */
/* execvpe(3) / execvp(3): file with a '/' is executed as it is; otherwise
 * each directory of PATH (from js_getenv, so js_env_init next to libc;
 * an empty entry is the current directory; no PATH: "/bin:/usr/bin", as
 * glibc) is tried in turn.  A directory where the file is missing (or is
 * not a directory, or is stale) is passed over; -JS_EACCES is remembered
 * while later ones are tried and returned if none runs; any other error
 * ends the search.  -JS_ENOEXEC is returned as it is: unlike glibc, no
 * /bin/sh is run on a file the kernel cannot execute (a privileged
 * program should not hand unknown files to a shell; run
 * js_execve("/bin/sh", ...) for that).  Returns only on failure, -errno:
 * -JS_ENOENT for an empty file or one found nowhere, -JS_ENAMETOOLONG for
 * a name of more than 255 bytes.  Allocates nothing (a JS_PATH_MAX
 * buffer on the stack), so it is safe after js_vfork.  js_execvp passes
 * js_environ. */
long js_execvpe(const char *file, char *const argv[], char *const envp[]);
long js_execvp(const char *file, char *const argv[]);
/* ---- end toolkit ---- */
/* wait4(2): status decoded with JS_WIFEXITED and friends below. */
long js_wait4(int pid, int *wstatus, int options, struct js_rusage *rusage);
/* waitid(2); idtype JS_P_ALL, JS_P_PID, JS_P_PGID or JS_P_PIDFD. */
long js_waitid(int idtype, int id, js_siginfo_t *info, int options);
long js_kill(int pid, int sig);                         /* kill(2) */
long js_tgkill(int tgid, int tid, int sig);             /* tgkill(2) */
long js_gettid(void);                                   /* gettid(2) */
long js_setsid(void);                                   /* setsid(2) */
long js_getsid(int pid);                                /* getsid(2) */
long js_setpgid(int pid, int pgid);                     /* setpgid(2) */
long js_getpgid(int pid);                               /* getpgid(2) */
long js_pidfd_open(int pid, unsigned int flags);        /* pidfd_open(2) */
long js_pidfd_send_signal(int pidfd, int sig, js_siginfo_t *info,
			  unsigned int flags);          /* pidfd_send_signal(2) */

/* ---- Identity and limits --------------------------------------------- */

long js_setuid(unsigned int uid);                       /* setuid(2) */
long js_setgid(unsigned int gid);                       /* setgid(2) */
long js_setresuid(unsigned int ruid, unsigned int euid, unsigned int suid); /* setresuid(2) */
long js_setresgid(unsigned int rgid, unsigned int egid, unsigned int sgid); /* setresgid(2) */
long js_getresuid(unsigned int *ruid, unsigned int *euid, unsigned int *suid); /* getresuid(2) */
long js_getresgid(unsigned int *rgid, unsigned int *egid, unsigned int *sgid); /* getresgid(2) */
long js_setgroups(size_t size, const unsigned int *list); /* setgroups(2) */
/* getgroups(2): with size 0, the number of groups. */
long js_getgroups(int size, unsigned int list[]);
/* umask(2): the previous mask (never fails). */
long js_umask(unsigned int mask);
/* prlimit(2) (the prlimit64 syscall): pid 0 is the caller. */
long js_prlimit64(int pid, int resource, const struct js_rlimit *new_limit,
		  struct js_rlimit *old_limit);
long js_getrlimit(int resource, struct js_rlimit *rlim); /* getrlimit(2), via prlimit64 */
long js_setrlimit(int resource, const struct js_rlimit *rlim); /* setrlimit(2), via prlimit64 */
long js_getrusage(int who, struct js_rusage *usage);    /* getrusage(2) */
/* prctl(2): the kernel always reads four arguments after option; pass 0
 * for the ones an option does not use (several options insist). */
long js_prctl(int option, unsigned long arg2, unsigned long arg3,
	      unsigned long arg4, unsigned long arg5);
long js_uname(struct js_utsname *buf);                  /* uname(2) */
long js_sethostname(const char *name, size_t len);      /* sethostname(2) */
long js_setdomainname(const char *name, size_t len);    /* setdomainname(2) */
/* getrandom(2): the number of bytes written.  Through the vDSO's
 * getrandom where the kernel has it (docs/vdso.md): then the bytes come
 * from a per-thread ChaCha20 state the kernel keys and re-keys, and a
 * bad non-NULL buf faults in user space instead of giving -JS_EFAULT.
 * Flags other than JS_GRND_NONBLOCK, JS_GRND_RANDOM, JS_GRND_INSECURE,
 * and a NULL buf, go to the system call.  Safe in signal handlers and
 * across fork. */
long js_getrandom(void *buf, size_t buflen, unsigned int flags);
/* getcpu(2): the CPU and NUMA node the calling thread runs on (either
 * pointer may be NULL); unused is the obsolete tcache, pass NULL.  x86_64
 * answers from the vDSO (docs/vdso.md). */
long js_getcpu(unsigned int *cpu, unsigned int *node, void *unused);
long js_sched_yield(void);                              /* sched_yield(2) */
/* sched_getaffinity(2): the raw call returns the size of the kernel's CPU
 * mask in bytes (glibc's wrapper returns 0). */
long js_sched_getaffinity(int pid, size_t cpusetsize, js_cpu_set_t *mask);
long js_sched_setaffinity(int pid, size_t cpusetsize, const js_cpu_set_t *mask);

/* ---- Scheduling, priorities, personality, ids (issue 14) ------------ */

/* struct sched_param (linux/sched/types.h): sched_setparam(2) and
 * friends; glibc's has the same single int. */
struct js_sched_param {
	int sched_priority;
};

/* struct sched_attr (linux/sched/types.h): sched_setattr(2),
 * sched_getattr(2).  size is the caller's sizeof (JS_SCHED_ATTR_SIZE_VER1
 * here); the kernel fills it in on sched_getattr.  The times are in ns
 * (SCHED_DEADLINE); util_min/util_max are 0..1024 (utilization clamps). */
struct js_sched_attr {
	uint32_t size;
	uint32_t sched_policy;
	uint64_t sched_flags;
	int32_t sched_nice;
	uint32_t sched_priority;
	uint64_t sched_runtime;
	uint64_t sched_deadline;
	uint64_t sched_period;
	uint32_t sched_util_min;
	uint32_t sched_util_max;
};

/* getpriority(2) as the system call answers it (the man page's "C
 * library/kernel differences"): 20 - nice, 1..40, or -errno.  The nice
 * value itself (-20..19) would collide with -errno, which every libjs
 * call keeps as its error form; JS_PRIO_NICE(r) converts a success. */
long js_getpriority(int which, int who);
#define JS_PRIO_NICE(r) (20 - (r))
/* setpriority(2): prio is clamped to -20..19 by the kernel. */
long js_setpriority(int which, int who, int prio);
/* personality(2): the previous persona; 0xffffffff only queries.  The
 * kernel takes an unsigned int: the upper half of persona is dropped. */
long js_personality(unsigned long persona);
long js_sched_setparam(int pid, const struct js_sched_param *param); /* sched_setparam(2) */
long js_sched_getparam(int pid, struct js_sched_param *param);       /* sched_getparam(2) */
/* sched_setscheduler(2): policy JS_SCHED_*, optionally
 * | JS_SCHED_RESET_ON_FORK. */
long js_sched_setscheduler(int pid, int policy,
			   const struct js_sched_param *param);
/* sched_getscheduler(2): the policy, with JS_SCHED_RESET_ON_FORK or'ed
 * in when set. */
long js_sched_getscheduler(int pid);
long js_sched_get_priority_max(int policy);             /* sched_get_priority_max(2) */
long js_sched_get_priority_min(int policy);             /* sched_get_priority_min(2) */
long js_sched_rr_get_interval(int pid, struct js_timespec *tp); /* sched_rr_get_interval(2) */
/* sched_setattr(2): flags must be 0. */
long js_sched_setattr(int pid, struct js_sched_attr *attr, unsigned int flags);
/* sched_getattr(2): size is sizeof *attr; flags must be 0. */
long js_sched_getattr(int pid, struct js_sched_attr *attr, unsigned int size,
		      unsigned int flags);
/* ioprio_get(2): the I/O priority (JS_IOPRIO_PRIO_CLASS/_LEVEL/_DATA
 * take it apart); which is JS_IOPRIO_WHO_*. */
long js_ioprio_get(int which, int who);
/* ioprio_set(2): ioprio from JS_IOPRIO_PRIO_VALUE(class, level). */
long js_ioprio_set(int which, int who, int ioprio);
long js_setreuid(unsigned int ruid, unsigned int euid);  /* setreuid(2); -1 keeps */
long js_setregid(unsigned int rgid, unsigned int egid);  /* setregid(2); -1 keeps */
/* setfsuid(2), setfsgid(2): the previous fs id, whether or not the
 * change was allowed (the call has no error result; -1 only reads). */
long js_setfsuid(unsigned int fsuid);
long js_setfsgid(unsigned int fsgid);
/* getpgrp(2): the caller's process group.  aarch64 and riscv64 have no
 * getpgrp call: there it is getpgid(0), the same answer. */
long js_getpgrp(void);
/* tkill(2): sig to thread tid, whatever its process (prefer js_tgkill,
 * which cannot hit a reused tid of another process). */
long js_tkill(int tid, int sig);

/* getpriority/setpriority which (linux/resource.h) and the nice range */
#define JS_PRIO_PROCESS 0
#define JS_PRIO_PGRP    1
#define JS_PRIO_USER    2
#define JS_PRIO_MIN     (-20)
#define JS_PRIO_MAX     20

/* Scheduling policies and sched_attr flags (linux/sched.h); SCHED_EXT
 * is Linux 6.12's (sched_ext, where the kernel is built with it). */
#define JS_SCHED_NORMAL         0
#define JS_SCHED_OTHER          JS_SCHED_NORMAL
#define JS_SCHED_FIFO           1
#define JS_SCHED_RR             2
#define JS_SCHED_BATCH          3
#define JS_SCHED_IDLE           5
#define JS_SCHED_DEADLINE       6
#define JS_SCHED_EXT            7
#define JS_SCHED_RESET_ON_FORK  0x40000000
#define JS_SCHED_FLAG_RESET_ON_FORK  0x01
#define JS_SCHED_FLAG_RECLAIM        0x02
#define JS_SCHED_FLAG_DL_OVERRUN     0x04
#define JS_SCHED_FLAG_KEEP_POLICY    0x08
#define JS_SCHED_FLAG_KEEP_PARAMS    0x10
#define JS_SCHED_FLAG_UTIL_CLAMP_MIN 0x20
#define JS_SCHED_FLAG_UTIL_CLAMP_MAX 0x40
#define JS_SCHED_FLAG_KEEP_ALL  (JS_SCHED_FLAG_KEEP_POLICY | JS_SCHED_FLAG_KEEP_PARAMS)
#define JS_SCHED_FLAG_UTIL_CLAMP (JS_SCHED_FLAG_UTIL_CLAMP_MIN | JS_SCHED_FLAG_UTIL_CLAMP_MAX)
#define JS_SCHED_FLAG_ALL (JS_SCHED_FLAG_RESET_ON_FORK | JS_SCHED_FLAG_RECLAIM | \
			   JS_SCHED_FLAG_DL_OVERRUN | JS_SCHED_FLAG_KEEP_ALL |   \
			   JS_SCHED_FLAG_UTIL_CLAMP)
/* sizes of the versions of struct sched_attr (linux/sched/types.h) */
#define JS_SCHED_ATTR_SIZE_VER0 48
#define JS_SCHED_ATTR_SIZE_VER1 56

/* I/O priorities (linux/ioprio.h): class in bits 13-15, then 10 bits of
 * hint (Linux 6.5), then the level in bits 0-2. */
#define JS_IOPRIO_CLASS_SHIFT   13
#define JS_IOPRIO_NR_CLASSES    8
#define JS_IOPRIO_CLASS_MASK    (JS_IOPRIO_NR_CLASSES - 1)
#define JS_IOPRIO_PRIO_MASK     ((1UL << JS_IOPRIO_CLASS_SHIFT) - 1)
#define JS_IOPRIO_PRIO_CLASS(p) (((p) >> JS_IOPRIO_CLASS_SHIFT) & JS_IOPRIO_CLASS_MASK)
#define JS_IOPRIO_PRIO_DATA(p)  ((p) & JS_IOPRIO_PRIO_MASK)
#define JS_IOPRIO_CLASS_NONE    0
#define JS_IOPRIO_CLASS_RT      1
#define JS_IOPRIO_CLASS_BE      2
#define JS_IOPRIO_CLASS_IDLE    3
#define JS_IOPRIO_CLASS_INVALID 7
#define JS_IOPRIO_LEVEL_NR_BITS 3
#define JS_IOPRIO_NR_LEVELS     (1 << JS_IOPRIO_LEVEL_NR_BITS)
#define JS_IOPRIO_LEVEL_MASK    (JS_IOPRIO_NR_LEVELS - 1)
#define JS_IOPRIO_PRIO_LEVEL(p) ((p) & JS_IOPRIO_LEVEL_MASK)
#define JS_IOPRIO_BE_NR         JS_IOPRIO_NR_LEVELS
#define JS_IOPRIO_WHO_PROCESS   1
#define JS_IOPRIO_WHO_PGRP      2
#define JS_IOPRIO_WHO_USER      3
#define JS_IOPRIO_NORM          4
#define JS_IOPRIO_BE_NORM       JS_IOPRIO_NORM
#define JS_IOPRIO_HINT_SHIFT    JS_IOPRIO_LEVEL_NR_BITS
#define JS_IOPRIO_HINT_NR_BITS  10
#define JS_IOPRIO_NR_HINTS      (1 << JS_IOPRIO_HINT_NR_BITS)
#define JS_IOPRIO_HINT_MASK     (JS_IOPRIO_NR_HINTS - 1)
#define JS_IOPRIO_PRIO_HINT(p)  (((p) >> JS_IOPRIO_HINT_SHIFT) & JS_IOPRIO_HINT_MASK)
#define JS_IOPRIO_HINT_NONE     0
#define JS_IOPRIO_HINT_DEV_DURATION_LIMIT_1 1
#define JS_IOPRIO_HINT_DEV_DURATION_LIMIT_2 2
#define JS_IOPRIO_HINT_DEV_DURATION_LIMIT_3 3
#define JS_IOPRIO_HINT_DEV_DURATION_LIMIT_4 4
#define JS_IOPRIO_HINT_DEV_DURATION_LIMIT_5 5
#define JS_IOPRIO_HINT_DEV_DURATION_LIMIT_6 6
#define JS_IOPRIO_HINT_DEV_DURATION_LIMIT_7 7
/* The kernel's ioprio_value(): an out-of-range part gives the
 * IOPRIO_CLASS_INVALID value, which ioprio_set refuses. */
#define JS_IOPRIO_PRIO_VALUE_HINT(class, level, hint)                          \
	(((unsigned)(class) >= JS_IOPRIO_NR_CLASSES ||                         \
	  (unsigned)(level) >= JS_IOPRIO_NR_LEVELS ||                          \
	  (unsigned)(hint) >= JS_IOPRIO_NR_HINTS)                              \
		 ? JS_IOPRIO_CLASS_INVALID << JS_IOPRIO_CLASS_SHIFT            \
		 : (int)(((unsigned)(class) << JS_IOPRIO_CLASS_SHIFT) |        \
			 ((unsigned)(hint) << JS_IOPRIO_HINT_SHIFT) | (unsigned)(level)))
#define JS_IOPRIO_PRIO_VALUE(class, level) \
	JS_IOPRIO_PRIO_VALUE_HINT(class, level, JS_IOPRIO_HINT_NONE)

/* personality(2) (linux/personality.h): flag bits, then personas */
#define JS_UNAME26            0x0020000
#define JS_ADDR_NO_RANDOMIZE  0x0040000
#define JS_FDPIC_FUNCPTRS     0x0080000
#define JS_MMAP_PAGE_ZERO     0x0100000
#define JS_ADDR_COMPAT_LAYOUT 0x0200000
#define JS_READ_IMPLIES_EXEC  0x0400000
#define JS_ADDR_LIMIT_32BIT   0x0800000
#define JS_SHORT_INODE        0x1000000
#define JS_WHOLE_SECONDS      0x2000000
#define JS_STICKY_TIMEOUTS    0x4000000
#define JS_ADDR_LIMIT_3GB     0x8000000
#define JS_PER_CLEAR_ON_SETID (JS_READ_IMPLIES_EXEC | JS_ADDR_NO_RANDOMIZE | \
			       JS_ADDR_COMPAT_LAYOUT | JS_MMAP_PAGE_ZERO)
#define JS_PER_LINUX       0x0000
#define JS_PER_LINUX_32BIT (0x0000 | JS_ADDR_LIMIT_32BIT)
#define JS_PER_LINUX_FDPIC (0x0000 | JS_FDPIC_FUNCPTRS)
#define JS_PER_SVR4        (0x0001 | JS_STICKY_TIMEOUTS | JS_MMAP_PAGE_ZERO)
#define JS_PER_SVR3        (0x0002 | JS_STICKY_TIMEOUTS | JS_SHORT_INODE)
#define JS_PER_SCOSVR3     (0x0003 | JS_STICKY_TIMEOUTS | JS_WHOLE_SECONDS | JS_SHORT_INODE)
#define JS_PER_OSR5        (0x0003 | JS_STICKY_TIMEOUTS | JS_WHOLE_SECONDS)
#define JS_PER_WYSEV386    (0x0004 | JS_STICKY_TIMEOUTS | JS_SHORT_INODE)
#define JS_PER_ISCR4       (0x0005 | JS_STICKY_TIMEOUTS)
#define JS_PER_BSD         0x0006
#define JS_PER_SUNOS       (0x0006 | JS_STICKY_TIMEOUTS)
#define JS_PER_XENIX       (0x0007 | JS_STICKY_TIMEOUTS | JS_SHORT_INODE)
#define JS_PER_LINUX32     0x0008
#define JS_PER_LINUX32_3GB (0x0008 | JS_ADDR_LIMIT_3GB)
#define JS_PER_IRIX32      (0x0009 | JS_STICKY_TIMEOUTS)
#define JS_PER_IRIXN32     (0x000a | JS_STICKY_TIMEOUTS)
#define JS_PER_IRIX64      (0x000b | JS_STICKY_TIMEOUTS)
#define JS_PER_RISCOS      0x000c
#define JS_PER_SOLARIS     (0x000d | JS_STICKY_TIMEOUTS)
#define JS_PER_UW7         (0x000e | JS_STICKY_TIMEOUTS | JS_MMAP_PAGE_ZERO)
#define JS_PER_OSF4        0x000f
#define JS_PER_HPUX        0x0010
#define JS_PER_MASK        0x00ff
/* ---- end of scheduling, priorities, personality, ids ---------------- */

/* ---- System ---------------------------------------------------------- */

long js_mount(const char *source, const char *target, const char *fstype,
	      unsigned long flags, const void *data);  /* mount(2) */
long js_umount2(const char *target, int flags);         /* umount2(2) */
long js_chroot(const char *path);                       /* chroot(2) */
long js_pivot_root(const char *new_root, const char *put_old); /* pivot_root(2) */
/* reboot(2), the raw call: magic JS_LINUX_REBOOT_MAGIC1, magic2 one of
 * JS_LINUX_REBOOT_MAGIC2*, cmd JS_LINUX_REBOOT_CMD_*; arg is the command
 * string for JS_LINUX_REBOOT_CMD_RESTART2.  Inside a PID namespace the
 * namespace's init is killed instead (pid_namespaces(7)). */
long js_reboot(int magic, int magic2, unsigned int cmd, void *arg);
long js_sync(void);                                     /* sync(2); always 0 */
long js_syncfs(int fd);                                 /* syncfs(2) */
/* ioctl(2), raw: one optional argument, passed on as a word. */
long js_ioctl(int fd, unsigned long request, ...);
long js_unshare(int flags);                             /* unshare(2) */
long js_setns(int fd, int nstype);                      /* setns(2) */

/* ---- Constants ------------------------------------------------------- */

/* wait options and idtypes (linux/wait.h) */
#define JS_WNOHANG    0x00000001
#define JS_WUNTRACED  0x00000002
#define JS_WSTOPPED   JS_WUNTRACED
#define JS_WEXITED    0x00000004
#define JS_WCONTINUED 0x00000008
#define JS_WNOWAIT    0x01000000
#define JS___WNOTHREAD 0x20000000
#define JS___WALL     0x40000000
#define JS___WCLONE   0x80000000
#define JS_P_ALL   0
#define JS_P_PID   1
#define JS_P_PGID  2
#define JS_P_PIDFD 3

/* wait status decoding, wait(2) */
#define JS_WEXITSTATUS(s)  (((s) & 0xff00) >> 8)
#define JS_WTERMSIG(s)     ((s) & 0x7f)
#define JS_WSTOPSIG(s)     JS_WEXITSTATUS(s)
#define JS_WIFEXITED(s)    (JS_WTERMSIG(s) == 0)
#define JS_WIFSIGNALED(s)  (((signed char)(((s) & 0x7f) + 1) >> 1) > 0)
#define JS_WIFSTOPPED(s)   (((s) & 0xff) == 0x7f)
#define JS_WIFCONTINUED(s) ((s) == 0xffff)
#define JS_WCOREDUMP(s)    ((s) & 0x80)

/* clone, unshare and setns flags (linux/sched.h) */
#define JS_CSIGNAL              0x000000ff
#define JS_CLONE_NEWTIME        0x00000080
#define JS_CLONE_VM             0x00000100
#define JS_CLONE_FS             0x00000200
#define JS_CLONE_FILES          0x00000400
#define JS_CLONE_SIGHAND        0x00000800
#define JS_CLONE_PIDFD          0x00001000
#define JS_CLONE_PTRACE         0x00002000
#define JS_CLONE_VFORK          0x00004000
#define JS_CLONE_PARENT         0x00008000
#define JS_CLONE_THREAD         0x00010000
#define JS_CLONE_NEWNS          0x00020000
#define JS_CLONE_SYSVSEM        0x00040000
#define JS_CLONE_SETTLS         0x00080000
#define JS_CLONE_PARENT_SETTID  0x00100000
#define JS_CLONE_CHILD_CLEARTID 0x00200000
#define JS_CLONE_DETACHED       0x00400000
#define JS_CLONE_UNTRACED       0x00800000
#define JS_CLONE_CHILD_SETTID   0x01000000
#define JS_CLONE_NEWCGROUP      0x02000000
#define JS_CLONE_NEWUTS         0x04000000
#define JS_CLONE_NEWIPC         0x08000000
#define JS_CLONE_NEWUSER        0x10000000
#define JS_CLONE_NEWPID         0x20000000
#define JS_CLONE_NEWNET         0x40000000
#define JS_CLONE_IO             0x80000000
#define JS_CLONE_CLEAR_SIGHAND  0x100000000ULL
#define JS_CLONE_INTO_CGROUP    0x200000000ULL
#define JS_CLONE_ARGS_SIZE_VER0 64
#define JS_CLONE_ARGS_SIZE_VER1 80
#define JS_CLONE_ARGS_SIZE_VER2 88

/* pidfd_open(2) flags (linux/pidfd.h): O_NONBLOCK's value */
#define JS_PIDFD_NONBLOCK 00004000

/* resources (asm-generic/resource.h; the same on x86_64, aarch64,
 * riscv64) and getrusage(2) who */
#define JS_RLIMIT_CPU        0
#define JS_RLIMIT_FSIZE      1
#define JS_RLIMIT_DATA       2
#define JS_RLIMIT_STACK      3
#define JS_RLIMIT_CORE       4
#define JS_RLIMIT_RSS        5
#define JS_RLIMIT_NPROC      6
#define JS_RLIMIT_NOFILE     7
#define JS_RLIMIT_MEMLOCK    8
#define JS_RLIMIT_AS         9
#define JS_RLIMIT_LOCKS      10
#define JS_RLIMIT_SIGPENDING 11
#define JS_RLIMIT_MSGQUEUE   12
#define JS_RLIMIT_NICE       13
#define JS_RLIMIT_RTPRIO     14
#define JS_RLIMIT_RTTIME     15
#define JS_RLIM_NLIMITS      16
#define JS_RLIM_INFINITY     (~0ULL)
#define JS_RUSAGE_SELF     0
#define JS_RUSAGE_CHILDREN (-1)
#define JS_RUSAGE_THREAD   1

/* getrandom(2) flags (linux/random.h) */
#define JS_GRND_NONBLOCK 0x0001
#define JS_GRND_RANDOM   0x0002
#define JS_GRND_INSECURE 0x0004

/* prctl(2) options (linux/prctl.h), the common ones */
#define JS_PR_SET_PDEATHSIG       1
#define JS_PR_GET_PDEATHSIG       2
#define JS_PR_GET_DUMPABLE        3
#define JS_PR_SET_DUMPABLE        4
#define JS_PR_GET_KEEPCAPS        7
#define JS_PR_SET_KEEPCAPS        8
#define JS_PR_SET_NAME            15
#define JS_PR_GET_NAME            16
#define JS_PR_GET_SECCOMP         21
#define JS_PR_SET_SECCOMP         22
#define JS_PR_CAPBSET_READ        23
#define JS_PR_CAPBSET_DROP        24
#define JS_PR_SET_CHILD_SUBREAPER 36
#define JS_PR_GET_CHILD_SUBREAPER 37
#define JS_PR_SET_NO_NEW_PRIVS    38
#define JS_PR_GET_NO_NEW_PRIVS    39

/* ---- tdec2: the rest of linux/prctl.h's options (the trace names them
 * as strace does), and RLIM64_INFINITY (linux/resource.h), the name
 * strace gives an unlimited struct rlimit64 field. */
#define JS_PR_GET_UNALIGN              5
#define JS_PR_SET_UNALIGN              6
#define JS_PR_GET_FPEMU                9
#define JS_PR_SET_FPEMU                10
#define JS_PR_GET_FPEXC                11
#define JS_PR_SET_FPEXC                12
#define JS_PR_GET_TIMING               13
#define JS_PR_SET_TIMING               14
#define JS_PR_GET_ENDIAN               19
#define JS_PR_SET_ENDIAN               20
#define JS_PR_GET_TSC                  25
#define JS_PR_SET_TSC                  26
#define JS_PR_GET_SECUREBITS           27
#define JS_PR_SET_SECUREBITS           28
#define JS_PR_SET_TIMERSLACK           29
#define JS_PR_GET_TIMERSLACK           30
#define JS_PR_TASK_PERF_EVENTS_DISABLE 31
#define JS_PR_TASK_PERF_EVENTS_ENABLE  32
#define JS_PR_MCE_KILL                 33
#define JS_PR_MCE_KILL_GET             34
#define JS_PR_SET_MM                   35
#define JS_PR_GET_TID_ADDRESS          40
#define JS_PR_SET_THP_DISABLE          41
#define JS_PR_GET_THP_DISABLE          42
#define JS_PR_SET_FP_MODE              45
#define JS_PR_GET_FP_MODE              46
#define JS_PR_CAP_AMBIENT              47
#define JS_PR_SVE_SET_VL               50
#define JS_PR_SVE_GET_VL               51
#define JS_PR_GET_SPECULATION_CTRL     52
#define JS_PR_SET_SPECULATION_CTRL     53
#define JS_PR_PAC_RESET_KEYS           54
#define JS_PR_SET_TAGGED_ADDR_CTRL     55
#define JS_PR_GET_TAGGED_ADDR_CTRL     56
#define JS_PR_SET_IO_FLUSHER           57
#define JS_PR_GET_IO_FLUSHER           58
#define JS_PR_SET_SYSCALL_USER_DISPATCH 59
#define JS_PR_PAC_SET_ENABLED_KEYS     60
#define JS_PR_PAC_GET_ENABLED_KEYS     61
#define JS_PR_SCHED_CORE               62
#define JS_PR_SET_PTRACER              0x59616d61
#define JS_PR_SET_VMA                  0x53564d41
/* PR_SET_DUMPABLE's values (linux/sched/coredump.h, SUID_DUMP_*). */
#define JS_SUID_DUMP_DISABLE 0
#define JS_SUID_DUMP_USER    1
#define JS_SUID_DUMP_ROOT    2
#define JS_RLIM64_INFINITY   (~0ULL)
/* ---- end of tdec2 ---- */

/* mount(2) flags (linux/mount.h) and umount2(2) flags */
#define JS_MS_RDONLY      1
#define JS_MS_NOSUID      2
#define JS_MS_NODEV       4
#define JS_MS_NOEXEC      8
#define JS_MS_SYNCHRONOUS 16
#define JS_MS_REMOUNT     32
#define JS_MS_MANDLOCK    64
#define JS_MS_DIRSYNC     128
#define JS_MS_NOSYMFOLLOW 256
#define JS_MS_NOATIME     1024
#define JS_MS_NODIRATIME  2048
#define JS_MS_BIND        4096
#define JS_MS_MOVE        8192
#define JS_MS_REC         16384
#define JS_MS_SILENT      32768
#define JS_MS_POSIXACL    (1 << 16)
#define JS_MS_UNBINDABLE  (1 << 17)
#define JS_MS_PRIVATE     (1 << 18)
#define JS_MS_SLAVE       (1 << 19)
#define JS_MS_SHARED      (1 << 20)
#define JS_MS_RELATIME    (1 << 21)
#define JS_MS_KERNMOUNT   (1 << 22)
#define JS_MS_I_VERSION   (1 << 23)
#define JS_MS_STRICTATIME (1 << 24)
#define JS_MS_LAZYTIME    (1 << 25)
#define JS_MNT_FORCE       1
#define JS_MNT_DETACH      2
#define JS_MNT_EXPIRE      4
#define JS_UMOUNT_NOFOLLOW 8

/* reboot(2) (linux/reboot.h) */
#define JS_LINUX_REBOOT_MAGIC1         0xfee1dead
#define JS_LINUX_REBOOT_MAGIC2         672274793
#define JS_LINUX_REBOOT_MAGIC2A        85072278
#define JS_LINUX_REBOOT_MAGIC2B        369367448
#define JS_LINUX_REBOOT_MAGIC2C        537993216
#define JS_LINUX_REBOOT_CMD_RESTART    0x01234567
#define JS_LINUX_REBOOT_CMD_HALT       0xCDEF0123
#define JS_LINUX_REBOOT_CMD_CAD_ON     0x89ABCDEF
#define JS_LINUX_REBOOT_CMD_CAD_OFF    0x00000000
#define JS_LINUX_REBOOT_CMD_POWER_OFF  0x4321FEDC
#define JS_LINUX_REBOOT_CMD_RESTART2   0xA1B2C3D4
#define JS_LINUX_REBOOT_CMD_SW_SUSPEND 0xD000FCE2
#define JS_LINUX_REBOOT_CMD_KEXEC      0x45584543
/* ---- Terminal ioctls (issue 15, init) ---- */
/* asm-generic/ioctls.h, the same number on x86_64, aarch64 and riscv64
 * (tests/sh/test_init_arch_consts.sh): TIOCSCTTY makes the terminal the
 * controlling terminal of the caller, a session leader without one; the
 * argument 1 steals it from another session (CAP_SYS_ADMIN), tty_ioctl(4). */
#define JS_TIOCSCTTY 0x540E
/* The pseudoterminal master's (pty(7)): TIOCGPTN gives the slave's number
 * in /dev/pts (an unsigned int *), TIOCSPTLCK locks or unlocks the slave
 * (an int *; 0 unlocks, what unlockpt(3) does). */
#define JS_TIOCGPTN   0x80045430
#define JS_TIOCSPTLCK 0x40045431
/* ---- end of terminal ioctls ---- */

/* ---- Environment and auxiliary vector ------------------------------- */

/* The environment, as recorded by the freestanding entry (_start) or by
 * js_env_init.  NULL in a program whose entry recorded nothing. */
extern char **js_environ;

/* For programs with their own entry (or linked next to libc): record envp
 * (main's third argument) so that js_getenv and js_getauxval work. */
void js_env_init(char **envp);

/* getenv(3): the value of name, or NULL. */
char *js_getenv(const char *name);

/* getauxval(3): the value of auxv entry type, 0 when absent. */
unsigned long js_getauxval(unsigned long type);

/* Auxiliary vector types (include/uapi/linux/auxvec.h, asm/auxvec.h). */
#define JS_AT_NULL          0
#define JS_AT_IGNORE        1
#define JS_AT_EXECFD        2
#define JS_AT_PHDR          3
#define JS_AT_PHENT         4
#define JS_AT_PHNUM         5
#define JS_AT_PAGESZ        6
#define JS_AT_BASE          7
#define JS_AT_FLAGS         8
#define JS_AT_ENTRY         9
#define JS_AT_NOTELF        10
#define JS_AT_UID           11
#define JS_AT_EUID          12
#define JS_AT_GID           13
#define JS_AT_EGID          14
#define JS_AT_PLATFORM      15
#define JS_AT_HWCAP         16
#define JS_AT_CLKTCK        17
#define JS_AT_SECURE        23
#define JS_AT_BASE_PLATFORM 24
#define JS_AT_RANDOM        25
#define JS_AT_HWCAP2        26
#define JS_AT_EXECFN        31
#define JS_AT_SYSINFO_EHDR  33
#define JS_AT_MINSIGSTKSZ   51

/* ==== Every-syscall issue, residual calls (coverage branch) ==========
 * Comparing and reaching into other processes, system information, the
 * kernel log, the terminal hangup and the LSM attribute calls.  Layouts
 * and constants: include/uapi/linux/kcmp.h, linux/sysinfo.h and (Linux
 * 6.8) linux/lsm.h, proven on every architecture where the kernel headers
 * have them (tests/sh/test_resid_arch_layout.sh); syslog(2) for
 * SYSLOG_ACTION_*, which no UAPI header carries. */

/* kcmp(2): whether two processes share a kernel resource.  Returns 0
 * (the same), 1 or 2 (an ordering: less or greater), 3 (different, with
 * no ordering); needs ptrace read access to both.  idx1/idx2 are the fds
 * for JS_KCMP_FILE, a struct js_kcmp_epoll_slot * in idx2 for
 * JS_KCMP_EPOLL_TFD, unused otherwise. */
#define JS_KCMP_FILE      0
#define JS_KCMP_VM        1
#define JS_KCMP_FILES     2
#define JS_KCMP_FS        3
#define JS_KCMP_SIGHAND   4
#define JS_KCMP_IO        5
#define JS_KCMP_SYSVSEM   6
#define JS_KCMP_EPOLL_TFD 7
struct js_kcmp_epoll_slot {
	uint32_t efd;	/* the epoll fd in pid2 */
	uint32_t tfd;	/* the target fd registered in it */
	uint32_t toff;	/* which of the target's registrations */
};
long js_kcmp(int pid1, int pid2, int type, unsigned long idx1,
	     unsigned long idx2);

/* pidfd_getfd(2): a duplicate (close-on-exec) of fd targetfd of the
 * process behind pidfd (ptrace access needed); flags must be 0. */
long js_pidfd_getfd(int pidfd, int targetfd, unsigned int flags);

/* process_vm_readv(2), process_vm_writev(2): copy between the caller's
 * iovecs and process pid's (remote) ones without stopping it; returns
 * the bytes moved (a partial count when a remote range ends early).
 * flags must be 0. */
long js_process_vm_readv(int pid, const struct js_iovec *local_iov,
			 unsigned long liovcnt,
			 const struct js_iovec *remote_iov,
			 unsigned long riovcnt, unsigned long flags);
long js_process_vm_writev(int pid, const struct js_iovec *local_iov,
			  unsigned long liovcnt,
			  const struct js_iovec *remote_iov,
			  unsigned long riovcnt, unsigned long flags);

/* process_madvise(2) (Linux 5.10): madvise advice (JS_MADV_COLD,
 * JS_MADV_PAGEOUT, JS_MADV_WILLNEED, JS_MADV_COLLAPSE) on vlen ranges of
 * the process behind pidfd; returns the bytes advised.  flags must be 0. */
long js_process_madvise(int pidfd, const struct js_iovec *iovec, size_t vlen,
			int advice, unsigned int flags);
/* process_mrelease(2) (Linux 5.15): frees the memory of a process that
 * has been killed (SIGKILL) and not yet reaped, behind pidfd; -JS_EINVAL
 * while it still runs.  flags must be 0. */
long js_process_mrelease(int pidfd, unsigned int flags);

/* sysinfo(2): uptime, loads, memory and process counts.  Memory figures
 * are in units of mem_unit bytes; loads are fixed point with 16 fraction
 * bits (JS_SI_LOAD_SHIFT). */
struct js_sysinfo {
	long uptime;		/* seconds since boot */
	unsigned long loads[3];	/* 1, 5 and 15 minute load averages */
	unsigned long totalram;
	unsigned long freeram;
	unsigned long sharedram;
	unsigned long bufferram;
	unsigned long totalswap;
	unsigned long freeswap;
	unsigned short procs;	/* number of tasks */
	unsigned short pad;
	unsigned long totalhigh;
	unsigned long freehigh;
	unsigned int mem_unit;
	/* The kernel's _f[20 - 2 * sizeof(long) - sizeof(int)] is empty on
	 * 64-bit architectures: the struct ends here, with padding. */
};
#define JS_SI_LOAD_SHIFT 16
long js_sysinfo(struct js_sysinfo *info);

/* syslog(2), glibc's klogctl: the kernel log buffer.  js_syslog(type,
 * buf, len) with a JS_SYSLOG_ACTION_*: READ waits for and reads new
 * messages, READ_ALL reads what is still in the buffer, READ_CLEAR reads
 * and clears, SIZE_UNREAD / SIZE_BUFFER return sizes; CONSOLE_LEVEL takes
 * the level in len.  Reading needs CAP_SYSLOG (or CAP_SYS_ADMIN), unless
 * /proc/sys/kernel/dmesg_restrict is 0 for READ_ALL and SIZE_BUFFER.  Not
 * syslog(3), which writes to the system logger: libjs has none. */
#define JS_SYSLOG_ACTION_CLOSE         0
#define JS_SYSLOG_ACTION_OPEN          1
#define JS_SYSLOG_ACTION_READ          2
#define JS_SYSLOG_ACTION_READ_ALL      3
#define JS_SYSLOG_ACTION_READ_CLEAR    4
#define JS_SYSLOG_ACTION_CLEAR         5
#define JS_SYSLOG_ACTION_CONSOLE_OFF   6
#define JS_SYSLOG_ACTION_CONSOLE_ON    7
#define JS_SYSLOG_ACTION_CONSOLE_LEVEL 8
#define JS_SYSLOG_ACTION_SIZE_UNREAD   9
#define JS_SYSLOG_ACTION_SIZE_BUFFER   10
long js_syslog(int type, char *buf, int len);

/* vhangup(2): hangs up the calling process's controlling terminal (as if
 * the line dropped), so that every other opener loses it.  Needs
 * CAP_SYS_TTY_CONFIG (-JS_EPERM); 0 with no controlling terminal. */
long js_vhangup(void);

/* The LSM calls (Linux 6.8): the calling process's attributes under each
 * active security module, and the list of modules.
 * js_lsm_list_modules fills ids with the JS_LSM_ID_* of the active modules
 * and returns their count; *size is the room in ids in bytes, and on
 * return (or -JS_E2BIG) the bytes needed.
 * js_lsm_get_self_attr fills ctx with one struct js_lsm_ctx per module
 * that has attribute attr (JS_LSM_ATTR_*), returning their count; *size as
 * above.  With JS_LSM_FLAG_SINGLE, only module ctx->id's.
 * js_lsm_set_self_attr sets one module's attribute from ctx (size bytes);
 * flags must be 0.  Each struct js_lsm_ctx is len bytes long: the header,
 * then ctx_len bytes of value (usually a NUL-terminated string), padded. */
struct js_lsm_ctx {
	uint64_t id;		/* JS_LSM_ID_* */
	uint64_t flags;
	uint64_t len;		/* of this entry, with ctx and padding */
	uint64_t ctx_len;
	/* followed by unsigned char ctx[ctx_len] */
};
#define JS_LSM_ID_UNDEF      0
#define JS_LSM_ID_CAPABILITY 100
#define JS_LSM_ID_SELINUX    101
#define JS_LSM_ID_SMACK      102
#define JS_LSM_ID_TOMOYO     103
#define JS_LSM_ID_APPARMOR   104
#define JS_LSM_ID_YAMA       105
#define JS_LSM_ID_LOADPIN    106
#define JS_LSM_ID_SAFESETID  107
#define JS_LSM_ID_LOCKDOWN   108
#define JS_LSM_ID_BPF        109
#define JS_LSM_ID_LANDLOCK   110
#define JS_LSM_ID_IMA        111	/* 6.9 */
#define JS_LSM_ID_EVM        112	/* 6.9 */
#define JS_LSM_ID_IPE        113	/* 6.12 */
#define JS_LSM_ATTR_UNDEF      0
#define JS_LSM_ATTR_CURRENT    100
#define JS_LSM_ATTR_EXEC       101
#define JS_LSM_ATTR_FSCREATE   102
#define JS_LSM_ATTR_KEYCREATE  103
#define JS_LSM_ATTR_PREV       104
#define JS_LSM_ATTR_SOCKCREATE 105
#define JS_LSM_FLAG_SINGLE     0x0001
long js_lsm_get_self_attr(unsigned int attr, struct js_lsm_ctx *ctx,
			  uint32_t *size, uint32_t flags);
long js_lsm_set_self_attr(unsigned int attr, const struct js_lsm_ctx *ctx,
			  uint32_t size, uint32_t flags);
long js_lsm_list_modules(uint64_t *ids, uint32_t *size, uint32_t flags);
/* ==== end of the coverage branch's block ============================== */


#ifdef __cplusplus
}
#endif

#endif
