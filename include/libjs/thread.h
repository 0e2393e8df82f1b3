/* Threads and synchronisation.  Every call returns the kernel's raw
 * result (>= 0 success, -errno failure) unless it says otherwise. */
#ifndef LIBJS_THREAD_H
#define LIBJS_THREAD_H

#include <stddef.h>
#include "sys.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Threads --------------------------------------------------------- */
/* Threads of a freestanding program (they need the start code's TLS and
 * thread control block: crt1.o/rcrt1.o and libjs-rt.a; next to libc the
 * link fails with an undefined js__tls_pull, and libc's pthreads are the
 * ones to use).  Each thread has its own copy of every __thread variable,
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

#ifdef __cplusplus
}
#endif

#endif
