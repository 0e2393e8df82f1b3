/* The decoders of processes and resources, as strace 6.1 decodes them
 * (its clone.c, wait.c, execve.c, prctl.c, resource.c are the behaviour
 * matched, not the code); signals are dec_signal.c's, memory dec_mem.c's.
 * Every read of the program's memory goes through js__fetch. */
#include <libjs/sys.h>
#include <libjs/proc.h>
#include <libjs/signal.h>
#include <libjs/sandbox.h>
#include <libjs/fs.h>
#include <libjs/thread.h>
#include "trace.h"

#define FL(x) JS__FLAG(x)
#define NE(t) JS__NELEM(t)

static const struct js__flag clonefl[] = {
	FL(CLONE_VM), FL(CLONE_FS), FL(CLONE_FILES), FL(CLONE_SIGHAND),
	FL(CLONE_PIDFD), FL(CLONE_PTRACE), FL(CLONE_VFORK), FL(CLONE_PARENT),
	FL(CLONE_THREAD), FL(CLONE_NEWNS), FL(CLONE_SYSVSEM), FL(CLONE_SETTLS),
	FL(CLONE_PARENT_SETTID), FL(CLONE_CHILD_CLEARTID), FL(CLONE_DETACHED),
	FL(CLONE_UNTRACED), FL(CLONE_CHILD_SETTID), FL(CLONE_NEWCGROUP),
	FL(CLONE_NEWUTS), FL(CLONE_NEWIPC), FL(CLONE_NEWUSER),
	FL(CLONE_NEWPID), FL(CLONE_NEWNET), FL(CLONE_IO),
};
/* wait4_options: WUNTRACED is WSTOPPED's value, printed so. */
static const struct js__flag waitfl[] = {
	FL(WNOHANG), FL(WSTOPPED), FL(WEXITED), FL(WCONTINUED), FL(WNOWAIT),
	FL(__WNOTHREAD), FL(__WALL), FL(__WCLONE),
};
static const struct js__flag idtypes[] = {
	FL(P_ALL), FL(P_PID), FL(P_PGID), FL(P_PIDFD),
};
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
static const struct js__flag dumpable[] = {
	FL(SUID_DUMP_DISABLE), FL(SUID_DUMP_USER), FL(SUID_DUMP_ROOT),
};
static const struct js__flag pr_e[] = {
	FL(PR_SET_PDEATHSIG), FL(PR_GET_PDEATHSIG), FL(PR_GET_DUMPABLE),
	FL(PR_SET_DUMPABLE), FL(PR_GET_UNALIGN), FL(PR_SET_UNALIGN),
	FL(PR_GET_KEEPCAPS), FL(PR_SET_KEEPCAPS), FL(PR_GET_FPEMU),
	FL(PR_SET_FPEMU), FL(PR_GET_FPEXC), FL(PR_SET_FPEXC),
	FL(PR_GET_TIMING), FL(PR_SET_TIMING), FL(PR_SET_NAME),
	FL(PR_GET_NAME), FL(PR_GET_ENDIAN), FL(PR_SET_ENDIAN),
	FL(PR_GET_SECCOMP), FL(PR_SET_SECCOMP), FL(PR_CAPBSET_READ),
	FL(PR_CAPBSET_DROP), FL(PR_GET_TSC), FL(PR_SET_TSC),
	FL(PR_GET_SECUREBITS), FL(PR_SET_SECUREBITS), FL(PR_SET_TIMERSLACK),
	FL(PR_GET_TIMERSLACK), FL(PR_MCE_KILL), FL(PR_MCE_KILL_GET),
	FL(PR_SET_MM), FL(PR_SET_CHILD_SUBREAPER), FL(PR_GET_CHILD_SUBREAPER),
	FL(PR_SET_NO_NEW_PRIVS), FL(PR_GET_NO_NEW_PRIVS),
	FL(PR_GET_TID_ADDRESS), FL(PR_SET_THP_DISABLE),
	FL(PR_GET_THP_DISABLE), FL(PR_SET_FP_MODE), FL(PR_GET_FP_MODE),
	FL(PR_CAP_AMBIENT), FL(PR_SVE_SET_VL), FL(PR_SVE_GET_VL),
	FL(PR_GET_SPECULATION_CTRL), FL(PR_SET_SPECULATION_CTRL),
	FL(PR_PAC_RESET_KEYS), FL(PR_SET_TAGGED_ADDR_CTRL),
	FL(PR_GET_TAGGED_ADDR_CTRL), FL(PR_SET_IO_FLUSHER),
	FL(PR_GET_IO_FLUSHER),
	FL(PR_PAC_SET_ENABLED_KEYS), FL(PR_PAC_GET_ENABLED_KEYS),
	FL(PR_SCHED_CORE), FL(PR_SET_PTRACER), FL(PR_SET_VMA),
};
static const struct js__flag caps[] = {
	FL(CAP_CHOWN), FL(CAP_DAC_OVERRIDE), FL(CAP_DAC_READ_SEARCH),
	FL(CAP_FOWNER), FL(CAP_FSETID), FL(CAP_KILL), FL(CAP_SETGID),
	FL(CAP_SETUID), FL(CAP_SETPCAP), FL(CAP_LINUX_IMMUTABLE),
	FL(CAP_NET_BIND_SERVICE), FL(CAP_NET_BROADCAST), FL(CAP_NET_ADMIN),
	FL(CAP_NET_RAW), FL(CAP_IPC_LOCK), FL(CAP_IPC_OWNER),
	FL(CAP_SYS_MODULE), FL(CAP_SYS_RAWIO), FL(CAP_SYS_CHROOT),
	FL(CAP_SYS_PTRACE), FL(CAP_SYS_PACCT), FL(CAP_SYS_ADMIN),
	FL(CAP_SYS_BOOT), FL(CAP_SYS_NICE), FL(CAP_SYS_RESOURCE),
	FL(CAP_SYS_TIME), FL(CAP_SYS_TTY_CONFIG), FL(CAP_MKNOD),
	FL(CAP_LEASE), FL(CAP_AUDIT_WRITE), FL(CAP_AUDIT_CONTROL),
	FL(CAP_SETFCAP), FL(CAP_MAC_OVERRIDE), FL(CAP_MAC_ADMIN),
	FL(CAP_SYSLOG), FL(CAP_WAKE_ALARM), FL(CAP_BLOCK_SUSPEND),
	FL(CAP_AUDIT_READ), FL(CAP_PERFMON), FL(CAP_BPF),
	FL(CAP_CHECKPOINT_RESTORE),
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

/* A string argument, read safely whatever the call's result. */
static void path(struct js__ctx *c, long p)
{
	int keep = c->safe;

	c->safe = 1;
	js__put_path(c, p);
	c->safe = keep;
}

static void xval(struct js__w *w, const struct js__flag *t, size_t n,
		 unsigned long v, const char *unknown)
{
	if (js__put_name(w, t, n, v))
		return;
	js__put_hex(w, v);
	JS__PUTS(w, " /* ");
	js__put(w, unknown);
	JS__PUTS(w, " */");
}

/* p + off as the address arithmetic of the machine: any traced value
 * wraps, never overflows a signed long. */
static long at(long p, unsigned long off)
{
	return (long)((unsigned long)p + off);
}

static int get(long p, void *v, size_t n)
{
	return p && js__fetch(v, (const void *)p, n, 1) == n;
}

/* An int the call wrote: [n], or the address. */
static void outint(struct js__ctx *c, long p, int sig)
{
	int v;

	if (c->failed || !get(p, &v, sizeof v)) {
		js__put_ptr(c->w, p);
		return;
	}
	js__putc(c->w, '[');
	if (sig)
		js__put_signame(c->w, v);
	else
		js__put_dec(c->w, v);
	js__putc(c->w, ']');
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

static void clone_flags(struct js__w *w, unsigned long f, unsigned int sig)
{
	if (f) {
		js__put_bits(w, clonefl, NE(clonefl), f, 0);
		if (sig) {
			js__putc(w, '|');
			js__put_signame(w, sig);
		}
	} else if (sig) {
		js__put_signame(w, sig);
	} else {
		js__putc(w, '0');
	}
}

static void clone_line(struct js__ctx *c)
{
	struct js__w *w = c->w;
	unsigned long all = (unsigned long)c->a[0];
	unsigned long f = all & ~(unsigned long)JS_CSIGNAL;

	JS__PUTS(w, "child_stack=");
	js__put_ptr(w, c->a[1]);
	JS__PUTS(w, ", flags=");
	clone_flags(w, f, (unsigned int)(all & JS_CSIGNAL));
	if (f & (JS_CLONE_PARENT_SETTID | JS_CLONE_PIDFD)) {
		long p = clone_arg(c->a, 2);

		JS__PUTS(w, ", parent_tid=");
		if (f & JS_CLONE_PARENT_SETTID) {
			int v;

			if (get(p, &v, sizeof v) && !c->failed) {
				js__putc(w, '[');
				js__put_udec(w, (unsigned int)v);
				js__putc(w, ']');
			} else {
				js__put_ptr(w, p);
			}
		} else {
			outint(c, p, 0);
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

	if (n < JS_CLONE_ARGS_SIZE_VER0 || !get(c->a[0], &ca,
			n < sizeof ca ? n : sizeof ca)) {
		js__put_ptr(w, c->a[0]);
	} else {
		if (n < sizeof ca)
			__builtin_memset((char *)&ca + n, 0, sizeof ca - n);
		JS__PUTS(w, "{flags=");
		js__put_bits(w, clonefl, NE(clonefl), ca.flags, 0);
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
 * byte, so not in clonefl) first, as strace orders them by value; no
 * name at all: hex with strace's comment. */
static void ns_flags(struct js__w *w, unsigned long f)
{
	unsigned long rest = f & ~(unsigned long)JS_CLONE_NEWTIME, known = 0;
	size_t i;

	for (i = 0; i < NE(clonefl); i++)
		known |= clonefl[i].v;
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
		js__put_bits(w, clonefl, NE(clonefl), rest, 0);
}

/* ---- execve, execveat ---- */

/* argv: its strings, cut as strace -s 32 cuts them, at most 32. */
static void argv_put(struct js__ctx *c, long p)
{
	struct js__w *w = c->w;
	long s;
	int i;

	if (!p || !get(p, &s, sizeof s)) {
		js__put_ptr(w, p);
		return;
	}
	js__putc(w, '[');
	for (i = 0; get(at(p, (unsigned long)i * sizeof s), &s, sizeof s) && s; i++) {
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

	if (!p || !get(p, &s, sizeof s)) {
		js__put_ptr(w, p);
		return;
	}
	/* Counted 64 pointers a read: an environment may hold thousands. */
	for (i = 0;;) {
		long v[64];
		size_t got = js__fetch(v, (const void *)at(p, i * sizeof s), sizeof v, 1) / sizeof s, k;

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

static void rusage_put(struct js__ctx *c, long p)
{
	struct js_rusage r;
	struct js__w *w = c->w;

	if (c->failed || c->ret <= 0 || !get(p, &r, sizeof r)) {
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
	if (c->failed || c->ret == 0 || !get(c->a[1], &s, sizeof s))
		js__put_ptr(w, c->a[1]);
	else
		status_put(w, s);
	sep(w);
	js__put_bits(w, waitfl, NE(waitfl), (unsigned int)c->a[2], 0);
	sep(w);
	rusage_put(c, c->a[3]);
}

static void waitid_line(struct js__ctx *c)
{
	struct js__w *w = c->w;

	xval(w, idtypes, NE(idtypes), (unsigned int)c->a[0], "P_???");
	sep(w);
	js__put_dec(w, (int)c->a[1]);
	sep(w);
	if (c->failed)
		js__put_ptr(w, c->a[2]);
	else
		js__put_siginfo(c, c->a[2]);
	sep(w);
	js__put_bits(w, waitfl, NE(waitfl), (unsigned int)c->a[3], 0);
	sep(w);
	if (c->failed)
		js__put_ptr(w, c->a[4]);
	else {
		long keep = c->ret;

		c->ret = 1;	/* rusage_put shows it after any success */
		rusage_put(c, c->a[4]);
		c->ret = keep;
	}
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

	if ((out && c->failed) || !get(p, &r, sizeof r)) {
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

	if (c->failed || !get(p, &u, sizeof u)) {
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
		if (!get(at(p, (unsigned long)i * 4), &g, sizeof g)) {
			js__put_ptr(w, at(p, (unsigned long)i * 4));
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

	if (!p || !get(p, b, m)) {
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

/* ---- capabilities, sysinfo, arch_prctl ---- */

/* struct __user_cap_header_struct; returns the version. */
static unsigned int cap_header(struct js__ctx *c, long p)
{
	struct js_user_cap_header_struct h;
	struct js__w *w = c->w;

	if (!get(p, &h, sizeof h)) {
		js__put_ptr(w, p);
		return 0;
	}
	if (c->nr == JS_NR_capget && c->pre != JS__NOPRE)
		h.version = (unsigned int)c->pre;	/* as passed in */
	/* strace's names keep the kernel's leading underscore; longer than a
	 * js__flag row holds. */
	JS__PUTS(w, "{version=");
	if (h.version == JS_LINUX_CAPABILITY_VERSION_1) {
		JS__PUTS(w, "_LINUX_CAPABILITY_VERSION_1");
	} else if (h.version == JS_LINUX_CAPABILITY_VERSION_2) {
		JS__PUTS(w, "_LINUX_CAPABILITY_VERSION_2");
	} else if (h.version == JS_LINUX_CAPABILITY_VERSION_3) {
		JS__PUTS(w, "_LINUX_CAPABILITY_VERSION_3");
	} else {
		js__put_hex(w, h.version);
		JS__PUTS(w, " /* _LINUX_CAPABILITY_VERSION_??? */");
	}
	JS__PUTS(w, ", pid=");
	js__put_dec(w, h.pid);
	js__putc(w, '}');
	return h.version;
}

/* A capability set as 1<<CAP_X|..., bits of words lo and hi. */
static void capset_bits(struct js__w *w, unsigned int lo, unsigned int hi)
{
	unsigned long long v = (unsigned long long)hi << 32 | lo;
	unsigned int i;
	int any = 0;

	for (i = 0; i < 64; i++)
		if (v >> i & 1) {
			if (any)
				js__putc(w, '|');
			any = 1;
			JS__PUTS(w, "1<<");
			if (!js__put_name(w, caps, NE(caps), i))
				js__put_udec(w, i);
		}
	if (!any)
		js__putc(w, '0');
}

static void cap_data(struct js__ctx *c, long p, unsigned int version, int out)
{
	struct js_user_cap_data_struct d[2];
	struct js__w *w = c->w;
	size_t n = version == JS_LINUX_CAPABILITY_VERSION_1 ? 1 : 2;

	if (!p) {
		JS__PUTS(w, "NULL");
		return;
	}
	__builtin_memset(d, 0, sizeof d);
	if ((out && c->failed) || !version || !get(p, d, n * sizeof d[0])) {
		js__put_ptr(w, p);
		return;
	}
	JS__PUTS(w, "{effective=");
	capset_bits(w, d[0].effective, d[1].effective);
	JS__PUTS(w, ", permitted=");
	capset_bits(w, d[0].permitted, d[1].permitted);
	JS__PUTS(w, ", inheritable=");
	capset_bits(w, d[0].inheritable, d[1].inheritable);
	js__putc(w, '}');
}

static void sysinfo_put(struct js__ctx *c, long p)
{
	struct js_sysinfo s;
	struct js__w *w = c->w;
	int i;

	if (c->failed || !get(p, &s, sizeof s)) {
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

	xval(w, archpr, NE(archpr), code, "ARCH_???");
	sep(w);
	if (code == JS_ARCH_GET_FS || code == JS_ARCH_GET_GS) {
		if (c->failed || !get(c->a[1], &v, sizeof v)) {
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

/* ---- prctl ---- */

static void hexargs(struct js__w *w, const long *a, int from)
{
	int i;

	for (i = from; i < 5; i++) {
		sep(w);
		js__put_hex(w, (unsigned long)a[i]);
	}
}

static int prctl_line(struct js__ctx *c)
{
	struct js__w *w = c->w;
	const long *a = c->a;
	unsigned int op = (unsigned int)a[0];

	/* Names longer than a row holds. */
	if (op == JS_PR_TASK_PERF_EVENTS_DISABLE)
		JS__PUTS(w, "PR_TASK_PERF_EVENTS_DISABLE");
	else if (op == JS_PR_TASK_PERF_EVENTS_ENABLE)
		JS__PUTS(w, "PR_TASK_PERF_EVENTS_ENABLE");
	else if (op == JS_PR_SET_SYSCALL_USER_DISPATCH)
		JS__PUTS(w, "PR_SET_SYSCALL_USER_DISPATCH");
	else
		xval(w, pr_e, NE(pr_e), op, "PR_???");
	switch (op) {
	case JS_PR_GET_DUMPABLE:
		js__putc(w, ')');
		js__put_result(c, R_DEC);
		if (!c->failed) {
			JS__PUTS(w, " (");
			if (!js__put_name(w, dumpable, NE(dumpable), (unsigned long)c->ret))
				js__put_hex(w, (unsigned long)c->ret);
			js__putc(w, ')');
		}
		return JS__DEC_ALL;
	case JS_PR_GET_KEEPCAPS: case JS_PR_GET_SECCOMP: case JS_PR_GET_TIMERSLACK:
	case JS_PR_GET_TIMING: case JS_PR_GET_SECUREBITS: case JS_PR_GET_FP_MODE:
	case JS_PR_TASK_PERF_EVENTS_DISABLE: case JS_PR_TASK_PERF_EVENTS_ENABLE:
	case JS_PR_GET_IO_FLUSHER:
		break;
	case JS_PR_SET_NAME:
		sep(w);
		path(c, a[1]);
		break;
	case JS_PR_GET_NAME:
		sep(w);
		if (c->failed) {
			js__put_ptr(w, a[1]);
		} else {
			unsigned char t[16];
			size_t n, got = js__fetch(t, (const void *)a[1], sizeof t, 1);

			for (n = 0; n < got && t[n]; n++)
				;
			if (!got)
				js__put_ptr(w, a[1]);
			else
				js__put_quoted(w, t, n, 0);
		}
		break;
	case JS_PR_SET_PDEATHSIG:
		sep(w);
		if ((unsigned long)a[1] > 128)
			js__put_udec(w, (unsigned long)a[1]);
		else if (a[1])
			js__put_signame(w, a[1]);
		else
			js__putc(w, '0');
		break;
	case JS_PR_GET_PDEATHSIG:
		sep(w);
		outint(c, a[1], 1);
		break;
	case JS_PR_GET_CHILD_SUBREAPER: case JS_PR_GET_TSC:
		sep(w);
		outint(c, a[1], 0);
		break;
	case JS_PR_SET_DUMPABLE:
		sep(w);
		xval(w, dumpable, NE(dumpable), (unsigned long)a[1], "SUID_DUMP_???");
		break;
	case JS_PR_CAPBSET_READ: case JS_PR_CAPBSET_DROP:
		sep(w);
		xval(w, caps, NE(caps), (unsigned long)a[1], "CAP_???");
		break;
	case JS_PR_SET_CHILD_SUBREAPER: case JS_PR_SET_KEEPCAPS:
	case JS_PR_SET_TIMERSLACK: case JS_PR_SET_TIMING:
	case JS_PR_SET_SECUREBITS: case JS_PR_SET_FP_MODE:
		sep(w);
		js__put_udec(w, (unsigned long)a[1]);
		break;
	case JS_PR_SET_NO_NEW_PRIVS: case JS_PR_SET_THP_DISABLE:
		sep(w);
		js__put_udec(w, (unsigned long)a[1]);
		hexargs(w, a, 2);
		break;
	case JS_PR_GET_NO_NEW_PRIVS: case JS_PR_GET_THP_DISABLE:
	case JS_PR_MCE_KILL_GET:
		hexargs(w, a, 1);
		break;
	default:
		hexargs(w, a, 1);
		break;
	}
	return JS__DEC_ARGS;
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
		path(c, a[i]);
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
	if (nr == JS_NR_prctl)
		return prctl_line(c);
	if (nr == JS_NR_prlimit64) {
		js__put_dec(w, (int)a[0]);
		sep(w);
		xval(w, rlimits, NE(rlimits), (unsigned int)a[1], "RLIMIT_???");
		sep(w);
		rlimit_put(c, a[2], 0);
		sep(w);
		rlimit_put(c, a[3], 1);
		return JS__DEC_ARGS;
	}
	if (nr == JS_NR_getrlimit || nr == JS_NR_setrlimit) {
		xval(w, rlimits, NE(rlimits), (unsigned int)a[0], "RLIMIT_???");
		sep(w);
		rlimit_put(c, a[1], nr == JS_NR_getrlimit);
		return JS__DEC_ARGS;
	}
	if (nr == JS_NR_getrusage) {
		xval(w, usages, NE(usages), (unsigned int)a[0], "RUSAGE_???");
		sep(w);
		{
			long keep = c->ret;

			c->ret = 1;
			rusage_put(c, a[1]);
			c->ret = keep;
		}
		return JS__DEC_ARGS;
	}
	if (nr == JS_NR_uname) {
		uname_put(c, a[0]);
		return JS__DEC_ARGS;
	}
	if (nr == JS_NR_getresuid || nr == JS_NR_getresgid) {
		outint(c, a[0], 0);
		sep(w);
		outint(c, a[1], 0);
		sep(w);
		outint(c, a[2], 0);
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
		xval(w, prio_e, NE(prio_e), (unsigned int)a[0], "PRIO_???");
		sep(w);
		js__put_dec(w, (int)a[1]);
		if (nr == JS_NR_setpriority) {
			sep(w);
			js__put_dec(w, (int)a[2]);
		}
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
	if (nr == JS_NR_capget || nr == JS_NR_capset) {
		unsigned int v = cap_header(c, a[0]);

		sep(w);
		cap_data(c, a[1], v, nr == JS_NR_capget);
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
	return 0;
}
