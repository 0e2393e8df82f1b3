/* Kernel tools: ptrace, kexec, kernel modules, userfaultfd, perf events
 * and bpf.  Every call returns the kernel's raw result (>= 0 success,
 * -errno failure); the man page named for each is the reference, the UAPI
 * header named for each group the source of its constants and layouts
 * (proven in tests/host/test_kern_layout_kernel.c and, on every
 * architecture, tests/sh/test_kernmem_arch_layout.sh).  docs/kern.md is
 * the guide.  Each architecture's register set for PTRACE_GETREGSET
 * (struct js_user_regs) is in include/libjs/arch/<arch>/kern.h. */
#ifndef LIBJS_KERN_H
#define LIBJS_KERN_H

#include "sys.h"
#include "types.h"
#include "bpf_common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ioctl request numbers as include/uapi/asm-generic/ioctl.h builds them
 * (the encoding x86_64, aarch64 and riscv64 share): direction in bits
 * 30-31 (1 write, 2 read), argument size in 16-29, type 8-15, number 0-7. */
#define JS__KIOC(dir, type, nr, size)                                          \
	(((unsigned long)(dir) << 30) | ((unsigned long)(size) << 16) |        \
	 ((unsigned long)(type) << 8) | (unsigned long)(nr))

/* ==== ptrace(2): include/uapi/linux/ptrace.h ========================= */

#define JS_PTRACE_TRACEME                      0x0
#define JS_PTRACE_PEEKTEXT                     0x1
#define JS_PTRACE_PEEKDATA                     0x2
#define JS_PTRACE_PEEKUSR                      0x3
#define JS_PTRACE_POKETEXT                     0x4
#define JS_PTRACE_POKEDATA                     0x5
#define JS_PTRACE_POKEUSR                      0x6
#define JS_PTRACE_CONT                         0x7
#define JS_PTRACE_KILL                         0x8
#define JS_PTRACE_SINGLESTEP                   0x9
#define JS_PTRACE_ATTACH                       0x10
#define JS_PTRACE_DETACH                       0x11
#define JS_PTRACE_SYSCALL                      0x18
#define JS_PTRACE_SETOPTIONS                   0x4200
#define JS_PTRACE_GETEVENTMSG                  0x4201
#define JS_PTRACE_GETSIGINFO                   0x4202
#define JS_PTRACE_SETSIGINFO                   0x4203
#define JS_PTRACE_GETREGSET                    0x4204
#define JS_PTRACE_SETREGSET                    0x4205
#define JS_PTRACE_SEIZE                        0x4206
#define JS_PTRACE_INTERRUPT                    0x4207
#define JS_PTRACE_LISTEN                       0x4208
#define JS_PTRACE_PEEKSIGINFO                  0x4209
#define JS_PTRACE_GETSIGMASK                   0x420a
#define JS_PTRACE_SETSIGMASK                   0x420b
#define JS_PTRACE_SECCOMP_GET_FILTER           0x420c
#define JS_PTRACE_SECCOMP_GET_METADATA         0x420d
#define JS_PTRACE_GET_SYSCALL_INFO             0x420e
#define JS_PTRACE_SYSCALL_INFO_NONE            0x0
#define JS_PTRACE_SYSCALL_INFO_ENTRY           0x1
#define JS_PTRACE_SYSCALL_INFO_EXIT            0x2
#define JS_PTRACE_SYSCALL_INFO_SECCOMP         0x3
#define JS_PTRACE_GET_RSEQ_CONFIGURATION       0x420f
#define JS_PTRACE_EVENTMSG_SYSCALL_ENTRY       0x1
#define JS_PTRACE_EVENTMSG_SYSCALL_EXIT        0x2
#define JS_PTRACE_PEEKSIGINFO_SHARED           0x1
#define JS_PTRACE_EVENT_FORK                   0x1
#define JS_PTRACE_EVENT_VFORK                  0x2
#define JS_PTRACE_EVENT_CLONE                  0x3
#define JS_PTRACE_EVENT_EXEC                   0x4
#define JS_PTRACE_EVENT_VFORK_DONE             0x5
#define JS_PTRACE_EVENT_EXIT                   0x6
#define JS_PTRACE_EVENT_SECCOMP                0x7
#define JS_PTRACE_EVENT_STOP                   0x80
#define JS_PTRACE_O_TRACESYSGOOD               0x1
#define JS_PTRACE_O_TRACEFORK                  0x2
#define JS_PTRACE_O_TRACEVFORK                 0x4
#define JS_PTRACE_O_TRACECLONE                 0x8
#define JS_PTRACE_O_TRACEEXEC                  0x10
#define JS_PTRACE_O_TRACEVFORKDONE             0x20
#define JS_PTRACE_O_TRACEEXIT                  0x40
#define JS_PTRACE_O_TRACESECCOMP               0x80
#define JS_PTRACE_O_EXITKILL                   0x100000
#define JS_PTRACE_O_SUSPEND_SECCOMP            0x200000
#define JS_PTRACE_O_MASK                                                       \
	(0x000000ff | JS_PTRACE_O_EXITKILL | JS_PTRACE_O_SUSPEND_SECCOMP)
/* glibc's spelling of PEEKUSR/POKEUSR (sys/ptrace.h) */
#define JS_PTRACE_PEEKUSER JS_PTRACE_PEEKUSR
#define JS_PTRACE_POKEUSER JS_PTRACE_POKEUSR

/* PTRACE_GETREGSET/SETREGSET note types (include/uapi/linux/elf.h): the
 * general registers (struct js_user_regs) and the floating-point ones. */
#define JS_NT_PRSTATUS 1
#define JS_NT_PRFPREG  2

/* ptrace(2): the raw system call.  Unlike glibc, PTRACE_PEEKTEXT,
 * PTRACE_PEEKDATA and PTRACE_PEEKUSER store the word read through data
 * (a long *) and return 0, so that a word equal to -1 is never confused
 * with an error; every request returns 0 or -errno (PTRACE_GETREGSET:
 * data is a struct js_iovec whose iov_len the kernel sets to the bytes
 * written). */
long js_ptrace(long request, int pid, void *addr, void *data);

/* ==== kexec_load(2), kexec_file_load(2): include/uapi/linux/kexec.h == */

