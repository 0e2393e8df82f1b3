/* The one mechanism every wrapper uses to enter the kernel.
 *
 * JS_SCn(nr, args...) makes system call nr with n arguments.  When the
 * library is built with the hook (the default; `make TRACE=0` builds
 * without it), it first tests js__hook: NULL, the usual case, costs one
 * compare and one predicted-not-taken branch, and the call is the inline
 * `syscall` instruction itself.  Non-NULL (tracing or fault injection
 * switched on) hands the call to the hook, which makes it and reports it.
 * A wrapper written with these macros is therefore traced with no extra
 * work.  Arguments are cast to long here so that wrappers stay typed. */
#ifndef LIBJS_SRC_CALL_H
#define LIBJS_SRC_CALL_H

#include <libjs/sys.h>
#include <libjs/sandbox.h>

#ifndef LIBJS_HOOK
#define LIBJS_HOOK 1
#endif

#define JS__L(x) ((long)(x))

#include "hook_frame.h"

/* Calls the vDSO may answer (src/vdso/vdso.h) reach the hook through
 * js__hook_vdso instead (the same stub as js__hook_call5), with a
 * function that tries the vDSO on the hook's (possibly shortened)
 * arguments a[0..2]: it returns the call's result, or JS__VDSO_NO when
 * the vDSO cannot answer (the hook then makes the system call).  The
 * trace marks the lines of calls the vDSO answered; fault injection
 * applies to them like to any other call. */
typedef long (*js__vdso_try_fn)(long *a);
#define JS__VDSO_NO (-0x7fffffffffffffffL - 1)
__attribute__((visibility("hidden"), cold)) long
js__hook_vdso(long nr, long a, long b, long c, js__vdso_try_fn try_vdso);

/* The frame of a hooked call: see js__hook_call5 below.  Offsets and
 * size: src/hook_frame.h, which the assembly reads. */
struct js__call {
	long nr;
	long a[6];
	long ret;
	long fd;
	const char *out;
	long outn;
	js__vdso_try_fn via;
};
__attribute__((visibility("hidden"))) int js__call_enter(struct js__call *c);
__attribute__((visibility("hidden"))) void js__call_leave(struct js__call *c);
/* The trace's hook (js__hook's value while tracing) and its two halves of
 * a call, which js__call_enter and js__call_leave hand the frame to
 * (src/trace/hook.c; src/sys/hook.c refers to them weakly). */
long js__trace_hook(long nr, long a, long b, long c, long d, long e, long f);
int js__trace_enter(struct js__call *c, js__vdso_try_fn via);
void js__trace_leave(struct js__call *c);

#if LIBJS_HOOK
/* The slow path is out of line so that the fast path never needs the
 * pointer's value, only a compare against memory:
 * `cmpq $0, js__hook(%rip); jne` -- two instructions.  Calls of up to five
 * arguments use js__hook_call5, whose six arguments all travel in
 * registers, so the compiler needs no stack frame for the rare path.
 *
 * Both (and js__hook_vdso) are assembly (src/arch/<arch>/hook_call.S), one
 * stub with three entries, which makes the system
 * call itself, with the hook's decisions taken in C on either side of it
 * through a frame, struct js__call, on its stack:
 *   js__call_enter(c) -- nonzero: make system call c->nr with c->a (the
 *     hook may have changed both); 0: c->ret is the result already;
 *   js__call_leave(c) -- after that system call, its result in c->ret;
 * then, when c->outn is nonzero, the stub writes c->outn bytes at c->out
 * to fd c->fd (a trace line) and returns c->ret.  So no C frame is live
 * across a system call, and the wrapper is resumed without a return that
 * the kernel has made the processor mispredict (hook_call.S says why). */
__attribute__((visibility("hidden"), cold)) long
js__hook_call5(long nr, long a, long b, long c, long d, long e);
__attribute__((visibility("hidden"), cold)) long
js__hook_call6(long nr, long a, long b, long c, long d, long e, long f);

#define JS__CALL(hooked, direct)                                               \
	(__builtin_expect(js__hook != 0, 0) ? (hooked) : (direct))
#define JS__HOOKED() __builtin_expect(js__hook != 0, 0)
#else
#define JS__CALL(hooked, direct) (direct)
#define JS__HOOKED() 0
#endif

