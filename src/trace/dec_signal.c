/* Signals as strace 6.1 shows them (its signal.c and printsiginfo.c are
 * the behaviour matched, not the code): names, sets ([INT TERM],
 * ~[RTMIN RT_1]), struct sigaction both ways, siginfo, the alternate
 * stack.  Every read of the program's memory goes through js__fetch. */
#include <libjs/sys.h>
#include <libjs/signal.h>
#include <libjs/siginfo.h>
#include "trace.h"

#define FL(x) JS__FLAG(x)
#define NE(t) JS__NELEM(t)

/* sa_flags in strace's order (sigact_flags). */
static const struct js__flag saflags[] = {
#ifdef JS_SA_RESTORER	/* not on riscv64 (arch/<a>/signal.h) */
	FL(SA_RESTORER),
#endif
	FL(SA_ONSTACK), FL(SA_RESTART), FL(SA_NODEFER), FL(SA_RESETHAND),
	FL(SA_SIGINFO), FL(SA_NOCLDWAIT), FL(SA_NOCLDSTOP),
	FL(SA_UNSUPPORTED), FL(SA_EXPOSE_TAGBITS),
};
static const struct js__flag sicodes[] = {
	FL(SI_USER), FL(SI_KERNEL), FL(SI_QUEUE), FL(SI_TIMER), FL(SI_MESGQ),
	FL(SI_ASYNCIO), FL(SI_SIGIO), FL(SI_TKILL),
};
static const struct js__flag cldcodes[] = {
	FL(CLD_EXITED), FL(CLD_KILLED), FL(CLD_DUMPED), FL(CLD_TRAPPED),
	FL(CLD_STOPPED), FL(CLD_CONTINUED),
};
static const struct js__flag segvcodes[] = { FL(SEGV_MAPERR), FL(SEGV_ACCERR) };
static const struct js__flag ssflags[] = {
	FL(SS_ONSTACK), FL(SS_DISABLE), FL(SS_AUTODISARM),
};

/* Signal numbers above SIGRTMIN: strace's RT_n, n counted from it. */
void js__put_signame(struct js__w *w, long sig)
{
	if (js__put_name(w, JS__SET(sig), (unsigned long)sig))
		return;
	if (sig > JS_SIGRTMIN && sig <= JS_SIGRTMAX) {
		JS__PUTS(w, "SIGRT_");
		js__put_dec(w, sig - JS_SIGRTMIN);
		return;
	}
	js__put_dec(w, (int)sig);
}

/* One member of a set: the name without "SIG". */
static void setname(struct js__w *w, unsigned int sig)
{
	size_t i;

	for (i = 0; i < js__set_sig_n; i++)
		if (js__set_sig[i].v == sig) {
			js__put_cut(w, js__set_sig[i].n + 3, js__set_sig[i].len - 3u);
			return;
		}
	if (sig > JS_SIGRTMIN && sig <= JS_SIGRTMAX) {
		JS__PUTS(w, "RT_");
		js__put_udec(w, sig - JS_SIGRTMIN);
		return;
	}
	js__put_udec(w, sig);
}

/* n bytes of set at b, strace's sprintsigmask_n: the complement, after
 * '~', when two thirds of the bits or more are set. */
static void sigmask(struct js__w *w, const unsigned char *b, size_t n)
{
	unsigned char m[8];
	size_t words = (n + 3) / 4, i, bits = 0;
	int any = 0;

	if (words > 2)
		words = 2;
	__builtin_memset(m, 0, sizeof m);
	__builtin_memcpy(m, b, n < words * 4 ? n : words * 4);
	for (i = 0; i < words * 4; i++)
		bits += (size_t)__builtin_popcount(m[i]);
	if (bits >= words * 32 * 2 / 3) {
		for (i = 0; i < words * 4; i++)
			m[i] = (unsigned char)~m[i];
		js__putc(w, '~');
	}
	js__putc(w, '[');
	for (i = 0; i < words * 32; i++)
		if (m[i / 8] >> (i % 8) & 1) {
			if (any)
				js__putc(w, ' ');
			any = 1;
			setname(w, (unsigned int)i + 1);
		}
	js__putc(w, ']');
}

void js__put_sigset(struct js__ctx *c, long p, unsigned long n)
{
	unsigned char b[sizeof(js_sigset_t)];

	/* The kernel's set size only (print_sigset_addr_len_limit). */
	if (!p || n < sizeof(long) || n > sizeof b ||
	    js__fetch(b, (const void *)p, n, 1) != n) {
		js__put_ptr(c->w, p);
		return;
	}
	sigmask(c->w, b, n);
}