#define JS_KEXEC_ON_CRASH                      0x1
#define JS_KEXEC_PRESERVE_CONTEXT              0x2
#define JS_KEXEC_ARCH_MASK                     0xffff0000
#define JS_KEXEC_FILE_UNLOAD                   0x1
#define JS_KEXEC_FILE_ON_CRASH                 0x2
#define JS_KEXEC_FILE_NO_INITRAMFS             0x4
#define JS_KEXEC_ARCH_DEFAULT                  0x0
#define JS_KEXEC_ARCH_386                      0x30000
#define JS_KEXEC_ARCH_68K                      0x40000
#define JS_KEXEC_ARCH_PARISC                   0xf0000
#define JS_KEXEC_ARCH_X86_64                   0x3e0000
#define JS_KEXEC_ARCH_PPC                      0x140000
#define JS_KEXEC_ARCH_PPC64                    0x150000
#define JS_KEXEC_ARCH_IA_64                    0x320000
#define JS_KEXEC_ARCH_ARM                      0x280000
#define JS_KEXEC_ARCH_S390                     0x160000
#define JS_KEXEC_ARCH_SH                       0x2a0000
#define JS_KEXEC_ARCH_MIPS_LE                  0xa0000
#define JS_KEXEC_ARCH_MIPS                     0x80000
#define JS_KEXEC_ARCH_AARCH64                  0xb70000
#define JS_KEXEC_ARCH_RISCV                    0xf30000
#define JS_KEXEC_ARCH_LOONGARCH                0x1020000
#define JS_KEXEC_SEGMENT_MAX                   0x10

/* struct kexec_segment: one piece of the new kernel's image. */
struct js_kexec_segment {
	const void *buf;
	size_t bufsz;
	const void *mem;
	size_t memsz;
};

long js_kexec_load(unsigned long entry, unsigned long nr_segments,
		   struct js_kexec_segment *segments, unsigned long flags);
/* kexec_file_load(2): every architecture libjs supports has it; a kernel
 * built without CONFIG_KEXEC_FILE answers -JS_ENOSYS. */
long js_kexec_file_load(int kernel_fd, int initrd_fd, unsigned long cmdline_len,
			const char *cmdline, unsigned long flags);

/* ==== init_module(2), finit_module(2), delete_module(2):
 * include/uapi/linux/module.h ======================================== */

#define JS_MODULE_INIT_IGNORE_MODVERSIONS      0x1
#define JS_MODULE_INIT_IGNORE_VERMAGIC         0x2
#define JS_MODULE_INIT_COMPRESSED_FILE         0x4
/* delete_module(2)'s flags are open(2)'s: JS_O_NONBLOCK (fail with
 * EWOULDBLOCK instead of waiting for users to go) and JS_O_TRUNC (force,
 * CONFIG_MODULE_FORCE_UNLOAD), fs.h. */

long js_init_module(const void *module_image, unsigned long len,
		    const char *param_values);
long js_finit_module(int fd, const char *param_values, int flags);
long js_delete_module(const char *name, unsigned int flags);

/* ==== userfaultfd(2): include/uapi/linux/userfaultfd.h ============== */

#define JS_UFFD_API                            0xaa
#define JS_UFFD_EVENT_PAGEFAULT                0x12
#define JS_UFFD_EVENT_FORK                     0x13
#define JS_UFFD_EVENT_REMAP                    0x14
#define JS_UFFD_EVENT_REMOVE                   0x15
#define JS_UFFD_EVENT_UNMAP                    0x16
#define JS_UFFD_PAGEFAULT_FLAG_WRITE           0x1
#define JS_UFFD_PAGEFAULT_FLAG_WP              0x2
#define JS_UFFD_PAGEFAULT_FLAG_MINOR           0x4
#define JS_UFFD_FEATURE_PAGEFAULT_FLAG_WP      0x1
#define JS_UFFD_FEATURE_EVENT_FORK             0x2
#define JS_UFFD_FEATURE_EVENT_REMAP            0x4
#define JS_UFFD_FEATURE_EVENT_REMOVE           0x8
#define JS_UFFD_FEATURE_MISSING_HUGETLBFS      0x10
#define JS_UFFD_FEATURE_MISSING_SHMEM          0x20
#define JS_UFFD_FEATURE_EVENT_UNMAP            0x40
#define JS_UFFD_FEATURE_SIGBUS                 0x80
#define JS_UFFD_FEATURE_THREAD_ID              0x100
#define JS_UFFD_FEATURE_MINOR_HUGETLBFS        0x200
#define JS_UFFD_FEATURE_MINOR_SHMEM            0x400
#define JS_UFFD_FEATURE_EXACT_ADDRESS          0x800
#define JS_UFFD_FEATURE_WP_HUGETLBFS_SHMEM     0x1000
#define JS_UFFDIO_REGISTER_MODE_MISSING        0x1
#define JS_UFFDIO_REGISTER_MODE_WP             0x2
#define JS_UFFDIO_REGISTER_MODE_MINOR          0x4
#define JS_UFFDIO_COPY_MODE_DONTWAKE           0x1
#define JS_UFFDIO_COPY_MODE_WP                 0x2
#define JS_UFFDIO_ZEROPAGE_MODE_DONTWAKE       0x1
#define JS_UFFDIO_WRITEPROTECT_MODE_WP         0x1
#define JS_UFFDIO_WRITEPROTECT_MODE_DONTWAKE   0x2
#define JS_UFFDIO_CONTINUE_MODE_DONTWAKE       0x1
#define JS_UFFD_USER_MODE_ONLY                 0x1
/* Newer than the Linux 6.1 headers the layout tests read (so checked on
 * the running kernel only): */
#define JS_UFFD_FEATURE_WP_UNPOPULATED          0x2000  /* 6.4 */
#define JS_UFFD_FEATURE_POISON                  0x4000  /* 6.6 */
#define JS_UFFD_FEATURE_WP_ASYNC                0x8000  /* 6.7 */
#define JS_UFFD_FEATURE_MOVE                    0x10000 /* 6.8 */
#define JS_UFFDIO_CONTINUE_MODE_WP              0x2     /* 6.4 */

struct js_uffdio_api {
	uint64_t api;		/* JS_UFFD_API */
	uint64_t features;	/* in: wanted, out: supported */
	uint64_t ioctls;	/* out: 1 << _UFFDIO_* available */
};
struct js_uffdio_range {
	uint64_t start;
	uint64_t len;
};
struct js_uffdio_register {
	struct js_uffdio_range range;
	uint64_t mode;		/* JS_UFFDIO_REGISTER_MODE_* */
	uint64_t ioctls;	/* out */
};
struct js_uffdio_copy {
	uint64_t dst;
	uint64_t src;
	uint64_t len;
	uint64_t mode;		/* JS_UFFDIO_COPY_MODE_* */
	int64_t copy;		/* out: bytes copied or -errno */
};
struct js_uffdio_zeropage {
	struct js_uffdio_range range;
	uint64_t mode;
	int64_t zeropage;	/* out */
};
struct js_uffdio_writeprotect {
	struct js_uffdio_range range;
	uint64_t mode;
};
struct js_uffdio_continue {
	struct js_uffdio_range range;
	uint64_t mode;
	int64_t mapped;		/* out */
};
/* struct uffd_msg: what read(2) on the fd returns, 32 bytes (the kernel
 * declares it packed; its natural layout already has no holes). */
