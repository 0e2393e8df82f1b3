/* Tracing and fault injection: the JavaScript libjs's `DEBUG=libjs:*` mode, in process.
 *
 * Both go through the one hook every wrapper passes (sys.h, src/call.h),
 * so every call libjs makes, js_syscall included, is seen, and a wrapper
 * added later needs nothing more.  Nothing here is linked into a program
 * that does not call it: `libjs-cc --trace` pulls it in and starts it from
 * the environment at program entry; a program with its own entry (or one
 * linked next to glibc) calls js_trace_init(envp).
 *
 * Trace lines are strace's shape, one write(2) each, to fd 2 by default:
 *   libjs:syscall openat(AT_FDCWD, "/etc/hostname", O_RDONLY|O_CLOEXEC) = 3
 *   libjs:syscall read(3, "vm\n", 4096) = 3
 *   libjs:syscall stat("/nope", 0x7ffd5c1d2a40) = -1 ENOENT (No such file or directory)
 *   libjs:syscall read(0, 0x7ffd5c1d2a40, 64) = -1 EINTR (Interrupted system call) (INJECTED)
 *   libjs:syscall clock_gettime(CLOCK_MONOTONIC, {tv_sec=5, tv_nsec=12}) = 0 (vdso)
 * The last is a call the vDSO answered (docs/vdso.md): strace cannot see
 * it, and no system call was made.
 *
 * Errors print as strace prints them, "-1", the name and the text; an
 * injected one has " (INJECTED)" after that.
 *
 * The trace makes its own write directly (not through the hook), allocates
 * nothing and keeps its line on the calling thread's stack (a line too
 * long for it is built again in one buffer of the process's and still
 * written whole, by one call).  It reads the program's memory only with
 * process_vm_readv (docs/tracing.md), so a pointer the kernel never
 * followed cannot make it fault. */
#ifndef LIBJS_TRACE_H
#define LIBJS_TRACE_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Read DEBUG and LIBJS_FAULT from envp (a NULL-terminated "NAME=value"
 * array, main's third argument) and switch tracing / injection on as they
 * say.  Returns 0, or -JS_EINVAL when LIBJS_FAULT has a bad entry (the
 * good ones before it stay in force); the first bad entry is then named on
 * fd 2 with what is wrong with it:
 *   libjs: LIBJS_FAULT: "exit_group:EIO" refused: the call does not return, ... */
long js_trace_init(char **envp);

/* Switch tracing on (on != 0) or off; lines go to fd.  Fault rules stay. */
void js_trace_set(int on, int fd);

/* True when tracing is on. */
int js_trace_on(void);

/* The npm `debug` package's rule: is namespace ns enabled by the DEBUG
 * value spec?  spec is a comma- or space-separated list of patterns, `*`
 * matches any run of characters, a pattern starting with `-` excludes
 * (exclusions win).  js_debug_enabled("*,-libjs:syscall", "libjs:syscall")
 * is 0. */
int js_debug_enabled(const char *spec, const char *ns);

/* ---- Fault injection (branch tfault) ---------------------------------
 *
 * strace's `-f -e inject=` semantics (docs/tracing.md): a rule holds one
 * system call, an action (fail with an error, succeed with a return value
 * without entering the kernel, or -- libjs's own -- shorten) and strace's
 * when=FIRST..LAST+STEP window over the invocations of that call.  The
 * invocations are counted per thread, as strace counts per traced task:
 * a new thread or a forked child starts from the rule's first state, and
 * execve carries the calling thread's counts into the new image through
 * LIBJS_FAULT.  A second rule for the same call replaces the first (strace
 * keeps the last). */

/* error value of a rule that shortens instead of failing: read-like and
 * write-like calls (read, write, pread64, pwrite64, readv/writev count,
 * recvfrom, sendto, getdents64, getrandom, ...) reach the kernel asking for
 * half the bytes (rounded up, so at least 1).  Not in strace. */
