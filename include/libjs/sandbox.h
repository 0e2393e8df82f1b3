/* Sandboxing: seccomp filters (seccomp(2), classic BPF), Landlock
 * (landlock(7)) and capabilities (capabilities(7)), with the helpers that
 * build and install a system-call filter, fit a Landlock ruleset to the
 * running kernel, and drop capabilities in the order that leaves none
 * behind.  docs/sandbox.md is the guide; every layout here is proven
 * against linux/filter.h, linux/seccomp.h, linux/audit.h,
 * linux/landlock.h and linux/capability.h on each architecture
 * (tests/host/test_sandbox_layout_kernel.c,
 * tests/sh/test_sandbox_arch_layout.sh). */
#ifndef LIBJS_SANDBOX_H
#define LIBJS_SANDBOX_H

#include <stddef.h>
#include "sys.h"
#include "bpf_common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Classic BPF (linux/bpf_common.h, linux/filter.h) ---- */

/* One instruction: opcode, jump offsets when true/false, constant. */
struct js_sock_filter {
	unsigned short code;
	unsigned char jt;
	unsigned char jf;
	unsigned int k;
};

/* A program, as SECCOMP_SET_MODE_FILTER and SO_ATTACH_FILTER take it. */
struct js_sock_fprog {
	unsigned short len;
	struct js_sock_filter *filter;
};

/* The classic-BPF opcodes: bpf_common.h (shared with eBPF, kern.h). */

/* Initializers, as the kernel's BPF_STMT/BPF_JUMP:
 *   struct js_sock_filter f[] = { JS_BPF_STMT(JS_BPF_RET | JS_BPF_K, 0) }; */
#define JS_BPF_STMT(code, k)                                                   \
	{ (unsigned short)(code), 0, 0, (unsigned int)(k) }
#define JS_BPF_JUMP(code, k, jt, jf)                                           \
	{ (unsigned short)(code), (unsigned char)(jt), (unsigned char)(jf),    \
	  (unsigned int)(k) }

/* ---- seccomp (linux/seccomp.h, seccomp(2), seccomp_unotify(2)) ---- */

/* prctl(PR_GET_SECCOMP) answers, /proc/PID/status Seccomp: */
#define JS_SECCOMP_MODE_DISABLED 0
#define JS_SECCOMP_MODE_STRICT   1
#define JS_SECCOMP_MODE_FILTER   2

/* Operations. */
#define JS_SECCOMP_SET_MODE_STRICT  0
#define JS_SECCOMP_SET_MODE_FILTER  1
#define JS_SECCOMP_GET_ACTION_AVAIL 2
#define JS_SECCOMP_GET_NOTIF_SIZES  3

/* SECCOMP_SET_MODE_FILTER flags. */
#define JS_SECCOMP_FILTER_FLAG_TSYNC              (1u << 0)
#define JS_SECCOMP_FILTER_FLAG_LOG                (1u << 1)
#define JS_SECCOMP_FILTER_FLAG_SPEC_ALLOW         (1u << 2)
#define JS_SECCOMP_FILTER_FLAG_NEW_LISTENER       (1u << 3)
#define JS_SECCOMP_FILTER_FLAG_TSYNC_ESRCH        (1u << 4)
#define JS_SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV (1u << 5)

/* What a filter returns: an action in the high 16 bits (the most
 * restrictive of all installed filters wins), data in the low 16. */
#define JS_SECCOMP_RET_KILL_PROCESS 0x80000000u
#define JS_SECCOMP_RET_KILL_THREAD  0x00000000u
#define JS_SECCOMP_RET_KILL         JS_SECCOMP_RET_KILL_THREAD
#define JS_SECCOMP_RET_TRAP         0x00030000u
#define JS_SECCOMP_RET_ERRNO        0x00050000u
#define JS_SECCOMP_RET_USER_NOTIF   0x7fc00000u
#define JS_SECCOMP_RET_TRACE        0x7ff00000u
#define JS_SECCOMP_RET_LOG          0x7ffc0000u
#define JS_SECCOMP_RET_ALLOW        0x7fff0000u
#define JS_SECCOMP_RET_ACTION_FULL  0xffff0000u
#define JS_SECCOMP_RET_ACTION       0x7fff0000u
#define JS_SECCOMP_RET_DATA         0x0000ffffu