struct js_uffd_msg {
	uint8_t event;		/* JS_UFFD_EVENT_* */
	uint8_t reserved1;
	uint16_t reserved2;
	uint32_t reserved3;
	union {
		struct {
			uint64_t flags;	/* JS_UFFD_PAGEFAULT_FLAG_* */
			uint64_t address;
			uint32_t ptid;	/* with JS_UFFD_FEATURE_THREAD_ID */
		} pagefault;
		struct {
			uint32_t ufd;
		} fork;
		struct {
			uint64_t from;
			uint64_t to;
			uint64_t len;
		} remap;
		struct {
			uint64_t start;
			uint64_t end;
		} remove;
		struct {
			uint64_t reserved1;
			uint64_t reserved2;
			uint64_t reserved3;
		} reserved;
	} arg;
};

/* The ioctl requests on a userfaultfd (bit numbers _UFFDIO_*). */
#define JS__UFFDIO_REGISTER     0x00
#define JS__UFFDIO_UNREGISTER   0x01
#define JS__UFFDIO_WAKE         0x02
#define JS__UFFDIO_COPY         0x03
#define JS__UFFDIO_ZEROPAGE     0x04
#define JS__UFFDIO_WRITEPROTECT 0x06
#define JS__UFFDIO_CONTINUE     0x07
#define JS__UFFDIO_API          0x3f
/* Direction 3 is _IOWR, 2 _IOR (the kernel's choice for these two). */
#define JS__UFFDIO(dir, nr, type) JS__KIOC(dir, 0xaa, nr, sizeof(struct type))
#define JS_UFFDIO_API          JS__UFFDIO(3, JS__UFFDIO_API, js_uffdio_api)
#define JS_UFFDIO_REGISTER     JS__UFFDIO(3, JS__UFFDIO_REGISTER, js_uffdio_register)
#define JS_UFFDIO_UNREGISTER   JS__UFFDIO(2, JS__UFFDIO_UNREGISTER, js_uffdio_range)
#define JS_UFFDIO_WAKE         JS__UFFDIO(2, JS__UFFDIO_WAKE, js_uffdio_range)
#define JS_UFFDIO_COPY         JS__UFFDIO(3, JS__UFFDIO_COPY, js_uffdio_copy)
#define JS_UFFDIO_ZEROPAGE     JS__UFFDIO(3, JS__UFFDIO_ZEROPAGE, js_uffdio_zeropage)
#define JS_UFFDIO_WRITEPROTECT                                                 \
	JS__UFFDIO(3, JS__UFFDIO_WRITEPROTECT, js_uffdio_writeprotect)
#define JS_UFFDIO_CONTINUE     JS__UFFDIO(3, JS__UFFDIO_CONTINUE, js_uffdio_continue)
/* Newer than 6.1 (the layouts of include/uapi/linux/userfaultfd.h of
 * 6.6 and 6.8; tested on the running kernel): UFFDIO_POISON marks a
 * range so that a fault there raises SIGBUS; UFFDIO_MOVE moves pages
 * into a registered range instead of copying them. */
#define JS__UFFDIO_MOVE   0x05
#define JS__UFFDIO_POISON 0x08
#define JS_UFFDIO_MOVE_MODE_DONTWAKE        0x1
#define JS_UFFDIO_MOVE_MODE_ALLOW_SRC_HOLES 0x2
#define JS_UFFDIO_POISON_MODE_DONTWAKE      0x1
struct js_uffdio_move {
	uint64_t dst;
	uint64_t src;
	uint64_t len;
	uint64_t mode;		/* JS_UFFDIO_MOVE_MODE_* */
	int64_t move;		/* out: bytes moved or -errno */
};
struct js_uffdio_poison {
	struct js_uffdio_range range;
	uint64_t mode;
	int64_t updated;	/* out */
};
#define JS_UFFDIO_MOVE   JS__UFFDIO(3, JS__UFFDIO_MOVE, js_uffdio_move)
#define JS_UFFDIO_POISON JS__UFFDIO(3, JS__UFFDIO_POISON, js_uffdio_poison)
/* /dev/userfaultfd's one request (Linux 6.1): a new userfaultfd. */
#define JS_USERFAULTFD_IOC_NEW JS__KIOC(0, 0xaa, 0x00, 0)

/* userfaultfd(2): flags are JS_O_CLOEXEC, JS_O_NONBLOCK (fs.h) and
 * JS_UFFD_USER_MODE_ONLY.  Then JS_UFFDIO_API through js_ioctl first. */
long js_userfaultfd(int flags);

/* ==== perf_event_open(2): include/uapi/linux/perf_event.h =========== */

/* enum perf_type_id */
#define JS_PERF_TYPE_HARDWARE                  0
#define JS_PERF_TYPE_SOFTWARE                  1
#define JS_PERF_TYPE_TRACEPOINT                2
#define JS_PERF_TYPE_HW_CACHE                  3
#define JS_PERF_TYPE_RAW                       4
#define JS_PERF_TYPE_BREAKPOINT                5
/* enum perf_hw_id (config for JS_PERF_TYPE_HARDWARE) */
#define JS_PERF_COUNT_HW_CPU_CYCLES            0
#define JS_PERF_COUNT_HW_INSTRUCTIONS          1
#define JS_PERF_COUNT_HW_CACHE_REFERENCES      2
#define JS_PERF_COUNT_HW_CACHE_MISSES          3
#define JS_PERF_COUNT_HW_BRANCH_INSTRUCTIONS   4
#define JS_PERF_COUNT_HW_BRANCH_MISSES         5
#define JS_PERF_COUNT_HW_BUS_CYCLES            6
#define JS_PERF_COUNT_HW_STALLED_CYCLES_FRONTEND 7
#define JS_PERF_COUNT_HW_STALLED_CYCLES_BACKEND 8
#define JS_PERF_COUNT_HW_REF_CPU_CYCLES        9
/* enum perf_hw_cache_id, _op_id, _op_result_id (JS_PERF_TYPE_HW_CACHE:
 * config = id | op << 8 | result << 16) */
