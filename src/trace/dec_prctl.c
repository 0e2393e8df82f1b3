/* prctl(2) by option and the capability calls, as strace 6.1 decodes
 * them (its prctl.c and capability.c are the behaviour matched, not the
 * code). */
#include <libjs/sys.h>
#include <libjs/proc.h>
#include <libjs/signal.h>
#include <libjs/sandbox.h>
#include <libjs/fs.h>
#include <libjs/thread.h>
#include "trace.h"

#define FL(x) JS__FLAG(x)
#define NE(t) JS__NELEM(t)

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

static void sep(struct js__w *w)
{
	JS__PUTS(w, ", ");
}

/* ---- capabilities, sysinfo, arch_prctl ---- */

/* struct __user_cap_header_struct; returns the version. */
static unsigned int cap_header(struct js__ctx *c, long p)
{
	struct js_user_cap_header_struct h;
	struct js__w *w = c->w;

	if (!js__get(p, &h, sizeof h)) {
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
	if ((out && c->failed) || !version || !js__get(p, d, n * sizeof d[0])) {
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
		js__put_xval(w, pr_e, NE(pr_e), op, "PR_???");
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
		js__put_path_safe(c, a[1]);
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
		js__put_outint(c, a[1], 1);
		break;
	case JS_PR_GET_CHILD_SUBREAPER: case JS_PR_GET_TSC:
		sep(w);
		js__put_outint(c, a[1], 0);
		break;
	case JS_PR_SET_DUMPABLE:
		sep(w);
		js__put_xval(w, dumpable, NE(dumpable), (unsigned long)a[1], "SUID_DUMP_???");
		break;
	case JS_PR_CAPBSET_READ: case JS_PR_CAPBSET_DROP:
		sep(w);
		js__put_xval(w, caps, NE(caps), (unsigned long)a[1], "CAP_???");
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

int js__dec_prctl(struct js__ctx *c)
{
	struct js__w *w = c->w;
	const long *a = c->a;
	long nr = c->nr;

	if (nr == JS_NR_prctl)
		return prctl_line(c);
	if (nr == JS_NR_capget || nr == JS_NR_capset) {
		unsigned int v = cap_header(c, a[0]);

		sep(w);
		cap_data(c, a[1], v, nr == JS_NR_capget);
		return JS__DEC_ARGS;
	}
	return 0;
}
