/* The hook pointer (sys.h): the trace switch, one of libjs's two kinds of
 * global state (docs/design.md rule 5).  NULL until trace.h's functions set it. */
#include "../call.h"

js_hook_fn js__hook;

/* The trace's entry for calls libjs makes in assembly (js_vfork, the
 * x86_64 signal restorer: src/arch/), which report them themselves:
 * NULL unless tracing is on (src/trace/hook.c sets it). */
js__asm_trace_fn js__asm_trace;

/* src/call.h: stored by the assembly that makes a child the hook does not
 * see (src/arch/<arch>/vfork.S, clone_fn.S). */
int js__tid_unsure;

_Static_assert(__builtin_offsetof(struct js__call, nr) == JS__CALL_NR &&
	       __builtin_offsetof(struct js__call, a) == JS__CALL_A &&
	       __builtin_offsetof(struct js__call, ret) == JS__CALL_RET &&
	       __builtin_offsetof(struct js__call, fd) == JS__CALL_FD &&
	       __builtin_offsetof(struct js__call, out) == JS__CALL_OUT &&
	       __builtin_offsetof(struct js__call, outn) == JS__CALL_OUTN &&
	       __builtin_offsetof(struct js__call, via) == JS__CALL_VIA &&
	       sizeof(struct js__call) <= JS__CALL_SIZE,
	       "src/hook_frame.h must describe struct js__call");

/* The trace's side of js__hook_call5's frame (src/call.h), linked
 * whenever the trace is: weak here, so that a program which never traces
 * carries none of it.  js__trace_hook is the hook the trace installs;
 * while js__hook is that one, the stub's frame is the trace's to use. */
extern __typeof__(js__trace_hook) js__trace_hook __attribute__((weak));
extern __typeof__(js__trace_enter) js__trace_enter __attribute__((weak));
extern __typeof__(js__trace_leave) js__trace_leave __attribute__((weak));

/* src/call.h.  Any other hook (a test's recorder) is called as it is,
 * and makes the call itself (a vDSO call's too, with its three
 * arguments); so is the call, trying the vDSO first, when the hook was
 * switched off since the wrapper looked (another thread's js_trace_set). */
int js__call_enter(struct js__call *c)
{
	/* A plain read: an atomic one takes js__hook's address, and LTO
	 * then no longer proves it NULL in a program that never sets it
	 * (src/call.h: the wrappers' test folds away). */
	js_hook_fn h = js__hook;

	if (h && h == js__trace_hook)
		return js__trace_enter(c, c->via);
	c->outn = 0;
	if (h)
		c->ret = h(c->nr, c->a[0], c->a[1], c->a[2], c->a[3], c->a[4],
			   c->a[5]);
	else if (!c->via || (c->ret = c->via(c->a)) == JS__VDSO_NO)
		c->ret = js_syscall6(c->nr, c->a[0], c->a[1], c->a[2], c->a[3],
				     c->a[4], c->a[5]);
	return 0;
}

/* Reached only when js__trace_enter asked for the call, so the trace is
 * linked. */
void js__call_leave(struct js__call *c)
{
	js__trace_leave(c);
}