#define JS_PERF_COUNT_HW_CACHE_L1D             0
#define JS_PERF_COUNT_HW_CACHE_L1I             1
#define JS_PERF_COUNT_HW_CACHE_LL              2
#define JS_PERF_COUNT_HW_CACHE_DTLB            3
#define JS_PERF_COUNT_HW_CACHE_ITLB            4
#define JS_PERF_COUNT_HW_CACHE_BPU             5
#define JS_PERF_COUNT_HW_CACHE_NODE            6
#define JS_PERF_COUNT_HW_CACHE_OP_READ         0
#define JS_PERF_COUNT_HW_CACHE_OP_WRITE        1
#define JS_PERF_COUNT_HW_CACHE_OP_PREFETCH     2
#define JS_PERF_COUNT_HW_CACHE_RESULT_ACCESS   0
#define JS_PERF_COUNT_HW_CACHE_RESULT_MISS     1
/* enum perf_sw_ids (config for JS_PERF_TYPE_SOFTWARE) */
#define JS_PERF_COUNT_SW_CPU_CLOCK             0
#define JS_PERF_COUNT_SW_TASK_CLOCK            1
#define JS_PERF_COUNT_SW_PAGE_FAULTS           2
#define JS_PERF_COUNT_SW_CONTEXT_SWITCHES      3
#define JS_PERF_COUNT_SW_CPU_MIGRATIONS        4
#define JS_PERF_COUNT_SW_PAGE_FAULTS_MIN       5
#define JS_PERF_COUNT_SW_PAGE_FAULTS_MAJ       6
#define JS_PERF_COUNT_SW_ALIGNMENT_FAULTS      7
#define JS_PERF_COUNT_SW_EMULATION_FAULTS      8
#define JS_PERF_COUNT_SW_DUMMY                 9
#define JS_PERF_COUNT_SW_BPF_OUTPUT            10
#define JS_PERF_COUNT_SW_CGROUP_SWITCHES       11
/* enum perf_event_sample_format (sample_type) */
#define JS_PERF_SAMPLE_IP                      0x1
#define JS_PERF_SAMPLE_TID                     0x2
#define JS_PERF_SAMPLE_TIME                    0x4
#define JS_PERF_SAMPLE_ADDR                    0x8
#define JS_PERF_SAMPLE_READ                    0x10
#define JS_PERF_SAMPLE_CALLCHAIN               0x20
#define JS_PERF_SAMPLE_ID                      0x40
#define JS_PERF_SAMPLE_CPU                     0x80
#define JS_PERF_SAMPLE_PERIOD                  0x100
#define JS_PERF_SAMPLE_STREAM_ID               0x200
#define JS_PERF_SAMPLE_RAW                     0x400
#define JS_PERF_SAMPLE_BRANCH_STACK            0x800
#define JS_PERF_SAMPLE_REGS_USER               0x1000
#define JS_PERF_SAMPLE_STACK_USER              0x2000
#define JS_PERF_SAMPLE_WEIGHT                  0x4000
#define JS_PERF_SAMPLE_DATA_SRC                0x8000
#define JS_PERF_SAMPLE_IDENTIFIER              0x10000
#define JS_PERF_SAMPLE_TRANSACTION             0x20000
#define JS_PERF_SAMPLE_REGS_INTR               0x40000
#define JS_PERF_SAMPLE_PHYS_ADDR               0x80000
#define JS_PERF_SAMPLE_AUX                     0x100000
#define JS_PERF_SAMPLE_CGROUP                  0x200000
#define JS_PERF_SAMPLE_DATA_PAGE_SIZE          0x400000
#define JS_PERF_SAMPLE_CODE_PAGE_SIZE          0x800000
#define JS_PERF_SAMPLE_WEIGHT_STRUCT           0x1000000
/* enum perf_event_read_format (read_format) */
#define JS_PERF_FORMAT_TOTAL_TIME_ENABLED      0x1
#define JS_PERF_FORMAT_TOTAL_TIME_RUNNING      0x2
#define JS_PERF_FORMAT_ID                      0x4
#define JS_PERF_FORMAT_GROUP                   0x8
#define JS_PERF_FORMAT_LOST                    0x10
/* enum perf_branch_sample_type (branch_sample_type) */
#define JS_PERF_SAMPLE_BRANCH_USER             0x1
#define JS_PERF_SAMPLE_BRANCH_KERNEL           0x2
#define JS_PERF_SAMPLE_BRANCH_HV               0x4
#define JS_PERF_SAMPLE_BRANCH_ANY              0x8
#define JS_PERF_SAMPLE_BRANCH_ANY_CALL         0x10
#define JS_PERF_SAMPLE_BRANCH_ANY_RETURN       0x20
#define JS_PERF_SAMPLE_BRANCH_IND_CALL         0x40
#define JS_PERF_SAMPLE_BRANCH_ABORT_TX         0x80
#define JS_PERF_SAMPLE_BRANCH_IN_TX            0x100
#define JS_PERF_SAMPLE_BRANCH_NO_TX            0x200
#define JS_PERF_SAMPLE_BRANCH_COND             0x400
#define JS_PERF_SAMPLE_BRANCH_CALL_STACK       0x800
#define JS_PERF_SAMPLE_BRANCH_IND_JUMP         0x1000
#define JS_PERF_SAMPLE_BRANCH_CALL             0x2000
#define JS_PERF_SAMPLE_BRANCH_NO_FLAGS         0x4000
#define JS_PERF_SAMPLE_BRANCH_NO_CYCLES        0x8000
#define JS_PERF_SAMPLE_BRANCH_TYPE_SAVE        0x10000
#define JS_PERF_SAMPLE_BRANCH_HW_INDEX         0x20000
#define JS_PERF_SAMPLE_BRANCH_PRIV_SAVE        0x40000
/* The published sizes of struct perf_event_attr (its size field), the
 * flags argument, and the ioctl's PERF_IOC_FLAG_GROUP. */
#define JS_PERF_ATTR_SIZE_VER0                 64
#define JS_PERF_ATTR_SIZE_VER1                 72
#define JS_PERF_ATTR_SIZE_VER2                 80
#define JS_PERF_ATTR_SIZE_VER3                 96
#define JS_PERF_ATTR_SIZE_VER4                 104
#define JS_PERF_ATTR_SIZE_VER5                 112
#define JS_PERF_ATTR_SIZE_VER6                 120
#define JS_PERF_ATTR_SIZE_VER7                 128
#define JS_PERF_FLAG_FD_NO_GROUP               1
#define JS_PERF_FLAG_FD_OUTPUT                 2
#define JS_PERF_FLAG_PID_CGROUP                4
#define JS_PERF_FLAG_FD_CLOEXEC                8
#define JS_PERF_IOC_FLAG_GROUP                 1
#define JS_PERF_ATTR_SIZE_VER8                 136 /* 6.3: config3 */

