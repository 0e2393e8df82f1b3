/* The hook tracing and fault injection install in js__hook (sys.h), and
 * the switches that install it.  Linked only into programs that call
 * something in trace.h or are built with `libjs-cc --trace`: a program
 * that never does stores nothing to js__hook, so with LTO the test in
 * every wrapper folds away. */
#include <libjs/errno.h>
#include <libjs/sys.h>
#include "trace.h"
#include "../call.h"

#define LINE 1024

static int trace_on;
static int trace_fd = 2;

/* The process id, to tell the main thread's lines from other threads'
 * (which strace -f marks "[pid N] " and so does the trace); 0 until
 * known, and set to 0 again after a call that may have made a new
 * process (the child's pid differs). */
static int trace_pid;

/* Inlined into the hook: measured on the bench machine, a return through
 * a frame that was live across a system call costs far more than its
 * instructions (about 50 ns for the first after each syscall: the return
 * predictor no longer holds the address), so the trace adds no frame of
 * its own to return through after its write. */
static inline __attribute__((always_inline)) void
emit(long nr, const long a[6], long ret, int mark, long pre)
{
	static const char head[] = "libjs:syscall ";
	char line[LINE + 32], pidmark[32];
	struct js__w w = { pidmark, pidmark + sizeof pidmark };
	int tid = (int)js_syscall0(JS_NR_gettid);
	int pid = __atomic_load_n(&trace_pid, __ATOMIC_RELAXED);
	size_t n, m = 0, i;

	if (!pid) {
		pid = (int)js_syscall0(JS_NR_getpid);
		__atomic_store_n(&trace_pid, pid, __ATOMIC_RELAXED);
	}
	if (tid != pid) {
		JS__PUTS(&w, "[pid ");
		js__put_dec(&w, tid);
		JS__PUTS(&w, "] ");
		m = (size_t)(w.p - pidmark);
	}
	/* The line is formatted m bytes in; its "libjs:syscall " is then
	 * moved back to the start and the mark put after it. */
	n = js__trace_format_pre(line + m, LINE, nr, a, ret, mark, pre);
	for (i = 0; m && i < sizeof head - 1; i++)
		line[i] = head[i];
	for (i = 0; i < m; i++)
		line[sizeof head - 1 + i] = pidmark[i];
	/* Directly, not through the hook: the trace's write is not traced.
	 * One write per line, so lines of several threads never interleave. */
	js_syscall3(JS_NR_write, __atomic_load_n(&trace_fd, __ATOMIC_RELAXED),
		    (long)line, (long)(n + m));
}

/* vfork's child would run on, and return through, this function's frame,
 * which the parent still needs: while the hook is set it is made a fork.
 * A correct vfork program (the child only execs or exits) cannot tell. */
static long real(long nr)
{
#ifdef JS_NR_vfork
	if (nr == JS_NR_vfork)
		return JS_NR_fork;
#endif
	return nr;
}

/* One traced call.  via, for the calls the vDSO may answer (src/call.h),
 * tries the vDSO first: fault rules apply before it as before a system
 * call, and a call it answers is traced with the vDSO mark. */
static inline __attribute__((always_inline)) long
run(long nr, long args[6], js__vdso_try_fn via)
{
	int tracing = __atomic_load_n(&trace_on, __ATOMIC_RELAXED);
	int hit = 0, i;
	long err = js__fault_any() ? js__fault_check(nr, &hit) : 0, r, pre;

	if (hit && err != JS_FAULT_SHORT) {
		if (tracing)
			emit(nr, args, -err, JS_TRACE_INJECTED, JS__NOPRE);
		return -err;
	}
	if (hit && (i = js__sc_len_arg(nr)) >= 0) {
		/* `short`: ask the kernel for half, rounded up. */
		unsigned long n = (unsigned long)args[i];

		args[i] = (long)(n - n / 2);
	}
	if (via && (r = via(args)) != JS__VDSO_NO) {
		if (tracing)
			emit(nr, args, r, JS_TRACE_VDSO, JS__NOPRE);
		return r;
	}
	/* Calls that do not come back are reported before they are made. */
	if (tracing && (nr == JS_NR_exit || nr == JS_NR_exit_group))
		emit(nr, args, 0, 0, JS__NOPRE);
	/* tdec2: an in/out value the line shows as it was before the call. */
	pre = tracing ? js__dec_pre(nr, args) : JS__NOPRE;
	r = js_syscall6(real(nr), args[0], args[1], args[2], args[3], args[4],
			args[5]);
	if (r == 0 && js__sc_forks(nr))
		__atomic_store_n(&trace_pid, 0, __ATOMIC_RELAXED);
	/* tdec2: the child's side of a fork has no line in strace -f: the
	 * parent's line is the call's. */
	if (tracing && !(r == 0 && js__sc_forks(nr)))
		emit(nr, args, r, 0, pre);
	return r;
}

