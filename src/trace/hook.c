/* The hook tracing and fault injection install in js__hook (sys.h), and
 * the switches that install it.  Linked only into programs that call
 * something in trace.h or are built with `libjs-cc --trace`: a program
 * that never does stores nothing to js__hook, so with LTO the test in
 * every wrapper folds away. */
#include <libjs/errno.h>
#include <libjs/proc.h>
#include <libjs/sys.h>
#include "trace.h"
#include "../call.h"

/* A line is built on the stack in LINE bytes; one that does not fit is
 * built again in the process's one long-line buffer (LONG bytes, in .bss:
 * no file size, and no memory until a long line is written), so that the
 * stack use stays bounded whatever the line (a thread's stack may be 16
 * KiB) and the line still goes out whole in one system call. */
#define LINE 1024
#define LONG 65536

static int trace_on;
static int trace_fd = 2;

/* 1 when libjs's start code started the program: src/rt/start.c's
 * definition prevails over this weak one, which a program another libc
 * started keeps (its threads are ones libjs never sees: src/call.h).  A
 * definition, not a weak reference, so that libjs.a needs nothing from
 * outside it; not const, which gcc would fold to this 0. */
__attribute__((weak, visibility("hidden"))) int js__rt_libjs;

static char long_line[LONG + 32];
/* The thread id of the thread using long_line, 0 when free. */
static int long_owner;

static void put_mark(char *line, const char *pidmark, size_t m)
{
	static const char head[] = "libjs:syscall ";
	size_t i;

	/* The line was formatted m bytes in; its "libjs:syscall " is moved
	 * back to the start and the mark put after it. */
	for (i = 0; i < sizeof head - 1; i++)
		line[i] = head[i];
	for (i = 0; i < m; i++)
		line[sizeof head - 1 + i] = pidmark[i];
}

static void put_line(const char *line, size_t n)
{
	/* Directly, not through the hook: the trace's write is not traced.
	 * One write per line, so lines of several threads never interleave.
	 * Each of the trace's own calls is in the program's link-time set
	 * (libjs/sandbox.h), so a sandboxed traced program may make it. */
	JS_SANDBOX_ALLOW(JS_NR_write);
	js_syscall3(JS_NR_write, __atomic_load_n(&trace_fd, __ATOMIC_RELAXED),
		    (long)line, (long)n);
}

/* Take long_line for thread tid of process pid: 0 when this very thread
 * holds it (a signal handler's call inside the long path); waits while
 * another thread writes its long line, and takes it from an owner that no
 * longer exists in this process (a fork's child inherits a held buffer
 * from a thread it does not have). */