/* The attribute bits: the kernel declares them as a 64-bit bitfield
 * (disabled:1, inherit:1, ...), whose bit order a C compiler chooses; all
 * three ABIs libjs supports allocate from the least significant bit, so
 * here they are the bits of one word, `flags`, the same on every compiler
 * (proven against the bitfield on each architecture). */
#define JS_PERF_ATTR_DISABLED                 (1ULL << 0)
#define JS_PERF_ATTR_INHERIT                  (1ULL << 1)
#define JS_PERF_ATTR_PINNED                   (1ULL << 2)
#define JS_PERF_ATTR_EXCLUSIVE                (1ULL << 3)
#define JS_PERF_ATTR_EXCLUDE_USER             (1ULL << 4)
#define JS_PERF_ATTR_EXCLUDE_KERNEL           (1ULL << 5)
#define JS_PERF_ATTR_EXCLUDE_HV               (1ULL << 6)
#define JS_PERF_ATTR_EXCLUDE_IDLE             (1ULL << 7)
#define JS_PERF_ATTR_MMAP                     (1ULL << 8)
#define JS_PERF_ATTR_COMM                     (1ULL << 9)
#define JS_PERF_ATTR_FREQ                     (1ULL << 10)
#define JS_PERF_ATTR_INHERIT_STAT             (1ULL << 11)
#define JS_PERF_ATTR_ENABLE_ON_EXEC           (1ULL << 12)
#define JS_PERF_ATTR_TASK                     (1ULL << 13)
#define JS_PERF_ATTR_WATERMARK                (1ULL << 14)
#define JS_PERF_ATTR_PRECISE_IP_SHIFT         15 /* two bits, 0..3 */
#define JS_PERF_ATTR_PRECISE_IP_MASK          (3ULL << 15)
#define JS_PERF_ATTR_MMAP_DATA                (1ULL << 17)
#define JS_PERF_ATTR_SAMPLE_ID_ALL            (1ULL << 18)
#define JS_PERF_ATTR_EXCLUDE_HOST             (1ULL << 19)
#define JS_PERF_ATTR_EXCLUDE_GUEST            (1ULL << 20)
#define JS_PERF_ATTR_EXCLUDE_CALLCHAIN_KERNEL (1ULL << 21)
#define JS_PERF_ATTR_EXCLUDE_CALLCHAIN_USER   (1ULL << 22)
#define JS_PERF_ATTR_MMAP2                    (1ULL << 23)
#define JS_PERF_ATTR_COMM_EXEC                (1ULL << 24)
#define JS_PERF_ATTR_USE_CLOCKID              (1ULL << 25)
#define JS_PERF_ATTR_CONTEXT_SWITCH           (1ULL << 26)
#define JS_PERF_ATTR_WRITE_BACKWARD           (1ULL << 27)
#define JS_PERF_ATTR_NAMESPACES               (1ULL << 28)
#define JS_PERF_ATTR_KSYMBOL                  (1ULL << 29)
#define JS_PERF_ATTR_BPF_EVENT                (1ULL << 30)
#define JS_PERF_ATTR_AUX_OUTPUT               (1ULL << 31)
#define JS_PERF_ATTR_CGROUP                   (1ULL << 32)
#define JS_PERF_ATTR_TEXT_POKE                (1ULL << 33)
#define JS_PERF_ATTR_BUILD_ID                 (1ULL << 34)
#define JS_PERF_ATTR_INHERIT_THREAD           (1ULL << 35)
#define JS_PERF_ATTR_REMOVE_ON_EXEC           (1ULL << 36)
#define JS_PERF_ATTR_SIGTRAP                  (1ULL << 37)

/* struct perf_event_attr, as of JS_PERF_ATTR_SIZE_VER8 (136 bytes).  Set
 * size to sizeof(struct js_perf_event_attr) (or an older JS_PERF_ATTR_
 * SIZE_VER*); a kernel that knows fewer bytes refuses a non-zero byte it
 * does not know with E2BIG and writes its own size back.  The kernel's
 * unions have one name here: sample_period is also sample_freq (with
 * JS_PERF_ATTR_FREQ), wakeup_events also wakeup_watermark, config1 also
 * bp_addr/kprobe_func/uprobe_path, config2 also bp_len/kprobe_addr/
 * probe_offset. */
struct js_perf_event_attr {
	uint32_t type;		/* JS_PERF_TYPE_* */
	uint32_t size;
	uint64_t config;
	uint64_t sample_period;
	uint64_t sample_type;	/* JS_PERF_SAMPLE_* */
	uint64_t read_format;	/* JS_PERF_FORMAT_* */
	uint64_t flags;		/* JS_PERF_ATTR_* bits */
	uint32_t wakeup_events;
	uint32_t bp_type;
	uint64_t config1;
	uint64_t config2;
	uint64_t branch_sample_type;
	uint64_t sample_regs_user;
	uint32_t sample_stack_user;
	int32_t clockid;
	uint64_t sample_regs_intr;
	uint32_t aux_watermark;
	uint16_t sample_max_stack;
	uint16_t __reserved_2;
	uint32_t aux_sample_size;
	uint32_t __reserved_3;
	uint64_t sig_data;
	uint64_t config3;	/* 6.3 */
};

/* The ioctl requests on a perf event fd (type '$'). */
#define JS_PERF_EVENT_IOC_ENABLE             JS__KIOC(0, '$', 0, 0)
#define JS_PERF_EVENT_IOC_DISABLE            JS__KIOC(0, '$', 1, 0)
#define JS_PERF_EVENT_IOC_REFRESH            JS__KIOC(0, '$', 2, 0)
#define JS_PERF_EVENT_IOC_RESET              JS__KIOC(0, '$', 3, 0)
#define JS_PERF_EVENT_IOC_PERIOD             JS__KIOC(1, '$', 4, sizeof(uint64_t))
#define JS_PERF_EVENT_IOC_SET_OUTPUT         JS__KIOC(0, '$', 5, 0)
#define JS_PERF_EVENT_IOC_SET_FILTER         JS__KIOC(1, '$', 6, sizeof(char *))
#define JS_PERF_EVENT_IOC_ID                 JS__KIOC(2, '$', 7, sizeof(uint64_t *))
#define JS_PERF_EVENT_IOC_SET_BPF            JS__KIOC(1, '$', 8, sizeof(uint32_t))
#define JS_PERF_EVENT_IOC_PAUSE_OUTPUT       JS__KIOC(1, '$', 9, sizeof(uint32_t))
#define JS_PERF_EVENT_IOC_QUERY_BPF          JS__KIOC(3, '$', 10, sizeof(void *))
#define JS_PERF_EVENT_IOC_MODIFY_ATTRIBUTES  JS__KIOC(1, '$', 11, sizeof(void *))

