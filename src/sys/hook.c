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

/* The trace's hook in a form for calls of up to five arguments: six in
 * registers, so js__hook_call5 jumps to it rather than calling js__hook
 * (whose seventh argument goes on x86_64's stack, which forbids the jump).
 * After the hook's system call (the trace's write) that is one return
 * fewer through a frame made before it, and such a return costs far more
 * than its instruction (docs/tracing.md, "Cost").  js__hook5_for is the
 * js__hook it stands for (set first, never cleared); any other hook (a
 * test's recorder) is called as it is. */
js__hook5_fn js__hook5;
js_hook_fn js__hook5_for;

/* noinline: with LTO gcc would otherwise inline these into every wrapper's
 * call site, and code that needs the pointer's value turns the fast path's
 * `cmpq $0, js__hook(%rip); jne` back into load, test, branch (one more
 * instruction per call in a `libjs-cc --trace` build). */
__attribute__((noinline)) long js__hook_call5(long nr, long a, long b, long c, long d, long e)
{
	js_hook_fn h = js__hook;

	if (h == __atomic_load_n(&js__hook5_for, __ATOMIC_ACQUIRE) && h)
		return js__hook5(nr, a, b, c, d, e);
	return h(nr, a, b, c, d, e, 0);
}

__attribute__((noinline)) long
js__hook_call6(long nr, long a, long b, long c, long d, long e, long f)
{
	return js__hook(nr, a, b, c, d, e, f);
}

/* The trace's entry for vDSO calls (src/trace/hook.c), linked whenever
 * the trace is: weak, so that a program which never traces carries none
 * of it.  js__hook is set only by that same file, so when a wrapper finds
 * the hook set, the entry is there; the js__hook fallback below only
 * keeps the call made if that ever stops being true. */
extern long js__trace_vdso(long nr, long a, long b, long c,
			   js__vdso_try_fn try_vdso) __attribute__((weak));

__attribute__((noinline)) long
js__hook_vdso(long nr, long a, long b, long c, js__vdso_try_fn try_vdso)
{
	if (js__trace_vdso)
		return js__trace_vdso(nr, a, b, c, try_vdso);
	return js__hook(nr, a, b, c, 0, 0, 0);
}