/* What a filter reads (the BPF "packet"): offsets with JS_BPF_ABS loads. */
struct js_seccomp_data {
	int nr;
	unsigned int arch;
	unsigned long long instruction_pointer;
	unsigned long long args[6];
};

struct js_seccomp_notif_sizes {
	unsigned short seccomp_notif;
	unsigned short seccomp_notif_resp;
	unsigned short seccomp_data;
};

/* SECCOMP_IOCTL_NOTIF_RECV fills it (zero it first: the kernel insists). */
struct js_seccomp_notif {
	unsigned long long id;
	unsigned int pid;
	unsigned int flags;
	struct js_seccomp_data data;
};

#define JS_SECCOMP_USER_NOTIF_FLAG_CONTINUE (1u << 0)

struct js_seccomp_notif_resp {
	unsigned long long id;
	long long val;
	int error;
	unsigned int flags;
};

#define JS_SECCOMP_USER_NOTIF_FD_SYNC_WAKE_UP (1u << 0)

#define JS_SECCOMP_ADDFD_FLAG_SETFD (1u << 0)
#define JS_SECCOMP_ADDFD_FLAG_SEND  (1u << 1)

struct js_seccomp_notif_addfd {
	unsigned long long id;
	unsigned int flags;
	unsigned int srcfd;
	unsigned int newfd;
	unsigned int newfd_flags;
};

/* The notification fd's ioctl requests: _IOWR/_IOW('!', nr, type) in the
 * asm-generic encoding all three architectures use (dir << 30 | size <<
 * 16 | '!' << 8 | nr; read = 2, write = 1). */
#define JS__SECCOMP_IOC(dir, nr, size)                                         \
	((unsigned long)(((unsigned long)(dir) << 30) |                        \
			 ((unsigned long)(size) << 16) | (0x21ul << 8) | (nr)))
#define JS_SECCOMP_IOCTL_NOTIF_RECV                                            \
	JS__SECCOMP_IOC(3, 0, sizeof(struct js_seccomp_notif))
#define JS_SECCOMP_IOCTL_NOTIF_SEND                                            \
	JS__SECCOMP_IOC(3, 1, sizeof(struct js_seccomp_notif_resp))
#define JS_SECCOMP_IOCTL_NOTIF_ID_VALID                                        \
	JS__SECCOMP_IOC(1, 2, sizeof(unsigned long long))
#define JS_SECCOMP_IOCTL_NOTIF_ADDFD                                           \
	JS__SECCOMP_IOC(1, 3, sizeof(struct js_seccomp_notif_addfd))
#define JS_SECCOMP_IOCTL_NOTIF_SET_FLAGS                                       \
	JS__SECCOMP_IOC(1, 4, sizeof(unsigned long long))

/* linux/audit.h: seccomp_data.arch for each ABI (EM_* | 64-bit |
 * little-endian).  JS_AUDIT_ARCH (arch/<arch>/sandbox.h) is the build's. */
#define JS__AUDIT_ARCH_64BIT 0x80000000u
#define JS__AUDIT_ARCH_LE    0x40000000u
#define JS_AUDIT_ARCH_I386    (3u | JS__AUDIT_ARCH_LE)
#define JS_AUDIT_ARCH_X86_64  (62u | JS__AUDIT_ARCH_64BIT | JS__AUDIT_ARCH_LE)
#define JS_AUDIT_ARCH_ARM     (40u | JS__AUDIT_ARCH_LE)
#define JS_AUDIT_ARCH_AARCH64 (183u | JS__AUDIT_ARCH_64BIT | JS__AUDIT_ARCH_LE)
#define JS_AUDIT_ARCH_RISCV32 (243u | JS__AUDIT_ARCH_LE)
#define JS_AUDIT_ARCH_RISCV64 (243u | JS__AUDIT_ARCH_64BIT | JS__AUDIT_ARCH_LE)

/* seccomp(2). */
long js_seccomp(unsigned int operation, unsigned int flags, void *args);