/* perf_event_open(2): pid 0 and cpu -1 count the calling thread on any
 * CPU.  The counter's value is read(2) from the fd (a uint64_t, then what
 * read_format asks for). */
long js_perf_event_open(struct js_perf_event_attr *attr, int pid, int cpu,
			int group_fd, unsigned long flags);

/* ==== bpf(2): include/uapi/linux/bpf.h =============================== */

/* enum bpf_cmd */
#define JS_BPF_MAP_CREATE                      0
#define JS_BPF_MAP_LOOKUP_ELEM                 1
#define JS_BPF_MAP_UPDATE_ELEM                 2
#define JS_BPF_MAP_DELETE_ELEM                 3
#define JS_BPF_MAP_GET_NEXT_KEY                4
#define JS_BPF_PROG_LOAD                       5
#define JS_BPF_OBJ_PIN                         6
#define JS_BPF_OBJ_GET                         7
#define JS_BPF_PROG_ATTACH                     8
#define JS_BPF_PROG_DETACH                     9
#define JS_BPF_PROG_TEST_RUN                   10
#define JS_BPF_PROG_RUN                        10
#define JS_BPF_PROG_GET_NEXT_ID                11
#define JS_BPF_MAP_GET_NEXT_ID                 12
#define JS_BPF_PROG_GET_FD_BY_ID               13
#define JS_BPF_MAP_GET_FD_BY_ID                14
#define JS_BPF_OBJ_GET_INFO_BY_FD              15
#define JS_BPF_PROG_QUERY                      16
#define JS_BPF_RAW_TRACEPOINT_OPEN             17
#define JS_BPF_BTF_LOAD                        18
#define JS_BPF_BTF_GET_FD_BY_ID                19
#define JS_BPF_TASK_FD_QUERY                   20
#define JS_BPF_MAP_LOOKUP_AND_DELETE_ELEM      21
#define JS_BPF_MAP_FREEZE                      22
#define JS_BPF_BTF_GET_NEXT_ID                 23
#define JS_BPF_MAP_LOOKUP_BATCH                24
#define JS_BPF_MAP_LOOKUP_AND_DELETE_BATCH     25
#define JS_BPF_MAP_UPDATE_BATCH                26
#define JS_BPF_MAP_DELETE_BATCH                27
#define JS_BPF_LINK_CREATE                     28
#define JS_BPF_LINK_UPDATE                     29
#define JS_BPF_LINK_GET_FD_BY_ID               30
#define JS_BPF_LINK_GET_NEXT_ID                31
#define JS_BPF_ENABLE_STATS                    32
#define JS_BPF_ITER_CREATE                     33
#define JS_BPF_LINK_DETACH                     34
#define JS_BPF_PROG_BIND_MAP                   35
/* enum bpf_map_type */
#define JS_BPF_MAP_TYPE_UNSPEC                 0
#define JS_BPF_MAP_TYPE_HASH                   1
#define JS_BPF_MAP_TYPE_ARRAY                  2
#define JS_BPF_MAP_TYPE_PROG_ARRAY             3
#define JS_BPF_MAP_TYPE_PERF_EVENT_ARRAY       4
#define JS_BPF_MAP_TYPE_PERCPU_HASH            5
#define JS_BPF_MAP_TYPE_PERCPU_ARRAY           6
#define JS_BPF_MAP_TYPE_STACK_TRACE            7
#define JS_BPF_MAP_TYPE_CGROUP_ARRAY           8
#define JS_BPF_MAP_TYPE_LRU_HASH               9
#define JS_BPF_MAP_TYPE_LRU_PERCPU_HASH        10
#define JS_BPF_MAP_TYPE_LPM_TRIE               11
#define JS_BPF_MAP_TYPE_ARRAY_OF_MAPS          12
#define JS_BPF_MAP_TYPE_HASH_OF_MAPS           13
#define JS_BPF_MAP_TYPE_DEVMAP                 14
#define JS_BPF_MAP_TYPE_SOCKMAP                15
#define JS_BPF_MAP_TYPE_CPUMAP                 16
#define JS_BPF_MAP_TYPE_XSKMAP                 17
#define JS_BPF_MAP_TYPE_SOCKHASH               18
#define JS_BPF_MAP_TYPE_CGROUP_STORAGE         19
#define JS_BPF_MAP_TYPE_REUSEPORT_SOCKARRAY    20
#define JS_BPF_MAP_TYPE_PERCPU_CGROUP_STORAGE  21
#define JS_BPF_MAP_TYPE_QUEUE                  22
#define JS_BPF_MAP_TYPE_STACK                  23
#define JS_BPF_MAP_TYPE_SK_STORAGE             24
#define JS_BPF_MAP_TYPE_DEVMAP_HASH            25
#define JS_BPF_MAP_TYPE_STRUCT_OPS             26
#define JS_BPF_MAP_TYPE_RINGBUF                27
#define JS_BPF_MAP_TYPE_INODE_STORAGE          28
#define JS_BPF_MAP_TYPE_TASK_STORAGE           29
#define JS_BPF_MAP_TYPE_BLOOM_FILTER           30
#define JS_BPF_MAP_TYPE_USER_RINGBUF           31
/* enum bpf_prog_type */
#define JS_BPF_PROG_TYPE_UNSPEC                0
#define JS_BPF_PROG_TYPE_SOCKET_FILTER         1
#define JS_BPF_PROG_TYPE_KPROBE                2
#define JS_BPF_PROG_TYPE_SCHED_CLS             3
#define JS_BPF_PROG_TYPE_SCHED_ACT             4
#define JS_BPF_PROG_TYPE_TRACEPOINT            5
#define JS_BPF_PROG_TYPE_XDP                   6
#define JS_BPF_PROG_TYPE_PERF_EVENT            7
#define JS_BPF_PROG_TYPE_CGROUP_SKB            8
#define JS_BPF_PROG_TYPE_CGROUP_SOCK           9
#define JS_BPF_PROG_TYPE_LWT_IN                10
#define JS_BPF_PROG_TYPE_LWT_OUT               11
#define JS_BPF_PROG_TYPE_LWT_XMIT              12
#define JS_BPF_PROG_TYPE_SOCK_OPS              13
#define JS_BPF_PROG_TYPE_SK_SKB                14
#define JS_BPF_PROG_TYPE_CGROUP_DEVICE         15
#define JS_BPF_PROG_TYPE_SK_MSG                16
#define JS_BPF_PROG_TYPE_RAW_TRACEPOINT        17
#define JS_BPF_PROG_TYPE_CGROUP_SOCK_ADDR      18
#define JS_BPF_PROG_TYPE_LWT_SEG6LOCAL         19
#define JS_BPF_PROG_TYPE_LIRC_MODE2            20
#define JS_BPF_PROG_TYPE_SK_REUSEPORT          21
#define JS_BPF_PROG_TYPE_FLOW_DISSECTOR        22
#define JS_BPF_PROG_TYPE_CGROUP_SYSCTL         23
#define JS_BPF_PROG_TYPE_RAW_TRACEPOINT_WRITABLE 24
#define JS_BPF_PROG_TYPE_CGROUP_SOCKOPT        25
#define JS_BPF_PROG_TYPE_TRACING               26
#define JS_BPF_PROG_TYPE_STRUCT_OPS            27
#define JS_BPF_PROG_TYPE_EXT                   28
#define JS_BPF_PROG_TYPE_LSM                   29
#define JS_BPF_PROG_TYPE_SK_LOOKUP             30
#define JS_BPF_PROG_TYPE_SYSCALL               31
/* enum bpf_attach_type */
#define JS_BPF_CGROUP_INET_INGRESS             0
#define JS_BPF_CGROUP_INET_EGRESS              1
#define JS_BPF_CGROUP_INET_SOCK_CREATE         2
#define JS_BPF_CGROUP_SOCK_OPS                 3
#define JS_BPF_SK_SKB_STREAM_PARSER            4
#define JS_BPF_SK_SKB_STREAM_VERDICT           5
#define JS_BPF_CGROUP_DEVICE                   6
#define JS_BPF_SK_MSG_VERDICT                  7
#define JS_BPF_CGROUP_INET4_BIND               8
#define JS_BPF_CGROUP_INET6_BIND               9
#define JS_BPF_CGROUP_INET4_CONNECT            10
#define JS_BPF_CGROUP_INET6_CONNECT            11
#define JS_BPF_CGROUP_INET4_POST_BIND          12
#define JS_BPF_CGROUP_INET6_POST_BIND          13
#define JS_BPF_CGROUP_UDP4_SENDMSG             14
#define JS_BPF_CGROUP_UDP6_SENDMSG             15
#define JS_BPF_LIRC_MODE2                      16
#define JS_BPF_FLOW_DISSECTOR                  17
#define JS_BPF_CGROUP_SYSCTL                   18
#define JS_BPF_CGROUP_UDP4_RECVMSG             19
#define JS_BPF_CGROUP_UDP6_RECVMSG             20
#define JS_BPF_CGROUP_GETSOCKOPT               21
#define JS_BPF_CGROUP_SETSOCKOPT               22
#define JS_BPF_TRACE_RAW_TP                    23
#define JS_BPF_TRACE_FENTRY                    24
#define JS_BPF_TRACE_FEXIT                     25
#define JS_BPF_MODIFY_RETURN                   26
#define JS_BPF_LSM_MAC                         27
#define JS_BPF_TRACE_ITER                      28
#define JS_BPF_CGROUP_INET4_GETPEERNAME        29
#define JS_BPF_CGROUP_INET6_GETPEERNAME        30
#define JS_BPF_CGROUP_INET4_GETSOCKNAME        31
#define JS_BPF_CGROUP_INET6_GETSOCKNAME        32
#define JS_BPF_XDP_DEVMAP                      33
#define JS_BPF_CGROUP_INET_SOCK_RELEASE        34
#define JS_BPF_XDP_CPUMAP                      35
#define JS_BPF_SK_LOOKUP                       36
#define JS_BPF_XDP                             37
#define JS_BPF_SK_SKB_VERDICT                  38
#define JS_BPF_SK_REUSEPORT_SELECT             39
#define JS_BPF_SK_REUSEPORT_SELECT_OR_MIGRATE  40
#define JS_BPF_PERF_EVENT                      41
#define JS_BPF_TRACE_KPROBE_MULTI              42
#define JS_BPF_LSM_CGROUP                      43
/* enum bpf_link_type */
#define JS_BPF_LINK_TYPE_UNSPEC                0
#define JS_BPF_LINK_TYPE_RAW_TRACEPOINT        1
#define JS_BPF_LINK_TYPE_TRACING               2
#define JS_BPF_LINK_TYPE_CGROUP                3
#define JS_BPF_LINK_TYPE_ITER                  4
#define JS_BPF_LINK_TYPE_NETNS                 5
#define JS_BPF_LINK_TYPE_XDP                   6
#define JS_BPF_LINK_TYPE_PERF_EVENT            7
#define JS_BPF_LINK_TYPE_KPROBE_MULTI          8
#define JS_BPF_LINK_TYPE_STRUCT_OPS            9
/* Element update flags, name length, pseudo sources, attach and load
 * flags, map_flags, and the instruction encoding (linux/bpf_common.h). */