/* An out-set: after success only. */
static void outset(struct js__ctx *c, long p, unsigned long n)
{
	if (c->failed)
		js__put_ptr(c->w, p);
	else
		js__put_sigset(c, p, n);
}

static void sigaction_put(struct js__ctx *c, long p)
{
	struct js_sigaction sa;
	struct js__w *w = c->w;
	unsigned long h;

	if (!p || js__fetch(&sa, (const void *)p, sizeof sa, 1) != sizeof sa) {
		js__put_ptr(w, p);
		return;
	}
	__builtin_memcpy(&h, &sa, sizeof h);	/* the handler union's word */
	JS__PUTS(w, "{sa_handler=");
	if (h == 0)
		JS__PUTS(w, "SIG_DFL");
	else if (h == 1)
		JS__PUTS(w, "SIG_IGN");
	else
		js__put_hex(w, h);
	JS__PUTS(w, ", sa_mask=");
	sigmask(w, (const unsigned char *)&sa.sa_mask, sizeof sa.sa_mask);
	JS__PUTS(w, ", sa_flags=");
	js__put_bits(w, saflags, NE(saflags), sa.sa_flags, 0);
#if JS_SIGACTION_HAS_RESTORER
	if (sa.sa_flags & JS_SA_RESTORER) {
		JS__PUTS(w, ", sa_restorer=");
		js__put_ptr(w, (long)sa.sa_restorer);
	}
#endif
	js__putc(w, '}');
}

/* The fields of siginfo_t (asm-generic/siginfo.h, 64-bit: the union at
 * byte 16), read as the kernel lays them out. */
static int rd32(const unsigned char *b, size_t off)
{
	int v;

	__builtin_memcpy(&v, b + off, sizeof v);
	return v;
}

static long rdl(const unsigned char *b, size_t off)
{
	long v;

	__builtin_memcpy(&v, b + off, sizeof v);
	return v;
}

static void source(struct js__w *w, const unsigned char *b)
{
	JS__PUTS(w, ", si_pid=");
	js__put_dec(w, rd32(b, 16));
	JS__PUTS(w, ", si_uid=");
	js__put_udec(w, (unsigned int)rd32(b, 20));
}

static void sigval(struct js__w *w, const unsigned char *b)
{
	JS__PUTS(w, ", si_int=");
	js__put_dec(w, rd32(b, 24));
	JS__PUTS(w, ", si_ptr=");
	js__put_ptr(w, rdl(b, 24));
}

void js__put_siginfo(struct js__ctx *c, long p)
{
	unsigned char b[sizeof(js_siginfo_t)];
	struct js__w *w = c->w;
	int signo, code;

	if (!p || js__fetch(b, (const void *)p, sizeof b, 1) != sizeof b) {
		js__put_ptr(w, p);
		return;
	}
	signo = rd32(b, 0);
	code = rd32(b, 8);
	if (!signo) {
		JS__PUTS(w, "{}");
		return;
	}
	JS__PUTS(w, "{si_signo=");
	js__put_signame(w, signo);
	JS__PUTS(w, ", si_code=");
	if (!js__put_name(w, sicodes, NE(sicodes), (unsigned int)code) &&
	    !(signo == JS_SIGCHLD && js__put_name(w, cldcodes, NE(cldcodes), (unsigned int)code)) &&
	    !(signo == JS_SIGSEGV && js__put_name(w, segvcodes, NE(segvcodes), (unsigned int)code)))
		js__put_hex(w, (unsigned int)code);
	if (rd32(b, 4)) {
		JS__PUTS(w, ", si_errno=");
		js__put_dec(w, rd32(b, 4));
	}
	if (code <= 0) {	/* from a process */
		source(w, b);
		if (code != JS_SI_USER && code != JS_SI_TKILL && rdl(b, 24))
			sigval(w, b);
	} else if (signo == JS_SIGCHLD) {
		source(w, b);
		JS__PUTS(w, ", si_status=");
		if (code == JS_CLD_EXITED)
			js__put_dec(w, rd32(b, 24));
		else
			js__put_signame(w, rd32(b, 24));
		JS__PUTS(w, ", si_utime=");
		js__put_dec(w, rdl(b, 32));
		JS__PUTS(w, ", si_stime=");
		js__put_dec(w, rdl(b, 40));
	} else if (signo == JS_SIGSEGV || signo == JS_SIGBUS ||
		   signo == JS_SIGILL || signo == JS_SIGFPE) {
		JS__PUTS(w, ", si_addr=");
		js__put_ptr(w, rdl(b, 16));
	} else {
		if (rd32(b, 16) || rd32(b, 20))
			source(w, b);
		if (rdl(b, 24))
			sigval(w, b);
	}
	js__putc(w, '}');
}