#define JS_FAULT_SHORT 0
/* when of js_fault_set: 0 matches every call; N (1-65535) matches the Nth
 * call of that syscall (counting from 1); N | JS_FAULT_FROM matches the
 * Nth and every later one. */
#define JS_FAULT_FROM (1UL << 63)
#define JS_FAULT_MAX 16
/* Threads counted apart; the threads beyond share one more count. */
#define JS_FAULT_THREADS 64

/* Add a rule: system call nr (JS_NR_read) fails with -error (error > 0,
 * e.g. JS_EINTR) without entering the kernel, or is shortened
 * (JS_FAULT_SHORT), on the calls `when` selects.  Returns 0, -JS_EINVAL
 * (bad nr, error or when, or a call no rule can reach: exit and exit_group
 * never return, and libjs also makes clone, vfork and rt_sigreturn in
 * assembly, where the hook is not consulted), -JS_ENOSPC (JS_FAULT_MAX
 * calls have rules already).  js_fault_add(nr, error ? JS_FAULT_DO_ERROR :
 * JS_FAULT_DO_SHORT, error, N, JS_FAULT_LAST_INF, 0 or 1). */
long js_fault_set(long nr, long error, unsigned long when);

/* Actions of js_fault_add. */
#define JS_FAULT_DO_ERROR  1	/* return -value (1-4095): strace's error= */
#define JS_FAULT_DO_RETVAL 2	/* return value (>= 0): strace's retval= */
#define JS_FAULT_DO_SHORT  3	/* ask the kernel for half (JS_FAULT_SHORT) */
/* last of js_fault_add: no last call. */
#define JS_FAULT_LAST_INF 0xffff

/* The general form, strace's when=first..last+step: the calls numbered
 * first, first + step, first + 2 step, ... up to last (inclusive) get the
 * action; step 0 means only the call numbered first.  first 1-65535, last
 * first-65534 or JS_FAULT_LAST_INF, step 0-65535.  Replaces an earlier
 * rule for nr.  Returns 0, -JS_EINVAL or -JS_ENOSPC as js_fault_set. */
long js_fault_add(long nr, int action, long value, unsigned int first,
		  unsigned int last, unsigned int step);

/* Add the rules of a LIBJS_FAULT value: comma- or space-separated
 * entries, each a system call and `:`-separated fields, in libjs's own
 * form or strace's inject= form (mixed as one likes):
 *   <syscall>:<error>[:<when>]        error a name (ENOENT), a number
 *                                     (2) or `short`
 *   <syscall>:error=<error>[:when=<when>]
 *   <syscall>:retval=<value>[:when=<when>]
 * when: N, N+, N+STEP, N..M, N..M+, N..M+STEP (strace's); default: every
 * call.  "openat:ENOENT:1,read:EINTR:2+,write:error=EIO:when=2..6+2".
 * Returns 0 or -JS_EINVAL (the rules before the bad entry stay), or
 * -JS_ENOSPC. */
long js_fault_parse(const char *spec);

/* Remove every rule (and their counters). */
void js_fault_clear(void);

/* ---- The decoder, for programs that want the text themselves --------- */

/* The name of system call nr ("openat"), NULL when nr is unknown. */
const char *js_syscall_name(long nr);
/* The number of the system call named name, or -1. */
long js_syscall_nr(const char *name);

/* Format the line the trace would write for call nr with arguments a[6]
 * and result ret (after the call: out-buffers are read from memory) into
 * buf, NUL-terminated, ending in '\n'.  mark: 0, or JS_TRACE_INJECTED
 * (the result was injected: " (INJECTED)" after it, as strace writes), or
 * JS_TRACE_VDSO (the vDSO answered and no system call was made:
 * " (vdso)" after the result; docs/vdso.md).  Returns the length (at most
 * size - 1). */
size_t js_trace_format(char *buf, size_t size, long nr, const long a[6],
		       long ret, int mark);
#define JS_TRACE_INJECTED 1
#define JS_TRACE_VDSO     2

#ifdef __cplusplus
}
#endif

#endif