/* The filter builder.  Writes into prog (room for cap instructions) a
 * program that kills the process for a call of any other ABI (seccomp_data
 * .arch != JS_AUDIT_ARCH, and on x86_64 an x32 number: the x32 bit set,
 * the sign bit clear), then
 * answers `action` for the numbers in nrs[0..n) and `default_action` for
 * all others, finding the number by binary search: about log2(n) + 6
 * instructions run per call, whatever n.  nrs is sorted in place and its
 * duplicates ignored.  Allow-list: action JS_SECCOMP_RET_ALLOW, default a
 * kill or JS_SECCOMP_RET_ERRNO | JS_ENOSYS; deny-list: the reverse.
 * Returns the program's length, or -JS_ENOSPC (cap too small; at most
 * JS_SECCOMP_BUILD_MAX(n) is needed), -JS_EINVAL (n > 4000, or a number
 * with the sign or the x32 bit). */
long js_seccomp_build(struct js_sock_filter *prog, size_t cap,
		      unsigned int *nrs, size_t n, unsigned int action,
		      unsigned int default_action);
#define JS_SECCOMP_BUILD_MAX(n) (9 + 3 * (size_t)(n))

/* Installs prog[0..len) for this thread (for all threads with
 * JS_SECCOMP_FILTER_FLAG_TSYNC; other seccomp flags pass through).  It
 * first sets no_new_privs, which lets an unprivileged process install a
 * filter, unless flags holds JS_SECCOMP_INSTALL_KEEP_PRIVS: then the
 * process must have CAP_SYS_ADMIN (else -JS_EACCES, checked with capget
 * first, as the kernel would answer).  Returns seccomp(2)'s result: 0, a
 * notification fd with NEW_LISTENER, or the TSYNC failure's thread id. */
#define JS_SECCOMP_INSTALL_KEEP_PRIVS (1u << 31)
long js_seccomp_install(const struct js_sock_filter *prog, size_t len,
			unsigned int flags);

/* ---- The link-time system-call set (libjs-cc --sandbox) ---- */

/* Adds system call nr to the set of the program that links the function
 * this statement is in.  Every libjs wrapper records its own call this
 * way (src/call.h); a program calling js_syscall with a number that is not
 * a compile-time constant names the calls it may make with it:
 *
 *   long raw(long nr) { JS_SANDBOX_ALLOW(JS_NR_getppid); return js_syscall(nr); }
 *
 * The record is 4 bytes in section js_syscalls, linked to the section of
 * the function around it (SHF_LINK_ORDER), so the linker keeps it exactly
 * when it keeps that function (--gc-sections drops both together).  It
 * emits no instruction.  A number the compiler cannot prove constant is
 * recorded as -1, a constant of 1024 or more (no system call) as -2; the
 * filter and libjs-syscalls skip both.
 * docs/sandbox.md. */
#define JS_SANDBOX_ALLOW(nr) JS__SC_RECORD(nr)

/* ---- Landlock (linux/landlock.h, landlock(7)) ---- */

struct js_landlock_ruleset_attr {
	unsigned long long handled_access_fs;
	unsigned long long handled_access_net; /* ABI 4 */
	unsigned long long scoped;             /* ABI 6 */
};

#define JS_LANDLOCK_CREATE_RULESET_VERSION (1u << 0)
#define JS_LANDLOCK_CREATE_RULESET_ERRATA  (1u << 1)

#define JS_LANDLOCK_RULE_PATH_BENEATH 1
#define JS_LANDLOCK_RULE_NET_PORT     2 /* ABI 4 */

/* Packed, as the kernel's: 12 bytes. */
struct js_landlock_path_beneath_attr {
	unsigned long long allowed_access;
	int parent_fd;
} __attribute__((packed));

struct js_landlock_net_port_attr {
	unsigned long long allowed_access;
	unsigned long long port;
};