#define JS_BPF_ANY                             0
#define JS_BPF_NOEXIST                         1
#define JS_BPF_EXIST                           2
#define JS_BPF_F_LOCK                          4
#define JS_BPF_OBJ_NAME_LEN                    16
#define JS_BPF_TAG_SIZE                        8
#define JS_BPF_PSEUDO_MAP_FD                   1
#define JS_BPF_PSEUDO_MAP_VALUE                2
#define JS_BPF_PSEUDO_BTF_ID                   3
#define JS_BPF_PSEUDO_FUNC                     4
#define JS_BPF_PSEUDO_CALL                     1
#define JS_BPF_PSEUDO_KFUNC_CALL               2
#define JS_BPF_F_ALLOW_OVERRIDE                1
#define JS_BPF_F_ALLOW_MULTI                   2
#define JS_BPF_F_REPLACE                       4
#define JS_BPF_F_STRICT_ALIGNMENT              1
#define JS_BPF_F_ANY_ALIGNMENT                 2
#define JS_BPF_F_TEST_RND_HI32                 4
#define JS_BPF_F_TEST_STATE_FREQ               8
#define JS_BPF_F_SLEEPABLE                     16
#define JS_BPF_F_XDP_HAS_FRAGS                 32
#define JS_BPF_F_KPROBE_MULTI_RETURN           1
#define JS_BPF_F_NO_PREALLOC                   0x1
#define JS_BPF_F_NO_COMMON_LRU                 0x2
#define JS_BPF_F_NUMA_NODE                     0x4
#define JS_BPF_F_RDONLY                        0x8
#define JS_BPF_F_WRONLY                        0x10
#define JS_BPF_F_STACK_BUILD_ID                0x20
#define JS_BPF_F_ZERO_SEED                     0x40
#define JS_BPF_F_RDONLY_PROG                   0x80
#define JS_BPF_F_WRONLY_PROG                   0x100
#define JS_BPF_F_CLONE                         0x200
#define JS_BPF_F_MMAPABLE                      0x400
#define JS_BPF_F_PRESERVE_ELEMS                0x800
#define JS_BPF_F_INNER_MAP                     0x1000
/* eBPF's additions to the classic encoding (bpf_common.h) */
#define JS_BPF_JMP32                           0x6
#define JS_BPF_ALU64                           0x7
#define JS_BPF_DW                              0x18
#define JS_BPF_ATOMIC                          0xc0
#define JS_BPF_MOV                             0xb0
#define JS_BPF_ARSH                            0xc0
#define JS_BPF_END                             0xd0
#define JS_BPF_TO_LE                           0x0
#define JS_BPF_TO_BE                           0x8
#define JS_BPF_JNE                             0x50
#define JS_BPF_JSGT                            0x60
#define JS_BPF_JSGE                            0x70
#define JS_BPF_JLT                             0xa0
#define JS_BPF_JLE                             0xb0
#define JS_BPF_JSLT                            0xc0
#define JS_BPF_JSLE                            0xd0
#define JS_BPF_CALL                            0x80
#define JS_BPF_EXIT                            0x90
#define JS_BPF_FETCH                           0x1
#define JS_BPF_XCHG                            0xe1
#define JS_BPF_CMPXCHG                         0xf1
#define JS_MAX_BPF_REG                         0xb

