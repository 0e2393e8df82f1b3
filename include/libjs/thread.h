/* Threads and synchronisation: the futex system calls, what is built on
 * them without any thread-local storage (a futex mutex, a once flag), and
 * the freestanding runtime's threads.  Reference: docs/threads.md.  Every call returns the kernel's raw result
 * (>= 0 success, -errno failure) unless its comment says otherwise.
 *
 * The sections below are independent; each says where its constants and
 * layouts come from. */
#ifndef LIBJS_THREAD_H
#define LIBJS_THREAD_H

#include "sys.h"
#include "types.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ==== Futexes: futex(2), futex_waitv(2) ==============================
 * Constants and layouts: include/uapi/linux/futex.h (the same on every
 * architecture; proven against each one's kernel headers). */

/* futex(2) operations, the second argument. */
#define JS_FUTEX_WAIT            0
#define JS_FUTEX_WAKE            1
#define JS_FUTEX_FD              2	/* removed in Linux 2.6.26: -JS_ENOSYS */
#define JS_FUTEX_REQUEUE         3
#define JS_FUTEX_CMP_REQUEUE     4
#define JS_FUTEX_WAKE_OP         5
#define JS_FUTEX_LOCK_PI         6
#define JS_FUTEX_UNLOCK_PI       7
#define JS_FUTEX_TRYLOCK_PI      8
#define JS_FUTEX_WAIT_BITSET     9
#define JS_FUTEX_WAKE_BITSET     10
#define JS_FUTEX_WAIT_REQUEUE_PI 11
#define JS_FUTEX_CMP_REQUEUE_PI  12
#define JS_FUTEX_LOCK_PI2        13	/* Linux 5.14 */

/* Or'ed into the operation: the futex is private to this process (no
 * shared-memory lookup: faster); the timeout is measured against
 * CLOCK_REALTIME (WAIT_BITSET, WAIT_REQUEUE_PI, LOCK_PI2 only: any other
 * operation, FUTEX_WAIT too, is -JS_ENOSYS with it). */
#define JS_FUTEX_PRIVATE_FLAG   128
#define JS_FUTEX_CLOCK_REALTIME 256
#define JS_FUTEX_CMD_MASK       (~(JS_FUTEX_PRIVATE_FLAG | JS_FUTEX_CLOCK_REALTIME))

#define JS_FUTEX_WAIT_PRIVATE            (JS_FUTEX_WAIT | JS_FUTEX_PRIVATE_FLAG)
#define JS_FUTEX_WAKE_PRIVATE            (JS_FUTEX_WAKE | JS_FUTEX_PRIVATE_FLAG)
#define JS_FUTEX_REQUEUE_PRIVATE         (JS_FUTEX_REQUEUE | JS_FUTEX_PRIVATE_FLAG)
#define JS_FUTEX_CMP_REQUEUE_PRIVATE     (JS_FUTEX_CMP_REQUEUE | JS_FUTEX_PRIVATE_FLAG)
#define JS_FUTEX_WAKE_OP_PRIVATE         (JS_FUTEX_WAKE_OP | JS_FUTEX_PRIVATE_FLAG)
#define JS_FUTEX_LOCK_PI_PRIVATE         (JS_FUTEX_LOCK_PI | JS_FUTEX_PRIVATE_FLAG)
#define JS_FUTEX_LOCK_PI2_PRIVATE        (JS_FUTEX_LOCK_PI2 | JS_FUTEX_PRIVATE_FLAG)
#define JS_FUTEX_UNLOCK_PI_PRIVATE       (JS_FUTEX_UNLOCK_PI | JS_FUTEX_PRIVATE_FLAG)
#define JS_FUTEX_TRYLOCK_PI_PRIVATE      (JS_FUTEX_TRYLOCK_PI | JS_FUTEX_PRIVATE_FLAG)
#define JS_FUTEX_WAIT_BITSET_PRIVATE     (JS_FUTEX_WAIT_BITSET | JS_FUTEX_PRIVATE_FLAG)
#define JS_FUTEX_WAKE_BITSET_PRIVATE     (JS_FUTEX_WAKE_BITSET | JS_FUTEX_PRIVATE_FLAG)
#define JS_FUTEX_WAIT_REQUEUE_PI_PRIVATE (JS_FUTEX_WAIT_REQUEUE_PI | JS_FUTEX_PRIVATE_FLAG)
#define JS_FUTEX_CMP_REQUEUE_PI_PRIVATE  (JS_FUTEX_CMP_REQUEUE_PI | JS_FUTEX_PRIVATE_FLAG)

/* PI and robust futex words: the owner's thread id and two state bits. */
#define JS_FUTEX_WAITERS    0x80000000
#define JS_FUTEX_OWNER_DIED 0x40000000
#define JS_FUTEX_TID_MASK   0x3fffffff
/* set_robust_list(2): the most entries the kernel walks at thread exit. */
#define JS_ROBUST_LIST_LIMIT 2048

/* val3 of WAIT_BITSET / WAKE_BITSET: match every waiter. */
#define JS_FUTEX_BITSET_MATCH_ANY 0xffffffff

/* FUTEX_WAKE_OP's val3: JS_FUTEX_OP(op, oparg, cmp, cmparg) makes the
 * kernel do, atomically: old = *uaddr2; *uaddr2 = old OP oparg; then wake
 * val waiters on uaddr and, if (old CMP cmparg), val2 waiters on uaddr2.
 * oparg and cmparg are 12 bits; JS_FUTEX_OP_OPARG_SHIFT or'ed into op
 * uses 1 << oparg instead. */
#define JS_FUTEX_OP_SET         0	/* *uaddr2 = oparg */
#define JS_FUTEX_OP_ADD         1	/* *uaddr2 += oparg */
#define JS_FUTEX_OP_OR          2	/* *uaddr2 |= oparg */
#define JS_FUTEX_OP_ANDN        3	/* *uaddr2 &= ~oparg */
#define JS_FUTEX_OP_XOR         4	/* *uaddr2 ^= oparg */
#define JS_FUTEX_OP_OPARG_SHIFT 8
#define JS_FUTEX_OP_CMP_EQ      0
#define JS_FUTEX_OP_CMP_NE      1
#define JS_FUTEX_OP_CMP_LT      2
#define JS_FUTEX_OP_CMP_LE      3
#define JS_FUTEX_OP_CMP_GT      4
#define JS_FUTEX_OP_CMP_GE      5
#define JS_FUTEX_OP(op, oparg, cmp, cmparg)                                   \
	((((uint32_t)(op) & 0xf) << 28) | (((uint32_t)(cmp) & 0xf) << 24) |  \
	 (((uint32_t)(oparg) & 0xfff) << 12) | ((uint32_t)(cmparg) & 0xfff))

/* futex2 flags (struct js_futex_waitv's flags): the word's size and
 * whether it is private.  JS_FUTEX_32 and JS_FUTEX_WAITV_MAX are in the
 * Linux 6.1 headers; the FUTEX2_* names came in Linux 6.7 (FUTEX2_MPOL in
 * 6.16) with the same values.  futex_waitv accepts only JS_FUTEX2_SIZE_U32
 * (= JS_FUTEX_32), optionally with JS_FUTEX2_PRIVATE. */
#define JS_FUTEX2_SIZE_U8   0x00
#define JS_FUTEX2_SIZE_U16  0x01
#define JS_FUTEX2_SIZE_U32  0x02
#define JS_FUTEX2_SIZE_U64  0x03
#define JS_FUTEX2_NUMA      0x04
#define JS_FUTEX2_MPOL      0x08
#define JS_FUTEX2_PRIVATE   JS_FUTEX_PRIVATE_FLAG
#define JS_FUTEX2_SIZE_MASK 0x03
#define JS_FUTEX_32         JS_FUTEX2_SIZE_U32
#define JS_FUTEX_NO_NODE    (-1)
/* The most waiters one futex_waitv call takes. */
#define JS_FUTEX_WAITV_MAX  128

/* struct futex_waitv (linux/futex.h): one futex of a vectored wait.  The
 * address travels as a 64-bit integer: (uint64_t)(uintptr_t)&word. */
struct js_futex_waitv {
	uint64_t val;		/* the value *uaddr must still have */
	uint64_t uaddr;
	uint32_t flags;		/* JS_FUTEX2_SIZE_U32 [| JS_FUTEX2_PRIVATE] */
	uint32_t __reserved;	/* 0 */
};

/* futex(2), the raw call.  The fourth argument is a timeout only for
 * WAIT, WAIT_BITSET, WAIT_REQUEUE_PI, LOCK_PI and LOCK_PI2 (relative for
 * FUTEX_WAIT, absolute for the others); REQUEUE, CMP_REQUEUE,
 * CMP_REQUEUE_PI and WAKE_OP read it as the number val2 instead: pass
 * (const struct js_timespec *)(uintptr_t)val2, as futex(2) says. */
long js_futex(uint32_t *uaddr, int futex_op, uint32_t val,
	      const struct js_timespec *timeout, uint32_t *uaddr2,
	      uint32_t val3);
/* futex_waitv(2) (Linux 5.16): sleep until one of nr_futexes words is
 * woken; returns the index of the woken one.  flags must be 0; timeout is
 * absolute on clockid (JS_CLOCK_MONOTONIC or JS_CLOCK_REALTIME), NULL for
 * none. */
long js_futex_waitv(struct js_futex_waitv *waiters, unsigned int nr_futexes,
		    unsigned int flags, const struct js_timespec *timeout,
		    int clockid);

/* Helpers on private futexes.  js_futex_wait sleeps while *addr ==
 * expected, at most the relative timeout (NULL: no limit): 0 when woken
 * (or spuriously), -JS_EAGAIN when *addr != expected already,
 * -JS_ETIMEDOUT, -JS_EINTR (a signal handler ran); -JS_EFAULT and
 * -JS_EINVAL for a bad address or timeout.  js_futex_wake wakes up to
 * count waiters (0x7fffffff: all of them) and returns how many it woke. */
long js_futex_wait(uint32_t *addr, uint32_t expected,
		   const struct js_timespec *timeout);
long js_futex_wake(uint32_t *addr, int count);

/* ==== Mutexes ========================================================
 * The three-state futex mutex of Drepper's "Futexes Are Tricky": word 0
 * unlocked, 1 locked, 2 locked and maybe waited for.  Lock and unlock
 * make no system call unless another thread is waiting or holding it.
 * An all-zero struct is an unlocked mutex: `static struct js_mutex m;`
 * needs no initializer.  Private futexes: not for memory shared between
 * processes.
 *
 * Not recursive (a second lock by the holder deadlocks), not robust (a
 * holder that dies leaves it locked), not error-checking: nothing records
 * the owner, so js_mutex_unlock by a thread that does not hold the mutex
 * unlocks it anyway (and wakes a waiter), and unlocking an unlocked
 * mutex leaves it unlocked.  Needs no thread-local storage.
 *
 * These read and write *m themselves: a NULL m is -JS_EFAULT, any other
 * bad pointer faults as it would in libc.  Otherwise lock and unlock
 * return 0; trylock returns 0 when it took the mutex, -JS_EBUSY when it
 * is held. */
struct js_mutex {
	uint32_t __state;
};
long js_mutex_lock(struct js_mutex *m);
long js_mutex_trylock(struct js_mutex *m);
long js_mutex_unlock(struct js_mutex *m);

/* ==== Once ===========================================================
 * js_once(o, fn) runs fn exactly once per struct js_once, however many
 * threads call it at once: the first caller runs fn, the others sleep on
 * the futex until fn has returned, and every later call returns at once
 * (one load).  All-zero is "not yet run".  fn must not call js_once on
 * the same object (it would wait for itself), and must return: a fn that
 * ends its thread leaves the others waiting.  Returns 0; a NULL o or fn
 * is -JS_EFAULT (fn is not looked at once o is done). */
struct js_once {
	uint32_t __state;
};
long js_once(struct js_once *o, void (*fn)(void));

/* ==== Threads ========================================================
 * Threads of a freestanding program (they need the start code's TLS and
 * thread control block, so they live in libjs-rt.a beside it; next to
 * libc the link fails on an undefined js_thread_create, and libc's
 * pthreads are the ones to use).  Each thread has its own copy of every __thread variable,
 * made from the program's TLS image, its own stack-protector guard slot
 * where the architecture keeps the guard per thread (x86_64), and starts
 * with its creator's signal mask.
 *
 * The clone flags are a POSIX thread's: CLONE_VM, CLONE_FS, CLONE_FILES,
 * CLONE_SIGHAND and CLONE_THREAD (one process: shared memory, cwd and
 * umask, descriptors, signal actions, thread group), CLONE_SYSVSEM (shared
 * semaphore undo lists), CLONE_SETTLS (the new thread's thread pointer),
 * CLONE_PARENT_SETTID and CLONE_CHILD_CLEARTID (the kernel writes the new
 * thread's id into its control block before either thread runs on, and
 * clears it with a futex wake when the thread is gone: what
 * js_thread_join waits on). */

/* A thread's identity: its control block (stable while it runs, unique
 * among live threads; the same in a forked child's only thread). */
struct js_thread_desc;

/* Filled by js_thread_create; read-only for the caller. */
struct js_thread {
	struct js_thread_desc *desc;
	int tid; /* the kernel's thread id */
};

/* The stack size js_thread_create uses for 0, and the least it uses. */
#define JS_THREAD_STACK_DEFAULT (1UL << 20)
#define JS_THREAD_STACK_MIN     (16UL << 10)

/* Starts fn(arg) in a new thread.  One anonymous mapping holds a guard
 * page, the stack (stack_size bytes rounded up to pages, 0 for
 * JS_THREAD_STACK_DEFAULT, at least JS_THREAD_STACK_MIN), the TLS block
 * and the control block.  fn's return value is the thread's result (as
 * js_thread_exit).  Returns 0, or -JS_EINVAL (NULL t or fn, or a size
 * that cannot be mapped), or mmap's or clone's error, with nothing left
 * mapped. */
long js_thread_create(struct js_thread *t, int (*fn)(void *), void *arg,
		      size_t stack_size);
/* Waits until thread t has exited (on the kernel's CLONE_CHILD_CLEARTID
 * futex), stores its result in *result unless NULL and unmaps its stack,
 * TLS and control block.  Each thread is joined once; a thread that is
 * never joined keeps its mapping.  -JS_EINVAL for a t never created (or
 * already joined), -JS_EDEADLK for the calling thread itself. */
long js_thread_join(struct js_thread *t, int *result);
/* Ends the calling thread only (exit(2)), with result for js_thread_join.
 * In the main thread, the process goes on while other threads run. */
__attribute__((noreturn)) void js_thread_exit(int result);
/* The calling thread's identity (no system call). */
struct js_thread_desc *js_thread_self(void);

/* ==== Every-syscall issue, residual calls (coverage branch) ==========
 * futex2 (Linux 6.7), the thread-exit and robust-list registrations, rseq
 * and membarrier.  Constants and layouts: include/uapi/linux/futex.h,
 * linux/rseq.h, linux/membarrier.h (proven on every architecture:
 * tests/sh/test_resid_arch_layout.sh). */

/* futex_wake(2), futex_wait(2), futex_requeue(2) (Linux 6.7): the futex2
 * calls, one per operation, whose flags (JS_FUTEX2_SIZE_U8..U64 |
 * JS_FUTEX2_PRIVATE | JS_FUTEX2_NUMA) give the word's size; 6.18 accepts
 * JS_FUTEX2_SIZE_U32 only (anything else is -JS_EINVAL).  Named futex2_*
 * because js_futex_wait and js_futex_wake are the private-futex helpers
 * above (FUTEX_WAIT/FUTEX_WAKE of futex(2)).
 * js_futex2_wake wakes up to nr waiters whose bitset shares a bit with
 * mask (JS_FUTEX_BITSET_MATCH_ANY: any), returning how many it woke.
 * js_futex2_wait sleeps while *uaddr == val (-JS_EAGAIN when it is not),
 * woken by a wake whose mask meets this one; timeout is absolute on
 * clockid (JS_CLOCK_MONOTONIC or JS_CLOCK_REALTIME), NULL for none.
 * js_futex2_requeue takes two waiters (waiters[0] the futex and the value
 * it must have, waiters[1] the target): it wakes nr_wake waiters of the
 * first and moves up to nr_requeue others to the second; flags must be 0. */
long js_futex2_wake(void *uaddr, unsigned long mask, int nr,
		    unsigned int flags);
long js_futex2_wait(void *uaddr, unsigned long val, unsigned long mask,
		    unsigned int flags, const struct js_timespec *timeout,
		    int clockid);
long js_futex2_requeue(const struct js_futex_waitv *waiters,
		       unsigned int flags, int nr_wake, int nr_requeue);

/* set_tid_address(2): at this thread's exit the kernel writes 0 to
 * *tidptr and wakes a futex on it (what CLONE_CHILD_CLEARTID sets at
 * creation).  Returns the caller's thread id; cannot fail. */
long js_set_tid_address(int *tidptr);

/* Robust futexes (set_robust_list(2), get_robust_list(2)): a list of
 * held futex locks the kernel walks when the thread exits, setting
 * JS_FUTEX_OWNER_DIED in each.  Each element is a struct js_robust_list
 * inside the lock; futex_offset is the distance from it to the lock's
 * futex word. */
struct js_robust_list {
	struct js_robust_list *next;
};
struct js_robust_list_head {
	struct js_robust_list list;	/* circular: the last points back here */
	long futex_offset;
	struct js_robust_list *list_op_pending;	/* the lock being taken */
};
/* len must be sizeof(struct js_robust_list_head) (-JS_EINVAL otherwise).
 * glibc registers its own list for every thread: next to glibc this
 * replaces it, which its robust mutexes then no longer see. */
long js_set_robust_list(struct js_robust_list_head *head, size_t len);
/* The list of thread pid (0: the caller): *head_ptr and *len_ptr.
 * Another process's needs ptrace access to it (-JS_EPERM otherwise). */
long js_get_robust_list(int pid, struct js_robust_list_head **head_ptr,
			size_t *len_ptr);

/* rseq(2): restartable sequences.  Registers the thread's struct js_rseq
 * (aligned to 32 bytes), which the kernel then keeps up to date: cpu_id
 * and cpu_id_start (the CPU the thread runs on), node_id and mm_cid
 * (Linux 6.3); rseq_cs points at the struct js_rseq_cs of a critical
 * section in progress, which the kernel aborts to abort_ip on preemption,
 * signal or migration.  sig is the 32-bit value that must precede each
 * abort handler in the code.  flags: 0 to register, JS_RSEQ_FLAG_UNREGISTER
 * (same rseq, len and sig) to unregister; a second registration is
 * -JS_EBUSY.  The freestanding runtime registers no rseq area (so a
 * program may register its own); glibc (2.35+) registers one per thread,
 * at __rseq_offset from the thread pointer, so next to glibc a new one is
 * -JS_EBUSY. */
struct js_rseq {
	uint32_t cpu_id_start;
	uint32_t cpu_id;
	uint64_t rseq_cs;	/* (uint64_t)(uintptr_t)&a js_rseq_cs, or 0 */
	uint32_t flags;
	uint32_t node_id;	/* Linux 6.3 */
	uint32_t mm_cid;	/* Linux 6.3 */
} __attribute__((aligned(32)));
struct js_rseq_cs {
	uint32_t version;	/* 0 */
	uint32_t flags;
	uint64_t start_ip;
	uint64_t post_commit_offset;
	uint64_t abort_ip;
} __attribute__((aligned(32)));
#define JS_RSEQ_FLAG_UNREGISTER               1
#define JS_RSEQ_CPU_ID_UNINITIALIZED          (-1)
#define JS_RSEQ_CPU_ID_REGISTRATION_FAILED    (-2)
#define JS_RSEQ_CS_FLAG_NO_RESTART_ON_PREEMPT 1
#define JS_RSEQ_CS_FLAG_NO_RESTART_ON_SIGNAL  2
#define JS_RSEQ_CS_FLAG_NO_RESTART_ON_MIGRATE 4
/* The length of the Linux 4.18 struct (cpu_id_start to flags) the kernel
 * takes as rseq_len; the 6.3 fields live in its padding. */
#define JS_RSEQ_ORIG_SIZE 32
long js_rseq(struct js_rseq *rseq, uint32_t rseq_len, int flags,
	     uint32_t sig);

/* membarrier(2): a memory barrier on other threads.  JS_MEMBARRIER_CMD_QUERY
 * returns the supported commands as a bit mask; the PRIVATE_EXPEDITED
 * commands need a REGISTER_ first (-JS_EPERM otherwise).  flags is 0 or
 * JS_MEMBARRIER_CMD_FLAG_CPU (with the RSEQ command, cpu_id names the
 * one CPU); cpu_id is ignored otherwise. */
#define JS_MEMBARRIER_CMD_QUERY                                0
#define JS_MEMBARRIER_CMD_GLOBAL                               (1 << 0)
#define JS_MEMBARRIER_CMD_GLOBAL_EXPEDITED                     (1 << 1)
#define JS_MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED            (1 << 2)
#define JS_MEMBARRIER_CMD_PRIVATE_EXPEDITED                    (1 << 3)
#define JS_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED           (1 << 4)
#define JS_MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE          (1 << 5)
#define JS_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE (1 << 6)
#define JS_MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ               (1 << 7)
#define JS_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ      (1 << 8)
#define JS_MEMBARRIER_CMD_GET_REGISTRATIONS                    (1 << 9) /* 6.3 */
#define JS_MEMBARRIER_CMD_SHARED JS_MEMBARRIER_CMD_GLOBAL
#define JS_MEMBARRIER_CMD_FLAG_CPU (1 << 0)
long js_membarrier(int cmd, unsigned int flags, int cpu_id);
/* ==== end of the coverage branch's block ============================== */


#ifdef __cplusplus
}
#endif

#endif