static long hook(long nr, long a, long b, long c, long d, long e, long f)
{
	long args[6] = { a, b, c, d, e, f };

	return run(nr, args, 0);
}

/* src/sys/hook.c's js__hook_vdso lands here. */
long js__trace_vdso(long nr, long a, long b, long c, js__vdso_try_fn via)
{
	long args[6] = { a, b, c, 0, 0, 0 };

	return run(nr, args, via);
}

void js__trace_update(void)
{
	int on = __atomic_load_n(&trace_on, __ATOMIC_RELAXED) || js__fault_any();

	__atomic_store_n(&js__hook, on ? hook : (js_hook_fn)0, __ATOMIC_RELEASE);
}

void js_trace_set(int on, int fd)
{
	__atomic_store_n(&trace_fd, fd, __ATOMIC_RELAXED);
	__atomic_store_n(&trace_on, !!on, __ATOMIC_RELAXED);
	js__trace_update();
}

int js_trace_on(void)
{
	return __atomic_load_n(&trace_on, __ATOMIC_RELAXED);
}

static const char *env(char **envp, const char *name)
{
	for (; envp && *envp; envp++) {
		const char *a = name, *b = *envp;

		while (*a && *a == *b)
			a++, b++;
		if (!*a && *b == '=')
			return b + 1;
	}
	return 0;
}

/* A bad LIBJS_FAULT entry is named on fd 2, with what is wrong with it:
 *   libjs: LIBJS_FAULT: "exit_group:EIO" refused: the call does not return, ...
 * One write, so the line is never split. */
static void report(const char *bad, size_t n, const char *why)
{
	char line[256];
	struct js__w w = { line, line + sizeof line - 1 };

	JS__PUTS(&w, "libjs: LIBJS_FAULT: \"");
	js__put_cut(&w, bad, n > 64 ? 64 : n);
	if (n > 64)
		JS__PUTS(&w, "...");
	JS__PUTS(&w, "\" refused: ");
	js__put(&w, why);
	*w.p++ = '\n';	/* end leaves it room */
	js_syscall3(JS_NR_write, 2, (long)line, (long)(w.p - line));
}

/* A privileged program (AT_SECURE: set-user-ID and the like) ignores
 * both variables, as glibc ignores LD_PRELOAD: they come from its caller,
 * who could otherwise read what it reads (DEBUG) or make its privilege
 * drop fail (LIBJS_FAULT=setuid:EPERM). */
long js_trace_init(char **envp)
{
	const char *dbg, *bad = 0, *why = 0;
	size_t n = 0;
	long r;

	if (js__secure())
		return 0;
	dbg = env(envp, "DEBUG");
	r = js__fault_parse(env(envp, "LIBJS_FAULT"), &bad, &n, &why);
	if (r < 0)
		report(bad, n, why);
	if (dbg && js_debug_enabled(dbg, "libjs:syscall"))
		js_trace_set(1, 2);
	return r;
}

/* Called by the program entry's js__env_init when linked (libjs-cc
 * --trace forces it in): the development build starts from DEBUG and
 * LIBJS_FAULT with nothing in main.  A bad LIBJS_FAULT entry is named on
 * fd 2 by js_trace_init (the good ones before it stay in force). */
void js__trace_start(char **envp)
{
	js_trace_init(envp);
}
