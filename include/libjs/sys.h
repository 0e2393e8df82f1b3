/* The system call layer: the seed's `sys.syscall`, the error convention
 * and the one hook every wrapper passes through (for tracing and fault
 * injection, see trace.h).
 *
 * Error convention (DESIGN.md rule 3): every call returns the kernel's raw
 * result as long; -4095..-1 is -errno.  Calls that return an address are
 * tested with JS_IS_ERR / JS_PTR_ERR. */
#ifndef LIBJS_SYS_H
#define LIBJS_SYS_H

#include "arch/arch.h"

/* Any system call by number, for calls libjs does not wrap: passes up to
 * six arguments (extra ones are ignored by the kernel), goes through the
 * trace/fault hook like every wrapper.  syscall(2), without errno. */
long js_syscall(long nr, ...);

#define JS_MAX_ERRNO 4095
/* True when r (a long result) is an error. */
#define JS_IS_ERR_VALUE(r) ((unsigned long)(long)(r) >= (unsigned long)-JS_MAX_ERRNO)
/* True when p (a pointer result such as js_mmap's) encodes an error. */
#define JS_IS_ERR(p) JS_IS_ERR_VALUE((long)(p))
/* The negative errno encoded in p. */
#define JS_PTR_ERR(p) ((long)(p))
/* A pointer that encodes the negative errno e. */
#define JS_ERR_PTR(e) ((void *)(long)(e))

/* The hook: NULL unless tracing or fault injection is switched on (trace.h).
 * Wrappers test it before entering the kernel; when set, the call is made
 * by the hook instead, which may also decide not to make it.  Hidden, so
 * the test is one RIP-relative compare in a static link. */
typedef long (*js_hook_fn)(long nr, long a, long b, long c, long d, long e,
			   long f);
extern js_hook_fn js__hook __attribute__((visibility("hidden")));

#endif
