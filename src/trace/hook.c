/* The hook tracing and fault injection install in js__hook (sys.h), and
 * the switches that install it.  Linked only into programs that call
 * something in trace.h or are built with `libjs-cc --trace`: a program
 * that never does stores nothing to js__hook, so with LTO the test in
 * every wrapper folds away. */
#include <libjs/errno.h>
#include <libjs/sys.h>
#include "trace.h"

#define LINE 1024

static int trace_on;
static int trace_fd = 2;

/* Inlined into the hook: measured on the bench machine, a return through
 * a frame that was live across a system call costs far more than its
 * instructions (about 50 ns for the first after each syscall: the return
 * predictor no longer holds the address), so the trace adds no frame of
 * its own to return through after its write. */
static inline __attribute__((always_inline)) void
emit(long nr, const long a[6], long ret, int injected)
{
	char line[LINE];
	size_t n = js_trace_format(line, sizeof line, nr, a, ret, injected);

	/* Directly, not through the hook: the trace's write is not traced.
	 * One write per line, so lines never interleave. */
	js_syscall3(JS_NR_write, __atomic_load_n(&trace_fd, __ATOMIC_RELAXED),
		    (long)line, (long)n);
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

static long hook(long nr, long a, long b, long c, long d, long e, long f)
{
	long args[6] = { a, b, c, d, e, f };
	int tracing = __atomic_load_n(&trace_on, __ATOMIC_RELAXED);
	int hit = 0, i;
	long err = js__fault_any() ? js__fault_check(nr, &hit) : 0, r;

	if (hit && err != JS_FAULT_SHORT) {
		if (tracing)
			emit(nr, args, -err, 1);
		return -err;
	}
	if (hit && (i = js__sc_len_arg(nr)) >= 0) {
		/* `short`: ask the kernel for half, rounded up. */
		unsigned long n = (unsigned long)args[i];

		args[i] = (long)(n - n / 2);
	}
	/* Calls that do not come back are reported before they are made. */
	if (tracing && (nr == JS_NR_exit || nr == JS_NR_exit_group))
		emit(nr, args, 0, 0);
	r = js_syscall6(real(nr), args[0], args[1], args[2], args[3], args[4],
			args[5]);
	if (tracing)
		emit(nr, args, r, 0);
	return r;
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

long js_trace_init(char **envp)
{
	const char *dbg = env(envp, "DEBUG"), *bad = 0, *why = 0;
	size_t n = 0;
	long r = js__fault_parse(env(envp, "LIBJS_FAULT"), &bad, &n, &why);

	if (r < 0)
		report(bad, n, why);
	if (dbg && js_debug_enabled(dbg, "libjs:syscall"))
		js_trace_set(1, 2);
	return r;
}

/* Called by the program entry's js__env_init when linked (libjs-cc
 * --trace forces it in): the development build starts from DEBUG and
 * LIBJS_FAULT with nothing in main.  A bad LIBJS_FAULT is reported on fd 2
 * rather than ignored. */
void js__trace_start(char **envp)
{
	static const char msg[] = "libjs: LIBJS_FAULT: bad entry ignored\n";

	if (js_trace_init(envp) < 0)
		js_syscall3(JS_NR_write, 2, (long)msg, sizeof msg - 1);
}