/* Where assembly reports a call it made (src/sys/hook.c): result, number,
 * up to five arguments (on x86_64 the fifth travels on the stack; code
 * reporting fewer leaves the rest unused). */
typedef void (*js__asm_trace_fn)(long ret, long nr, long a, long b, long c,
				 long d, long e);
extern js__asm_trace_fn js__asm_trace __attribute__((visibility("hidden")));

/* Nonzero once the process may run code under a thread id other than its
 * process id without the trace hook having seen the call that made it:
 * set (never cleared) by js_vfork and js_clone_fn before their system
 * call, by js_clone sharing memory, js_clone3, and by the hook for a
 * clone sharing memory.  While it is 0, in a program libjs's start code
 * started (one another libc started may make threads libjs never sees),
 * the trace takes the caller for the main thread of the process whose id
 * it keeps, and asks the kernel nothing (src/trace/hook.c, format). */
extern int js__tid_unsure __attribute__((visibility("hidden")));

#define JS__H5(nr, a, b, c, d, e) js__hook_call5(nr, a, b, c, d, e)

/* Every call site records its number for the link-time set (sandbox.h,
 * JS_SANDBOX_ALLOW): no instruction, 4 bytes in section js_syscalls kept
 * only with the function that makes the call.  libjs-cc --sandbox
 * installs the set as a seccomp filter; libjs-syscalls prints it. */
#define JS__REC(nr, call) ({ JS_SANDBOX_ALLOW(nr); call; })

#define JS__SC0(nr) JS__CALL(JS__H5(nr, 0, 0, 0, 0, 0), js_syscall0(nr))
#define JS__SC1(nr, a)                                                          \
	JS__CALL(JS__H5(nr, JS__L(a), 0, 0, 0, 0), js_syscall1(nr, JS__L(a)))
#define JS__SC2(nr, a, b)                                                       \
	JS__CALL(JS__H5(nr, JS__L(a), JS__L(b), 0, 0, 0),                      \
		 js_syscall2(nr, JS__L(a), JS__L(b)))
#define JS__SC3(nr, a, b, c)                                                    \
	JS__CALL(JS__H5(nr, JS__L(a), JS__L(b), JS__L(c), 0, 0),               \
		 js_syscall3(nr, JS__L(a), JS__L(b), JS__L(c)))
#define JS__SC4(nr, a, b, c, d)                                                 \
	JS__CALL(JS__H5(nr, JS__L(a), JS__L(b), JS__L(c), JS__L(d), 0),        \
		 js_syscall4(nr, JS__L(a), JS__L(b), JS__L(c), JS__L(d)))
#define JS__SC5(nr, a, b, c, d, e)                                              \
	JS__CALL(JS__H5(nr, JS__L(a), JS__L(b), JS__L(c), JS__L(d), JS__L(e)), \
		 js_syscall5(nr, JS__L(a), JS__L(b), JS__L(c), JS__L(d),       \
			     JS__L(e)))
#define JS__SC6(nr, a, b, c, d, e, f)                                           \
	JS__CALL(js__hook_call6(nr, JS__L(a), JS__L(b), JS__L(c), JS__L(d),    \
				JS__L(e), JS__L(f)),                           \
		 js_syscall6(nr, JS__L(a), JS__L(b), JS__L(c), JS__L(d),       \
			     JS__L(e), JS__L(f)))

#define JS_SC0(nr) JS__REC(nr, JS__SC0(nr))
#define JS_SC1(nr, a) JS__REC(nr, JS__SC1(nr, a))
#define JS_SC2(nr, a, b) JS__REC(nr, JS__SC2(nr, a, b))
#define JS_SC3(nr, a, b, c) JS__REC(nr, JS__SC3(nr, a, b, c))
#define JS_SC4(nr, a, b, c, d) JS__REC(nr, JS__SC4(nr, a, b, c, d))
#define JS_SC5(nr, a, b, c, d, e) JS__REC(nr, JS__SC5(nr, a, b, c, d, e))
#define JS_SC6(nr, a, b, c, d, e, f) JS__REC(nr, JS__SC6(nr, a, b, c, d, e, f))

#endif