/* Filesystem rights, with the ABI version that introduced each. */
#define JS_LANDLOCK_ACCESS_FS_EXECUTE     (1ull << 0)
#define JS_LANDLOCK_ACCESS_FS_WRITE_FILE  (1ull << 1)
#define JS_LANDLOCK_ACCESS_FS_READ_FILE   (1ull << 2)
#define JS_LANDLOCK_ACCESS_FS_READ_DIR    (1ull << 3)
#define JS_LANDLOCK_ACCESS_FS_REMOVE_DIR  (1ull << 4)
#define JS_LANDLOCK_ACCESS_FS_REMOVE_FILE (1ull << 5)
#define JS_LANDLOCK_ACCESS_FS_MAKE_CHAR   (1ull << 6)
#define JS_LANDLOCK_ACCESS_FS_MAKE_DIR    (1ull << 7)
#define JS_LANDLOCK_ACCESS_FS_MAKE_REG    (1ull << 8)
#define JS_LANDLOCK_ACCESS_FS_MAKE_SOCK   (1ull << 9)
#define JS_LANDLOCK_ACCESS_FS_MAKE_FIFO   (1ull << 10)
#define JS_LANDLOCK_ACCESS_FS_MAKE_BLOCK  (1ull << 11)
#define JS_LANDLOCK_ACCESS_FS_MAKE_SYM    (1ull << 12)
#define JS_LANDLOCK_ACCESS_FS_REFER       (1ull << 13) /* ABI 2 */
#define JS_LANDLOCK_ACCESS_FS_TRUNCATE    (1ull << 14) /* ABI 3 */
#define JS_LANDLOCK_ACCESS_FS_IOCTL_DEV   (1ull << 15) /* ABI 5 */

/* Network rights (ABI 4). */
#define JS_LANDLOCK_ACCESS_NET_BIND_TCP    (1ull << 0)
#define JS_LANDLOCK_ACCESS_NET_CONNECT_TCP (1ull << 1)

/* Scopes (ABI 6). */
#define JS_LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET (1ull << 0)
#define JS_LANDLOCK_SCOPE_SIGNAL               (1ull << 1)

/* landlock_restrict_self flags (ABI 7). */
#define JS_LANDLOCK_RESTRICT_SELF_LOG_SAME_EXEC_OFF  (1u << 0)
#define JS_LANDLOCK_RESTRICT_SELF_LOG_NEW_EXEC_ON    (1u << 1)
#define JS_LANDLOCK_RESTRICT_SELF_LOG_SUBDOMAINS_OFF (1u << 2)

/* The newest ABI these constants describe. */
#define JS_LANDLOCK_ABI_LAST 7

long js_landlock_create_ruleset(const struct js_landlock_ruleset_attr *attr,
				size_t size, unsigned int flags);
long js_landlock_add_rule(int ruleset_fd, int rule_type,
			  const void *rule_attr, unsigned int flags);
long js_landlock_restrict_self(int ruleset_fd, unsigned int flags);

/* The running kernel's Landlock ABI version (>= 1), or -JS_ENOSYS /
 * -JS_EOPNOTSUPP when Landlock is not built in or not enabled. */
long js_landlock_abi(void);
/* The rights, scopes and restrict_self flags ABI version abi knows (0 for
 * abi < 1; everything libjs knows for abi > JS_LANDLOCK_ABI_LAST). */
unsigned long long js_landlock_fs_rights(long abi);
unsigned long long js_landlock_net_rights(long abi);
unsigned long long js_landlock_scopes(long abi);
unsigned int js_landlock_restrict_flags(long abi);
/* Best effort, as landlock(7) shows: removes from attr what ABI version
 * abi does not know, so one binary runs on older kernels and enforces what
 * they can.  A rule's allowed_access must then be masked with the
 * attribute's handled rights (js_landlock_add_rule answers -JS_EINVAL to a
 * right the ruleset does not handle). */
void js_landlock_fit(struct js_landlock_ruleset_attr *attr, long abi);

/* ---- Capabilities (linux/capability.h, capget(2), capabilities(7)) ---- */

#define JS_LINUX_CAPABILITY_VERSION_1 0x19980330u
#define JS_LINUX_CAPABILITY_U32S_1    1
#define JS_LINUX_CAPABILITY_VERSION_2 0x20071026u
#define JS_LINUX_CAPABILITY_U32S_2    2
#define JS_LINUX_CAPABILITY_VERSION_3 0x20080522u
#define JS_LINUX_CAPABILITY_U32S_3    2

struct js_user_cap_header_struct {
	unsigned int version;
	int pid;
};

