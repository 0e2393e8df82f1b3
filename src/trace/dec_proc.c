/* The decoders of processes as strace 6.1 decodes them (its clone.c,
 * wait.c and execve.c are the behaviour matched, not the code): clone in
 * strace's order, execve's arrays, wait statuses.  Signals are
 * dec_signal.c's, memory dec_mem.c's, limits and names dec_res.c's, prctl
 * and capabilities dec_prctl.c's.  Every read of the program's memory goes
 * through js__fetch. */
#include <libjs/sys.h>
#include <libjs/proc.h>
#include <libjs/signal.h>
#include <libjs/sandbox.h>
#include <libjs/fs.h>
#include <libjs/thread.h>
#include "trace.h"

#define FL(x) JS__FLAG(x)
#define NE(t) JS__NELEM(t)

static const struct js__flag idtypes[] = {
	FL(P_ALL), FL(P_PID), FL(P_PGID), FL(P_PIDFD),
};

static void sep(struct js__w *w)
{
	JS__PUTS(w, ", ");
}

/* ---- clone, clone3 ---- */

/* Where the kernel takes parent_tid, child_tid and tls: the order
 * JS__CLONE_ARGS (arch/<a>/proc.h) gives them. */
static const int clone_at[] = { JS__CLONE_ARGS(0, 1, 2, 3, 4) };

static long clone_arg(const long *a, int logical)
{
	size_t k;

	for (k = 0; k < NE(clone_at); k++)
		if (clone_at[k] == logical)
			return a[k];
	return 0;
}

static void clone_line(struct js__ctx *c)
{
	struct js__w *w = c->w;
	unsigned long all = (unsigned long)c->a[0];
	unsigned long f = all & ~(unsigned long)JS_CSIGNAL;

	JS__PUTS(w, "child_stack=");
	js__put_ptr(w, c->a[1]);
	JS__PUTS(w, ", flags=");
	js__put_flags(w, K_CLONE, all);
	if (f & (JS_CLONE_PARENT_SETTID | JS_CLONE_PIDFD)) {
		long p = clone_arg(c->a, 2);

		JS__PUTS(w, ", parent_tid=");
		if (f & JS_CLONE_PARENT_SETTID) {
			int v;

			if (js__get(p, &v, sizeof v) && !c->failed) {
				js__putc(w, '[');
				js__put_udec(w, (unsigned int)v);
				js__putc(w, ']');
			} else {
				js__put_ptr(w, p);
			}
		} else {
			js__put_outint(c, p, 0);
		}
	}
	if (f & JS_CLONE_SETTLS) {
		JS__PUTS(w, ", tls=");
		js__put_ptr(w, clone_arg(c->a, 4));
	}
	if (f & (JS_CLONE_CHILD_SETTID | JS_CLONE_CHILD_CLEARTID)) {
		JS__PUTS(w, ", child_tidptr=");
		js__put_ptr(w, clone_arg(c->a, 3));
	}
}

static void clone3_line(struct js__ctx *c)
{
	struct js_clone_args ca;
	struct js__w *w = c->w;
	size_t n = (unsigned long)c->a[1];

	if (n < JS_CLONE_ARGS_SIZE_VER0 || !js__get(c->a[0], &ca,
			n < sizeof ca ? n : sizeof ca)) {
		js__put_ptr(w, c->a[0]);
	} else {
		if (n < sizeof ca)
			__builtin_memset((char *)&ca + n, 0, sizeof ca - n);
		JS__PUTS(w, "{flags=");
		js__put_flags(w, K_CLONEFL, (unsigned long)ca.flags);
		if (ca.flags & JS_CLONE_PIDFD) {
			JS__PUTS(w, ", pidfd=");
			js__put_ptr(w, (long)ca.pidfd);
		}
		if (ca.flags & (JS_CLONE_CHILD_SETTID | JS_CLONE_CHILD_CLEARTID)) {
			JS__PUTS(w, ", child_tid=");
			js__put_ptr(w, (long)ca.child_tid);
		}
		if (ca.flags & JS_CLONE_PARENT_SETTID) {
			JS__PUTS(w, ", parent_tid=");
			js__put_ptr(w, (long)ca.parent_tid);
		}
		JS__PUTS(w, ", exit_signal=");
		js__put_signame(w, (long)ca.exit_signal);
		JS__PUTS(w, ", stack=");
		js__put_ptr(w, (long)ca.stack);
		JS__PUTS(w, ", stack_size=");
		js__put_hex(w, ca.stack_size);
		if (ca.flags & JS_CLONE_SETTLS) {
			JS__PUTS(w, ", tls=");
			js__put_ptr(w, (long)ca.tls);
		}
		js__putc(w, '}');
	}
	sep(w);
	js__put_udec(w, n);
}

