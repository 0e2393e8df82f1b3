/* The system call layer: the JavaScript libjs's `sys.syscall`, the error convention
 * and the one hook every wrapper passes through (for tracing and fault
 * injection, see trace.h).
 *
 * Error convention (docs/design.md rule 3): every call returns the kernel's raw
 * result as long; -4095..-1 is -errno.  Calls that return an address are
 * tested with JS_IS_ERR / JS_PTR_ERR. */
#ifndef LIBJS_SYS_H
#define LIBJS_SYS_H

#include "arch/arch.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Any system call by number, for calls libjs does not wrap: up to six
 * arguments, through the trace/fault hook like every wrapper.  syscall(2),
 * without errno.
 *
 * js_syscall(nr, a, b, ...) is a macro: it converts each argument to long,
 * as a prototype would, and calls js__syscall0..6 by their count.  So an
 * int is sign-extended whatever its type (js_syscall(JS_NR_lseek, fd,
 * (int)-1, JS_SEEK_END) seeks back one byte; through a variadic function,
 * as with glibc's syscall(), the kernel would see 4294967295 on x86_64 and
 * aarch64), and an unsigned int is zero-extended.  What the caller must
 * still take care of: a pointer is passed as its address (in C++, pass 0
 * or NULL, not nullptr); floating-point values are converted to integers,
 * so never pass one; more than six arguments do not compile; a value wider
 * than long (a 64-bit offset on a 32-bit target, should one be added) must
 * be split into registers as that call's ABI says.
 *
 * The function itself (taken as (js_syscall) or through a pointer) reads
 * six longs from its variadic arguments, so there every argument must
 * already be a long (cast it). */
long (js_syscall)(long nr, ...);
long js__syscall0(long nr);
long js__syscall1(long nr, long a);
long js__syscall2(long nr, long a, long b);
long js__syscall3(long nr, long a, long b, long c);
long js__syscall4(long nr, long a, long b, long c, long d);
long js__syscall5(long nr, long a, long b, long c, long d, long e);
long js__syscall6(long nr, long a, long b, long c, long d, long e, long f);
#define JS__SYSC0(n) js__syscall0(n)
#define JS__SYSC1(n, a) js__syscall1(n, (long)(a))
#define JS__SYSC2(n, a, b) js__syscall2(n, (long)(a), (long)(b))
#define JS__SYSC3(n, a, b, c) js__syscall3(n, (long)(a), (long)(b), (long)(c))
#define JS__SYSC4(n, a, b, c, d)                                               \
	js__syscall4(n, (long)(a), (long)(b), (long)(c), (long)(d))
#define JS__SYSC5(n, a, b, c, d, e)                                            \
	js__syscall5(n, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e))
#define JS__SYSC6(n, a, b, c, d, e, f)                                         \
	js__syscall6(n, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), \
		     (long)(f))
/* The trailing 0 keeps `...` non-empty (C99/C++ before 20 want it). */
#define JS__SYSC_PICK(n, a, b, c, d, e, f, which, ...) which
#define JS__SYSC_FIRST(n, ...) n
/* The call site records its number for the link-time system-call set
 * (sandbox.h: JS_SANDBOX_ALLOW, libjs-cc --sandbox), so a constant number
 * is in the set whether or not js__syscallN is inlined. */
#define js_syscall(...)                                                        \
	__extension__({                                                        \
		JS__SC_RECORD(JS__SYSC_FIRST(__VA_ARGS__, 0));                 \
		JS__SYSC_PICK(__VA_ARGS__, JS__SYSC6, JS__SYSC5, JS__SYSC4,    \
			      JS__SYSC3, JS__SYSC2, JS__SYSC1, JS__SYSC0,      \
			      0)(__VA_ARGS__);                                 \
	})

/* One record of the link-time system-call set: 4 bytes in section
 * js_syscalls, linked to the section of the code around it
 * (SHF_LINK_ORDER), so the linker keeps it exactly when it keeps that
 * function; no instruction.  A number the compiler cannot prove constant
 * is recorded as -1, a constant of 1024 or more (no system call on these
 * architectures) as -2: riscv64's gcc prints only 12-bit constants with
 * %c.  Public as JS_SANDBOX_ALLOW (sandbox.h). */
#define JS__SC_RECORD(nr)                                                      \
	__asm__ __volatile__(".Ljs_sc%=:\n\t"                                  \
			     ".pushsection js_syscalls,\"ao\",@progbits,"      \
			     ".Ljs_sc%=\n\t.balign 4\n\t.long %c0\n\t"          \
			     ".popsection"                                     \
			     :                                                 \
			     : "i"(!__builtin_constant_p(nr) ? -1L :             \
				   (unsigned long)(nr) < 1024 ? (long)(nr) : -2L))

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

#ifdef __cplusplus
}
#endif

#endif
