/* Resources and names as strace 6.1 decodes them (its resource.c,
 * uname.c, affinity.c, personality.c and sysinfo.c are the behaviour
 * matched, not the code): limits with RLIM64_INFINITY, usage, id lists,
 * CPU masks, personality, sysinfo, rseq, arch_prctl. */
#include <libjs/sys.h>
#include <libjs/proc.h>
#include <libjs/signal.h>
#include <libjs/sandbox.h>
#include <libjs/fs.h>
#include <libjs/thread.h>
#include "trace.h"

#define FL(x) JS__FLAG(x)
#define NE(t) JS__NELEM(t)

static const struct js__flag rlimits[] = {
	FL(RLIMIT_CPU), FL(RLIMIT_FSIZE), FL(RLIMIT_DATA), FL(RLIMIT_STACK),
	FL(RLIMIT_CORE), FL(RLIMIT_RSS), FL(RLIMIT_NPROC), FL(RLIMIT_NOFILE),
	FL(RLIMIT_MEMLOCK), FL(RLIMIT_AS), FL(RLIMIT_LOCKS),
	FL(RLIMIT_SIGPENDING), FL(RLIMIT_MSGQUEUE), FL(RLIMIT_NICE),
	FL(RLIMIT_RTPRIO), FL(RLIMIT_RTTIME),
};
static const struct js__flag usages[] = {
	FL(RUSAGE_SELF), FL(RUSAGE_CHILDREN), FL(RUSAGE_THREAD),
};
static const struct js__flag prio_e[] = {
	FL(PRIO_PROCESS), FL(PRIO_PGRP), FL(PRIO_USER),
};
/* personality(2)'s flag bits (linux/personality.h). */
static const struct js__flag perfl[] = {
	FL(UNAME26), FL(ADDR_NO_RANDOMIZE), FL(FDPIC_FUNCPTRS),
	FL(MMAP_PAGE_ZERO), FL(ADDR_COMPAT_LAYOUT), FL(READ_IMPLIES_EXEC),
	FL(ADDR_LIMIT_32BIT), FL(SHORT_INODE), FL(WHOLE_SECONDS),
	FL(STICKY_TIMEOUTS), FL(ADDR_LIMIT_3GB),
};

static void sep(struct js__w *w)
{
	JS__PUTS(w, ", ");
}

/* ---- limits, usage, names ---- */

static void rlim_val(struct js__w *w, uint64_t v)
{
	if (v == JS_RLIM64_INFINITY) {
		JS__PUTS(w, "RLIM64_INFINITY");
	} else if (v > 1024 && v % 1024 == 0) {
		js__put_udec(w, (unsigned long)(v / 1024));
		JS__PUTS(w, "*1024");
	} else {
		js__put_udec(w, (unsigned long)v);
	}
}

static void rlimit_put(struct js__ctx *c, long p, int out)
{
	struct js_rlimit r;
	struct js__w *w = c->w;

	if ((out && c->failed) || !js__get(p, &r, sizeof r)) {
		js__put_ptr(w, p);
		return;
	}
	JS__PUTS(w, "{rlim_cur=");
	rlim_val(w, r.rlim_cur);
	JS__PUTS(w, ", rlim_max=");
	rlim_val(w, r.rlim_max);
	js__putc(w, '}');
}

static void uname_put(struct js__ctx *c, long p)
{
	struct js_utsname u;
	struct js__w *w = c->w;
	size_t n;

	if (c->failed || !js__get(p, &u, sizeof u)) {
		js__put_ptr(w, p);
		return;
	}
	for (n = 0; n < sizeof u.sysname && u.sysname[n]; n++)
		;
	JS__PUTS(w, "{sysname=");
	js__put_quoted(w, (const unsigned char *)u.sysname, n, 0);
	for (n = 0; n < sizeof u.nodename && u.nodename[n]; n++)
		;
	JS__PUTS(w, ", nodename=");
	js__put_quoted(w, (const unsigned char *)u.nodename, n, 0);
	JS__PUTS(w, ", ...}");
}

static void ids_put(struct js__ctx *c, long p, long n)
{
	struct js__w *w = c->w;
	unsigned int g;
	long i;

	if (!p) {
		JS__PUTS(w, "NULL");
		return;
	}
	if (n < 0 || n > 65536) {
		js__put_ptr(w, p);
		return;
	}
	js__putc(w, '[');
	for (i = 0; i < n; i++) {
		if (i)
			sep(w);
		if (i == STRMAX) {
			JS__PUTS(w, "...");
			break;
		}
		if (!js__get(js__at(p, (unsigned long)i * 4), &g, sizeof g)) {
			js__put_ptr(w, js__at(p, (unsigned long)i * 4));
			break;
		}
		js__put_udec(w, g);
	}
	js__putc(w, ']');
}