/* unshare(2)'s and setns(2)'s flags: CLONE_NEWTIME (in clone's signal
 * byte, so not in the clone set) first, as strace orders them by value; no
 * name at all: hex with strace's comment. */
static void ns_flags(struct js__w *w, unsigned long f)
{
	unsigned long rest = f & ~(unsigned long)JS_CLONE_NEWTIME, known = 0;
	size_t i;

	for (i = 0; i < js__set_clone_n; i++)
		known |= js__set_clone[i].v;
	if (f && !(f & JS_CLONE_NEWTIME) && !(rest & known)) {
		js__put_hex(w, f);
		JS__PUTS(w, " /* CLONE_??? */");
		return;
	}
	if (f & JS_CLONE_NEWTIME) {
		JS__PUTS(w, "CLONE_NEWTIME");
		if (rest)
			js__putc(w, '|');
	}
	if (rest || !f)
		js__put_bits(w, JS__SET(clone), rest, 0);
}

/* ---- execve, execveat ---- */

/* argv: its strings, cut as strace -s 32 cuts them, at most 32. */
static void argv_put(struct js__ctx *c, long p)
{
	struct js__w *w = c->w;
	long s;
	int i;

	if (!p || !js__get(p, &s, sizeof s)) {
		js__put_ptr(w, p);
		return;
	}
	js__putc(w, '[');
	for (i = 0; js__get(js__at(p, (unsigned long)i * sizeof s), &s, sizeof s) && s; i++) {
		unsigned char t[STRMAX + 1];
		size_t n, got;

		if (i)
			sep(w);
		if (i == STRMAX) {
			JS__PUTS(w, "...");
			break;
		}
		got = js__fetch(t, (const void *)s, sizeof t, 1);
		if (!got) {
			js__put_ptr(w, s);
			continue;
		}
		for (n = 0; n < got && t[n]; n++)
			;
		js__put_quoted(w, t, n > STRMAX ? STRMAX : n, n > STRMAX);
	}
	js__putc(w, ']');
}

/* envp: the address and the count, as strace shows it unless -v. */
static void envp_put(struct js__ctx *c, long p)
{
	struct js__w *w = c->w;
	long s;
	unsigned long i;

	if (!p || !js__get(p, &s, sizeof s)) {
		js__put_ptr(w, p);
		return;
	}
	/* Counted 64 pointers a read: an environment may hold thousands. */
	for (i = 0;;) {
		long v[64];
		size_t got = js__fetch(v, (const void *)js__at(p, i * sizeof s), sizeof v, 1) / sizeof s, k;

		for (k = 0; k < got && v[k]; k++)
			;
		i += k;
		if (k < got || !got)
			break;
	}
	js__put_hex(w, (unsigned long)p);
	JS__PUTS(w, " /* ");
	js__put_udec(w, i);
	js__put(w, i == 1 ? " var */" : " vars */");
}

/* ---- wait4, waitid ---- */

static void status_put(struct js__w *w, int s)
{
	JS__PUTS(w, "[{");
	if ((s & 0xff) == 0x7f) {
		JS__PUTS(w, "WIFSTOPPED(s) && WSTOPSIG(s) == ");
		js__put_signame(w, (s >> 8) & 0x7f);
		if (s & 0x8000)
			JS__PUTS(w, " | 0x80");
		s &= ~0xffff;
	} else if ((s & 0x7f) && s != 0xffff) {
		JS__PUTS(w, "WIFSIGNALED(s) && WTERMSIG(s) == ");
		js__put_signame(w, s & 0x7f);
		if (s & 0x80)
			JS__PUTS(w, " && WCOREDUMP(s)");
		s &= ~0xff;
	} else if (!(s & 0x7f)) {
		JS__PUTS(w, "WIFEXITED(s) && WEXITSTATUS(s) == ");
		js__put_dec(w, (s >> 8) & 0xff);
		s &= ~0xff00;
	} else {
		JS__PUTS(w, "WIFCONTINUED(s)");
		s = 0;
	}
	if (s) {
		JS__PUTS(w, " | ");
		js__put_hex(w, (unsigned int)s);
	}
	JS__PUTS(w, "}]");
}