/* Version 3 takes two of these: [0] for capabilities 0-31, [1] for 32-63. */
struct js_user_cap_data_struct {
	unsigned int effective;
	unsigned int permitted;
	unsigned int inheritable;
};

#define JS_CAP_TO_INDEX(c) ((c) >> 5)
#define JS_CAP_TO_MASK(c)  (1u << ((c) & 31))

#define JS_CAP_CHOWN              0
#define JS_CAP_DAC_OVERRIDE       1
#define JS_CAP_DAC_READ_SEARCH    2
#define JS_CAP_FOWNER             3
#define JS_CAP_FSETID             4
#define JS_CAP_KILL               5
#define JS_CAP_SETGID             6
#define JS_CAP_SETUID             7
#define JS_CAP_SETPCAP            8
#define JS_CAP_LINUX_IMMUTABLE    9
#define JS_CAP_NET_BIND_SERVICE   10
#define JS_CAP_NET_BROADCAST      11
#define JS_CAP_NET_ADMIN          12
#define JS_CAP_NET_RAW            13
#define JS_CAP_IPC_LOCK           14
#define JS_CAP_IPC_OWNER          15
#define JS_CAP_SYS_MODULE         16
#define JS_CAP_SYS_RAWIO          17
#define JS_CAP_SYS_CHROOT         18
#define JS_CAP_SYS_PTRACE         19
#define JS_CAP_SYS_PACCT          20
#define JS_CAP_SYS_ADMIN          21
#define JS_CAP_SYS_BOOT           22
#define JS_CAP_SYS_NICE           23
#define JS_CAP_SYS_RESOURCE       24
#define JS_CAP_SYS_TIME           25
#define JS_CAP_SYS_TTY_CONFIG     26
#define JS_CAP_MKNOD              27
#define JS_CAP_LEASE              28
#define JS_CAP_AUDIT_WRITE        29
#define JS_CAP_AUDIT_CONTROL      30
#define JS_CAP_SETFCAP            31
#define JS_CAP_MAC_OVERRIDE       32
#define JS_CAP_MAC_ADMIN          33
#define JS_CAP_SYSLOG             34
#define JS_CAP_WAKE_ALARM         35
#define JS_CAP_BLOCK_SUSPEND      36
#define JS_CAP_AUDIT_READ         37
#define JS_CAP_PERFMON            38
#define JS_CAP_BPF                39
#define JS_CAP_CHECKPOINT_RESTORE 40
#define JS_CAP_LAST_CAP           JS_CAP_CHECKPOINT_RESTORE
#define JS_CAP_VALID(c)           ((c) >= 0 && (c) <= JS_CAP_LAST_CAP)

/* prctl(2) options for the ambient set (linux/prctl.h); the bounding
 * set's PR_CAPBSET_READ/DROP and PR_SET_NO_NEW_PRIVS are in proc.h. */
#define JS_PR_CAP_AMBIENT           47
#define JS_PR_CAP_AMBIENT_IS_SET    1
#define JS_PR_CAP_AMBIENT_RAISE     2
#define JS_PR_CAP_AMBIENT_LOWER     3
#define JS_PR_CAP_AMBIENT_CLEAR_ALL 4

long js_capget(struct js_user_cap_header_struct *hdrp,
	       struct js_user_cap_data_struct *datap);
long js_capset(struct js_user_cap_header_struct *hdrp,
	       const struct js_user_cap_data_struct *datap);

/* Removes cap from the bounding set (needs CAP_SETPCAP): no later execve
 * can grant it. */
long js_cap_bound_drop(int cap);
/* Empties the ambient set. */
long js_cap_ambient_clear(void);
/* Drops every capability, in the order that leaves none behind (as
 * bubblewrap and libcap do): the ambient set first (it would be
 * recomputed from the others at the next execve), then the bounding set
 * while CAP_SETPCAP still allows it (skipped, as it must be, by a process
 * that lacks CAP_SETPCAP: no_new_privs then keeps execve from granting
 * anything), then effective, permitted and inheritable together with one
 * capset.  0, or the first failure's -errno. */
long js_cap_drop_all(void);

#ifdef __cplusplus
}
#endif

#endif