static void stack_put(struct js__ctx *c, long p)
{
	js_stack_t s;
	struct js__w *w = c->w;

	if (!p || js__fetch(&s, (const void *)p, sizeof s, 1) != sizeof s) {
		js__put_ptr(w, p);
		return;
	}
	JS__PUTS(w, "{ss_sp=");
	js__put_ptr(w, (long)s.ss_sp);
	JS__PUTS(w, ", ss_flags=");
	js__put_bits(w, ssflags, NE(ssflags), (unsigned int)s.ss_flags, 0);
	JS__PUTS(w, ", ss_size=");
	js__put_udec(w, s.ss_size);
	js__putc(w, '}');
}

static void sep(struct js__w *w)
{
	JS__PUTS(w, ", ");
}

int js__dec_signal(struct js__ctx *c)
{
	struct js__w *w = c->w;
	const long *a = c->a;
	long nr = c->nr;

	if (nr == JS_NR_rt_sigaction) {
		js__put_signame(w, (int)a[0]);
		sep(w);
		sigaction_put(c, a[1]);
		sep(w);
		if (c->failed)
			js__put_ptr(w, a[2]);
		else
			sigaction_put(c, a[2]);
		sep(w);
		js__put_udec(w, (unsigned long)a[3]);
		return JS__DEC_ARGS;
	}
	if (nr == JS_NR_rt_sigprocmask) {
		js__put_flags(w, K_SIGHOW, (unsigned int)a[0]);
		sep(w);
		js__put_sigset(c, a[1], (unsigned long)a[3]);
		sep(w);
		outset(c, a[2], (unsigned long)a[3]);
		sep(w);
		js__put_udec(w, (unsigned long)a[3]);
		return JS__DEC_ARGS;
	}
	if (nr == JS_NR_rt_sigpending) {
		outset(c, a[0], (unsigned long)a[1]);
		sep(w);
		js__put_udec(w, (unsigned long)a[1]);
		return JS__DEC_ARGS;
	}
	if (nr == JS_NR_rt_sigsuspend) {
		js__put_sigset(c, a[0], (unsigned long)a[1]);
		sep(w);
		js__put_udec(w, (unsigned long)a[1]);
		return JS__DEC_ARGS;
	}
	if (nr == JS_NR_rt_sigtimedwait) {
		js__put_sigset(c, a[0], (unsigned long)a[3]);
		sep(w);
		if (c->failed)
			js__put_ptr(w, a[1]);
		else
			js__put_siginfo(c, a[1]);
		sep(w);
		js__put_timespec(w, a[2], 1);
		sep(w);
		js__put_udec(w, (unsigned long)a[3]);
		js__putc(w, ')');
		js__put_result(c, R_DEC);
		if (!c->failed) {
			JS__PUTS(w, " (");
			js__put_signame(w, c->ret);
			js__putc(w, ')');
		}
		return JS__DEC_ALL;
	}
	if (nr == JS_NR_rt_sigqueueinfo || nr == JS_NR_rt_tgsigqueueinfo) {
		int i = 0;

		js__put_dec(w, (int)a[i++]);
		sep(w);
		if (nr == JS_NR_rt_tgsigqueueinfo) {
			js__put_dec(w, (int)a[i++]);
			sep(w);
		}
		js__put_signame(w, (int)a[i++]);
		sep(w);
		js__put_siginfo(c, a[i]);
		return JS__DEC_ARGS;
	}
	if (nr == JS_NR_kill || nr == JS_NR_tkill) {
		js__put_dec(w, (int)a[0]);
		sep(w);
		js__put_signame(w, (int)a[1]);
		return JS__DEC_ARGS;
	}
	if (nr == JS_NR_tgkill) {
		js__put_dec(w, (int)a[0]);
		sep(w);
		js__put_dec(w, (int)a[1]);
		sep(w);
		js__put_signame(w, (int)a[2]);
		return JS__DEC_ARGS;
	}
	if (nr == JS_NR_sigaltstack) {
		stack_put(c, a[0]);
		sep(w);
		if (c->failed)
			js__put_ptr(w, a[1]);
		else
			stack_put(c, a[1]);
		return JS__DEC_ARGS;
	}
	if (nr == JS_NR_pidfd_send_signal) {
		js__put_dec(w, (int)a[0]);
		sep(w);
		js__put_signame(w, (int)a[1]);
		sep(w);
		js__put_siginfo(c, a[2]);
		sep(w);
		js__put_hex(w, (unsigned int)a[3]);
		return JS__DEC_ARGS;
	}
	return 0;
}