void js__put_rusage(struct js__ctx *c, long p)
{
	struct js_rusage r;
	struct js__w *w = c->w;

	if (c->failed || c->ret <= 0 || !js__get(p, &r, sizeof r)) {
		js__put_ptr(w, p);
		return;
	}
	JS__PUTS(w, "{ru_utime={tv_sec=");
	js__put_dec(w, r.ru_utime.tv_sec);
	JS__PUTS(w, ", tv_usec=");
	js__put_dec(w, r.ru_utime.tv_usec);
	JS__PUTS(w, "}, ru_stime={tv_sec=");
	js__put_dec(w, r.ru_stime.tv_sec);
	JS__PUTS(w, ", tv_usec=");
	js__put_dec(w, r.ru_stime.tv_usec);
	JS__PUTS(w, "}, ...}");
}

static void wait4_line(struct js__ctx *c)
{
	struct js__w *w = c->w;
	int s;

	js__put_dec(w, (int)c->a[0]);
	sep(w);
	if (c->failed || c->ret == 0 || !js__get(c->a[1], &s, sizeof s))
		js__put_ptr(w, c->a[1]);
	else
		status_put(w, s);
	sep(w);
	js__put_flags(w, K_WAITOPT, (unsigned int)c->a[2]);
	sep(w);
	js__put_rusage(c, c->a[3]);
}

static void waitid_line(struct js__ctx *c)
{
	struct js__w *w = c->w;

	js__put_xval(w, idtypes, NE(idtypes), (unsigned int)c->a[0], "P_???");
	sep(w);
	js__put_dec(w, (int)c->a[1]);
	sep(w);
	if (c->failed)
		js__put_ptr(w, c->a[2]);
	else
		js__put_siginfo(c, c->a[2]);
	sep(w);
	js__put_flags(w, K_WAITOPT, (unsigned int)c->a[3]);
	sep(w);
	if (c->failed)
		js__put_ptr(w, c->a[4]);
	else {
		long keep = c->ret;

		c->ret = 1;	/* rusage_put shows it after any success */
		js__put_rusage(c, c->a[4]);
		c->ret = keep;
	}
}

int js__dec_proc(struct js__ctx *c)
{
	struct js__w *w = c->w;
	const long *a = c->a;
	long nr = c->nr;
	int r;

	if ((r = js__dec_signal(c)) || (r = js__dec_mem(c)))
		return r;
	if (nr == JS_NR_clone) {
		clone_line(c);
		return JS__DEC_ARGS;
	}
	if (nr == JS_NR_clone3) {
		clone3_line(c);
		return JS__DEC_ARGS;
	}
	if (nr == JS_NR_execve || nr == JS_NR_execveat) {
		int i = 0;

		if (nr == JS_NR_execveat) {
			if ((int)a[0] == JS_AT_FDCWD)
				JS__PUTS(w, "AT_FDCWD");
			else
				js__put_dec(w, (int)a[0]);
			sep(w);
			i = 1;
		}
		js__put_path_safe(c, a[i]);
		sep(w);
		argv_put(c, a[i + 1]);
		sep(w);
		envp_put(c, a[i + 2]);
		if (nr == JS_NR_execveat) {
			sep(w);
			js__put_flags(w, K_ATFLAGS, (unsigned long)a[4]);
		}
		return JS__DEC_ARGS;
	}
	if (nr == JS_NR_wait4) {
		wait4_line(c);
		return JS__DEC_ARGS;
	}
	if (nr == JS_NR_waitid) {
		waitid_line(c);
		return JS__DEC_ARGS;
	}
	if (nr == JS_NR_unshare) {
		ns_flags(w, (unsigned long)a[0]);
		return JS__DEC_ARGS;
	}
	if (nr == JS_NR_setns) {
		js__put_dec(w, (int)a[0]);
		sep(w);
		ns_flags(w, (unsigned long)a[1]);
		return JS__DEC_ARGS;
	}
	return js__dec_res(c);
}