/* A CPU mask of n bytes: its set bits' numbers. */
static void cpus_put(struct js__ctx *c, long p, unsigned long n)
{
	unsigned char b[128];
	struct js__w *w = c->w;
	size_t i, m = n > sizeof b ? sizeof b : (size_t)n;
	int any = 0;

	if (!p || !js__get(p, b, m)) {
		js__put_ptr(w, p);
		return;
	}
	js__putc(w, '[');
	for (i = 0; i < m * 8; i++)
		if (b[i / 8] >> (i % 8) & 1) {
			if (any)
				js__putc(w, ' ');
			any = 1;
			js__put_udec(w, i);
		}
	js__putc(w, ']');
}

static void persona(struct js__w *w, unsigned long v)
{
	unsigned int p = (unsigned int)v;

	if ((p & JS_PER_MASK) == JS_PER_LINUX)
		JS__PUTS(w, "PER_LINUX");
	else {
		js__put_hex(w, p & JS_PER_MASK);
		JS__PUTS(w, " /* PER_??? */");
	}
	if (p & ~(unsigned int)JS_PER_MASK) {
		js__putc(w, '|');
		js__put_bits(w, perfl, NE(perfl), p & ~(unsigned int)JS_PER_MASK, 0);
	}
}

static void sysinfo_put(struct js__ctx *c, long p)
{
	struct js_sysinfo s;
	struct js__w *w = c->w;
	int i;

	if (c->failed || !js__get(p, &s, sizeof s)) {
		js__put_ptr(w, p);
		return;
	}
	JS__PUTS(w, "{uptime=");
	js__put_dec(w, s.uptime);
	JS__PUTS(w, ", loads=[");
	for (i = 0; i < 3; i++) {
		if (i)
			sep(w);
		js__put_udec(w, s.loads[i]);
	}
	JS__PUTS(w, "], totalram=");
	js__put_udec(w, s.totalram);
	JS__PUTS(w, ", freeram=");
	js__put_udec(w, s.freeram);
	JS__PUTS(w, ", sharedram=");
	js__put_udec(w, s.sharedram);
	JS__PUTS(w, ", bufferram=");
	js__put_udec(w, s.bufferram);
	JS__PUTS(w, ", totalswap=");
	js__put_udec(w, s.totalswap);
	JS__PUTS(w, ", freeswap=");
	js__put_udec(w, s.freeswap);
	JS__PUTS(w, ", procs=");
	js__put_udec(w, s.procs);
	JS__PUTS(w, ", totalhigh=");
	js__put_udec(w, s.totalhigh);
	JS__PUTS(w, ", freehigh=");
	js__put_udec(w, s.freehigh);
	JS__PUTS(w, ", mem_unit=");
	js__put_udec(w, s.mem_unit);
	js__putc(w, '}');
}

#ifdef JS_NR_arch_prctl	/* x86_64's own call (arch/x86_64/calls.h) */
static const struct js__flag archpr[] = {
	FL(ARCH_SET_GS), FL(ARCH_SET_FS), FL(ARCH_GET_FS), FL(ARCH_GET_GS),
	FL(ARCH_GET_CPUID), FL(ARCH_SET_CPUID), FL(ARCH_GET_XCOMP_SUPP),
	FL(ARCH_GET_XCOMP_PERM), FL(ARCH_REQ_XCOMP_PERM),
	FL(ARCH_MAP_VDSO_X32), FL(ARCH_MAP_VDSO_32), FL(ARCH_MAP_VDSO_64),
};

static void arch_prctl_line(struct js__ctx *c)
{
	struct js__w *w = c->w;
	unsigned int code = (unsigned int)c->a[0];
	unsigned long v;

	js__put_xval(w, archpr, NE(archpr), code, "ARCH_???");
	sep(w);
	if (code == JS_ARCH_GET_FS || code == JS_ARCH_GET_GS) {
		if (c->failed || !js__get(c->a[1], &v, sizeof v)) {
			js__put_ptr(w, c->a[1]);
		} else {
			js__putc(w, '[');
			js__put_ptr(w, (long)v);
			js__putc(w, ']');
		}
	} else {
		js__put_hex(w, (unsigned long)c->a[1]);
	}
}
#endif