/* struct bpf_insn.  The kernel splits the second byte into the bitfields
 * dst_reg:4 and src_reg:4, which on little-endian machines (all three
 * here) are its low and high nibble: `regs` is that byte, built with
 * JS_BPF_REGS. */
struct js_bpf_insn {
	uint8_t code;
	uint8_t regs;
	int16_t off;
	int32_t imm;
};
#define JS_BPF_REGS(dst, src) ((uint8_t)(((src) & 0xf) << 4 | ((dst) & 0xf)))
#define JS_BPF_DST_REG(regs) ((regs) & 0xf)
#define JS_BPF_SRC_REG(regs) (((regs) >> 4) & 0xf)

/* union bpf_attr for the commands a loader needs (the kernel's anonymous
 * members have names here, as C99 and C++ want).  Pointers travel as
 * uint64_t: (uint64_t)(uintptr_t)p.  Zero the whole union before filling
 * it: the kernel refuses non-zero bytes past the fields a command reads. */
union js_bpf_attr {
	struct {	/* JS_BPF_MAP_CREATE */
		uint32_t map_type;
		uint32_t key_size;
		uint32_t value_size;
		uint32_t max_entries;
		uint32_t map_flags;
		uint32_t inner_map_fd;
		uint32_t numa_node;
		char map_name[16];
		uint32_t map_ifindex;
		uint32_t btf_fd;
		uint32_t btf_key_type_id;
		uint32_t btf_value_type_id;
		uint32_t btf_vmlinux_value_type_id;
		uint64_t map_extra;
	} map_create;
	struct {	/* JS_BPF_MAP_{LOOKUP,UPDATE,DELETE}_ELEM, _GET_NEXT_KEY */
		uint32_t map_fd;
		uint64_t key;
		uint64_t value;	/* next_key for JS_BPF_MAP_GET_NEXT_KEY */
		uint64_t flags;	/* JS_BPF_ANY, JS_BPF_NOEXIST, ... */
	} elem;
	struct {	/* JS_BPF_PROG_LOAD */
		uint32_t prog_type;
		uint32_t insn_cnt;
		uint64_t insns;	/* struct js_bpf_insn * */
		uint64_t license;	/* const char * */
		uint32_t log_level;
		uint32_t log_size;
		uint64_t log_buf;
		uint32_t kern_version;
		uint32_t prog_flags;
		char prog_name[16];
		uint32_t prog_ifindex;
		uint32_t expected_attach_type;
		uint32_t prog_btf_fd;
		uint32_t func_info_rec_size;
		uint64_t func_info;
		uint32_t func_info_cnt;
		uint32_t line_info_rec_size;
		uint64_t line_info;
		uint32_t line_info_cnt;
		uint32_t attach_btf_id;
		uint32_t attach_prog_fd;	/* also attach_btf_obj_fd */
		uint32_t core_relo_cnt;
		uint64_t fd_array;
		uint64_t core_relos;
		uint32_t core_relo_rec_size;
	} prog_load;
	struct {	/* JS_BPF_OBJ_PIN, JS_BPF_OBJ_GET */
		uint64_t pathname;
		uint32_t bpf_fd;
		uint32_t file_flags;
	} obj;
	struct {	/* JS_BPF_PROG_ATTACH, JS_BPF_PROG_DETACH */
		uint32_t target_fd;
		uint32_t attach_bpf_fd;
		uint32_t attach_type;
		uint32_t attach_flags;
		uint32_t replace_bpf_fd;
	} attach;
	struct {	/* JS_BPF_*_GET_NEXT_ID, JS_BPF_*_GET_FD_BY_ID */
		uint32_t id;	/* start_id, prog_id, map_id, btf_id, link_id */
		uint32_t next_id;
		uint32_t open_flags;
	} get_id;
	struct {	/* JS_BPF_OBJ_GET_INFO_BY_FD */
		uint32_t bpf_fd;
		uint32_t info_len;
		uint64_t info;
	} info;
	struct {	/* JS_BPF_BTF_LOAD */
		uint64_t btf;
		uint64_t btf_log_buf;
		uint32_t btf_size;
		uint32_t btf_log_size;
		uint32_t btf_log_level;
	} btf_load;
	struct {	/* JS_BPF_LINK_CREATE */
		uint32_t prog_fd;
		uint32_t target_fd;	/* also target_ifindex */
		uint32_t attach_type;
		uint32_t flags;
		/* The per-attach-type part: target_btf_id (a uint32_t at
		 * its start), iter_info and iter_info_len, perf_event's
		 * bpf_cookie, kprobe_multi's five fields, ... */
		uint64_t extra[5];
	} link_create;
	/* Linux 6.1's size of union bpf_attr, so that sizeof gives the
	 * size argument for any command listed here. */
	uint8_t __size[144];
};

/* bpf(2): size is sizeof(union js_bpf_attr) (or the size of the part
 * the command reads).  Returns an fd, 0, or -errno as the command says. */
long js_bpf(int cmd, union js_bpf_attr *attr, unsigned int size);

#ifdef __cplusplus
}
#endif

#endif