static int take_long(int tid, int pid)
{
	JS_SANDBOX_ALLOW(JS_NR_tgkill);
	JS_SANDBOX_ALLOW(JS_NR_sched_yield);
	for (;;) {
		int owner = 0;

		if (__atomic_compare_exchange_n(&long_owner, &owner, tid, 0,
						__ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
			return 1;
		if (owner == tid)
			return 0;
		if (js_syscall3(JS_NR_tgkill, pid, owner, 0) == -JS_ESRCH &&
		    __atomic_compare_exchange_n(&long_owner, &owner, tid, 0,
						__ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
			return 1;
		js_syscall0(JS_NR_sched_yield);
	}
}

/* A line longer than LINE: formatted again (its memory fetched again)
 * into long_line and written in one write, or, when this thread already
 * holds long_line, written as the stack held it, cut. */
static __attribute__((noinline, cold)) void
emit_long(long nr, const long a[6], long ret, int mark, const struct js__pre *pre,
	  int tid, int pid,
	  const char *pidmark, size_t m, char *line, size_t n)
{
	if (!take_long(tid, pid)) {
		put_line(line, n);
		return;
	}
	n = js__trace_format_pre(long_line + m, LONG, nr, a, ret, mark, pre);
	if (m)
		put_mark(long_line, pidmark, m);
	put_line(long_line, n + m);
	__atomic_store_n(&long_owner, 0, __ATOMIC_RELEASE);
}

/* The frame of one traced call (src/call.h, struct js__call): what the
 * stub reads first, then what the trace keeps from before the call to
 * after it. */
struct tcall {
	struct js__call c;
	int tracing, faults;
	struct js__pre pre;
	char line[LINE + 32];
};
_Static_assert(sizeof(struct tcall) <= JS__CALL_SIZE,
	       "src/hook_frame.h: JS__CALL_SIZE must hold the trace's frame");

/* The line for call nr (arguments t->c.a) with result ret, formatted into
 * t->line for the caller to write (t->c.out, t->c.outn): js__hook_call5's
 * stub writes it after this has returned.  Only a line longer than LINE
 * is written here (emit_long), and t->c.outn left 0. */
static void format(struct tcall *t, long nr, long ret, int mark,
		   const struct js__pre *pre)
{
	char pidmark[32];
	struct js__w w = { pidmark, pidmark + sizeof pidmark };
	int pid = __atomic_load_n(&js__self_pid, __ATOMIC_RELAXED), tid;
	size_t n, m = 0;

	JS_SANDBOX_ALLOW(JS_NR_gettid);
	JS_SANDBOX_ALLOW(JS_NR_getpid);
	/* The process id tells the main thread's lines from other threads'
	 * (which strace -f marks "[pid N] " and so does the trace), and is
	 * the process js__fetch reads.  A process libjs's start code started
	 * that has made no thread and no child the hook did not see
	 * (js__tid_unsure, src/call.h) is its own main thread, and the id kept
	 * is right (0 after a fork the hook made: asked again): no system call
	 * but the line's write.  Otherwise the main thread's own id proves the
	 * one kept right, and any other thread asks the kernel, since the
	 * process may be a child made where the hook did not see it (js_vfork,
	 * js_clone_fn), whose copy of the id is its parent's. */
	if (__builtin_expect(!pid, 0))
		__atomic_store_n(&js__self_pid, pid = (int)js_syscall0(JS_NR_getpid),
				 __ATOMIC_RELAXED);
	if (__builtin_expect(js__rt_libjs && !__atomic_load_n(&js__tid_unsure, __ATOMIC_RELAXED), 1)) {
		tid = pid;
	} else if ((tid = (int)js_syscall0(JS_NR_gettid)) != pid) {
		int now = (int)js_syscall0(JS_NR_getpid);

		if (now != pid)
			__atomic_store_n(&js__self_pid, pid = now, __ATOMIC_RELAXED);
	}
	if (tid != pid) {
		JS__PUTS(&w, "[pid ");
		js__put_dec(&w, tid);
		JS__PUTS(&w, "] ");
		m = (size_t)(w.p - pidmark);
	}
	n = js__trace_format_pre(t->line + m, LINE, nr, t->c.a, ret, mark, pre);
	if (m)
		put_mark(t->line, pidmark, m);
	t->c.outn = 0;
	if (__builtin_expect(n == LINE - 1, 0)) {
		emit_long(nr, t->c.a, ret, mark, pre, tid, pid, pidmark, m,
			  t->line, n + m);
		return;
	}
	/* The write put_line would make, left to the stub; the fd is read
	 * once, like put_line's. */
	t->c.fd = __atomic_load_n(&trace_fd, __ATOMIC_RELAXED);
	t->c.out = t->line;
	t->c.outn = (long)(n + m);
}

/* A line written now, before the call (exit's, a successful exec's). */
static void emit_now(struct tcall *t, long nr, long ret, int mark)
{
	format(t, nr, ret, mark, 0);
	if (t->c.outn)
		put_line(t->c.out, (size_t)t->c.outn);
	t->c.outn = 0;
}

/* vfork's child would run on, and return through, the hook's frame
 * (js__hook_call5's stub), which the parent still needs: while the hook is
 * set, a vfork made through it (js_syscall(JS_NR_vfork); js_vfork is
 * assembly and makes the real one) is made a fork, and so is clone's
 * vfork form on the caller's own stack (CLONE_VM|CLONE_VFORK, no child
 * stack: the two flags dropped).  Each is traced as the call made, as
 * strace sees it.  A correct vfork program (the child only execs or
 * exits) cannot tell. */
static void unvfork(struct js__call *c)
{
	const long vf = JS_CLONE_VM | JS_CLONE_VFORK;

#ifdef JS_NR_vfork
	if (c->nr == JS_NR_vfork)
		c->nr = JS_NR_fork;
#endif
	if (c->nr == JS_NR_clone && !c->a[1] && (c->a[0] & vf) == vf)
		c->a[0] &= ~vf;
}

static int execs(long nr)
{
	return nr == JS_NR_execve || nr == JS_NR_execveat;
}

/* The first half of one traced call (src/call.h, js__call_enter), before
 * the system call: fault rules, the lines written before it, what the
 * line shows as it was before it.  via, for the calls the vDSO may
 * answer (js__hook_vdso's c->via), tries the vDSO first: fault rules
 * apply before it as before a system call, and a call it answers is
 * traced with the vDSO mark.  Returns nonzero when system call c->nr is
 * to be made with c->a; 0 when c->ret is the result already (and c->outn
 * the line's length). */
int js__trace_enter(struct js__call *c, js__vdso_try_fn via)
{
	struct tcall *t = (struct tcall *)c;
	long nr = c->nr, v = 0, r;
	int act, i;

	t->tracing = __atomic_load_n(&trace_on, __ATOMIC_RELAXED);
	t->faults = js__fault_any();
	c->outn = 0;
	act = t->faults ? js__fault_check(nr, &v) : 0;
	/* Fault rules (fault.c, branch tfault): error= and retval= answer
	 * without the kernel, marked as strace marks them. */
	if (act == JS_FAULT_DO_ERROR || act == JS_FAULT_DO_RETVAL) {
		c->ret = act == JS_FAULT_DO_ERROR ? -v : v;
		if (t->tracing)
			format(t, nr, c->ret, JS_TRACE_INJECTED, 0);
		return 0;
	}
	if (act == JS_FAULT_DO_SHORT && (i = js__sc_len_arg(nr)) >= 0) {
		/* `short`: ask the kernel for half, rounded up. */
		unsigned long n = (unsigned long)c->a[i];

		c->a[i] = (long)(n - n / 2);
	}
	if (via && (r = via(c->a)) != JS__VDSO_NO) {
		c->ret = r;
		if (t->tracing)
			format(t, nr, r, JS_TRACE_VDSO, 0);
		return 0;
	}
	/* Calls that do not come back are reported before they are made;
	 * an exec that succeeds does not come back either, and strace shows
	 * it "= 0": that line is written before it, and one with the error
	 * after it if it fails (docs/tracing.md). */
	if (t->tracing && (nr == JS_NR_exit || nr == JS_NR_exit_group || execs(nr)))
		emit_now(t, nr, 0, 0);
	/* What the line shows as it was before the call (getsockname's
	 * length: "[128 => 16]", select's sets), read now. */
	if (t->tracing)
		js__dec_pre(nr, c->a, &t->pre);
	unvfork(c);
	/* A child sharing this memory (a thread, or clone's vfork form on a
	 * stack of its own) runs
	 * under another id with this process's copy of it: from now on each
	 * line asks the kernel whose it is (format). */
	if ((nr == JS_NR_clone && (c->a[0] & (JS_CLONE_VM | JS_CLONE_THREAD))) ||
	    nr == JS_NR_clone3)
		__atomic_store_n(&js__tid_unsure, 1, __ATOMIC_RELAXED);
	if (t->faults && execs(nr)) {
		c->ret = js__fault_exec(nr, c->a);	/* the counts go along */
		js__trace_leave(c);
		return 0;
	}
	return 1;
}

/* The second half (src/call.h, js__call_leave): system call c->nr has
 * given c->ret. */
void js__trace_leave(struct js__call *c)
{
	struct tcall *t = (struct tcall *)c;

	c->outn = 0;
	if (c->ret == 0 && js__sc_forks(c->nr)) {
		/* A new process (or thread): its id is not the one kept, its
		 * fault counts start afresh, and, as under strace, the call
		 * has no line in it. */
		__atomic_store_n(&js__self_pid, 0, __ATOMIC_RELAXED);
		if (t->faults)
			js__fault_forked(c->nr, c->a);
		return;
	}
	if (t->tracing)
		format(t, c->nr, c->ret, 0, &t->pre);
}

/* The same two halves for a caller in C: js__hook's value, called by
 * whoever calls the pointer itself.  The stub's advantage is lost here
 * (a return after the system call): the wrappers never call it. */
long js__trace_hook(long nr, long a, long b, long c, long d, long e, long f)
{
	struct tcall t;	/* only the fields the stub would set: not 2 KiB of 0 */

	t.c = (struct js__call){ nr, { a, b, c, d, e, f }, 0, 0, 0, 0, 0 };
	if (js__trace_enter(&t.c, 0)) {
		t.c.ret = js_syscall6(t.c.nr, t.c.a[0], t.c.a[1], t.c.a[2],
				      t.c.a[3], t.c.a[4], t.c.a[5]);
		js__trace_leave(&t.c);
	}
	if (t.c.outn)
		put_line(t.c.out, (size_t)t.c.outn);
	return t.c.ret;
}

/* src/sys/hook.c's js__asm_trace while tracing: the calls libjs makes in
 * assembly, reported by that code itself -- js_vfork's and js_clone_fn's
 * in the parent (js_vfork's once it resumes; as under strace, nothing in
 * the child), the x86_64 signal
 * restorer's rt_sigreturn before it is made, with the result it will
 * give (the interrupted context's return register) and a[0] pointing at
 * the signal mask it restores. */
static void made(long ret, long nr, long a, long b, long c, long d, long e)
{
	struct tcall t;

	if (__atomic_load_n(&trace_on, __ATOMIC_RELAXED)) {
		t.c = (struct js__call){ nr, { a, b, c, d, e, 0 }, 0, 0, 0, 0, 0 };
		emit_now(&t, nr, ret, 0);
	}
}

void js__trace_update(void)
{
	int tracing = __atomic_load_n(&trace_on, __ATOMIC_RELAXED);
	int on = tracing || js__fault_any();

	__atomic_store_n(&js__asm_trace, tracing ? made : (js__asm_trace_fn)0,
			 __ATOMIC_RELEASE);
	__atomic_store_n(&js__hook, on ? js__trace_hook : (js_hook_fn)0,
			 __ATOMIC_RELEASE);
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