int js__dec_res(struct js__ctx *c)
{
	struct js__w *w = c->w;
	const long *a = c->a;
	long nr = c->nr;

	if (nr == JS_NR_prlimit64) {
		js__put_dec(w, (int)a[0]);
		sep(w);
		js__put_xval(w, rlimits, NE(rlimits), (unsigned int)a[1], "RLIMIT_???");
		sep(w);
		rlimit_put(c, a[2], 0);
		sep(w);
		rlimit_put(c, a[3], 1);
		return JS__DEC_ARGS;
	}
	if (nr == JS_NR_getrlimit || nr == JS_NR_setrlimit) {
		js__put_xval(w, rlimits, NE(rlimits), (unsigned int)a[0], "RLIMIT_???");
		sep(w);
		rlimit_put(c, a[1], nr == JS_NR_getrlimit);
		return JS__DEC_ARGS;
	}
	if (nr == JS_NR_getrusage) {
		js__put_xval(w, usages, NE(usages), (unsigned int)a[0], "RUSAGE_???");
		sep(w);
		{
			long keep = c->ret;

			c->ret = 1;
			js__put_rusage(c, a[1]);
			c->ret = keep;
		}
		return JS__DEC_ARGS;
	}
	if (nr == JS_NR_uname) {
		uname_put(c, a[0]);
		return JS__DEC_ARGS;
	}
	if (nr == JS_NR_getresuid || nr == JS_NR_getresgid) {
		js__put_outint(c, a[0], 0);
		sep(w);
		js__put_outint(c, a[1], 0);
		sep(w);
		js__put_outint(c, a[2], 0);
		return JS__DEC_ARGS;
	}
	if (nr == JS_NR_getgroups || nr == JS_NR_setgroups) {
		js__put_dec(w, (int)a[0]);
		sep(w);
		if (nr == JS_NR_getgroups)
			ids_put(c, a[1], c->failed ? -1 : c->ret);
		else
			ids_put(c, a[1], (int)a[0]);
		return JS__DEC_ARGS;
	}
	if (nr == JS_NR_sched_getaffinity || nr == JS_NR_sched_setaffinity) {
		js__put_dec(w, (int)a[0]);
		sep(w);
		js__put_udec(w, (unsigned long)a[1]);
		sep(w);
		if (nr == JS_NR_sched_getaffinity && c->failed)
			js__put_ptr(w, a[2]);
		else
			cpus_put(c, a[2], nr == JS_NR_sched_getaffinity ?
				 (unsigned long)c->ret : (unsigned long)a[1]);
		return JS__DEC_ARGS;
	}
	if (nr == JS_NR_getpriority || nr == JS_NR_setpriority) {
		js__put_xval(w, prio_e, NE(prio_e), (unsigned int)a[0], "PRIO_???");
		sep(w);
		js__put_dec(w, (int)a[1]);
		if (nr == JS_NR_setpriority) {
			sep(w);
			js__put_dec(w, (int)a[2]);
		}
		return JS__DEC_ARGS;
	}
	if (nr == JS_NR_sysinfo) {
		sysinfo_put(c, a[0]);
		return JS__DEC_ARGS;
	}
	if (nr == JS_NR_rseq) {
		/* strace 6.1 has no rseq decoder: the words in hex. */
		js__put_ptr(w, a[0]);
		sep(w);
		js__put_hex(w, (unsigned int)a[1]);
		sep(w);
		js__put_hex(w, (unsigned int)a[2]);
		sep(w);
		js__put_hex(w, (unsigned int)a[3]);
		return JS__DEC_ARGS;
	}
#ifdef JS_NR_arch_prctl
	if (nr == JS_NR_arch_prctl) {
		arch_prctl_line(c);
		return JS__DEC_ARGS;
	}
#endif
	if (nr == JS_NR_personality) {
		if ((unsigned int)a[0] == 0xffffffffu)
			js__put_hex(w, 0xffffffffu);
		else
			persona(w, (unsigned long)a[0]);
		js__putc(w, ')');
		js__put_result(c, R_HEX);
		if (!c->failed) {
			JS__PUTS(w, " (");
			persona(w, (unsigned long)c->ret);
			js__putc(w, ')');
		}
		return JS__DEC_ALL;
	}
	return js__dec_prctl(c);
}
