/* The scheduling calls' decoders, as strace 6.1 shows them (sched.c,
 * affinity.c, membarrier.c in strace are the behaviour matched): policies
 * by name (strace 6.1 names no SCHED_RESET_ON_FORK: the whole value in
 * hex then), struct sched_param as [priority], struct sched_attr, CPU
 * sets as lists, membarrier's commands and its QUERY answer. */
#include <libjs/sys.h>
#include <libjs/proc.h>
#include <libjs/thread.h>
#include "trace.h"

#define W c->w
#define A(i) (c->a[i])

static void sep(struct js__ctx *c)
{
	js__put_sep(c->w);
}

/* include/uapi/linux/sched.h */
static const struct js__flag policy[] = {
	JS__FLAG(SCHED_OTHER), JS__FLAG(SCHED_FIFO), JS__FLAG(SCHED_RR),
	JS__FLAG(SCHED_BATCH), JS__FLAG(SCHED_IDLE), JS__FLAG(SCHED_DEADLINE),
};
static const struct js__lflag sched_fl[] = {
	JS__LFLAG(SCHED_FLAG_RESET_ON_FORK), JS__LFLAG(SCHED_FLAG_RECLAIM),
	JS__LFLAG(SCHED_FLAG_DL_OVERRUN), JS__LFLAG(SCHED_FLAG_KEEP_POLICY),
	JS__LFLAG(SCHED_FLAG_KEEP_PARAMS), JS__LFLAG(SCHED_FLAG_UTIL_CLAMP_MIN),
	JS__LFLAG(SCHED_FLAG_UTIL_CLAMP_MAX),
};
/* include/uapi/linux/membarrier.h, the commands strace 6.1 knows. */
static const struct js__lflag mb_cmd[] = {
	JS__LFLAG(MEMBARRIER_CMD_GLOBAL), JS__LFLAG(MEMBARRIER_CMD_GLOBAL_EXPEDITED),
	JS__LFLAG(MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED),
	JS__LFLAG(MEMBARRIER_CMD_PRIVATE_EXPEDITED),
	JS__LFLAG(MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED),
	JS__LFLAG(MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE),
	JS__LFLAG(MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE),
	JS__LFLAG(MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ),
	JS__LFLAG(MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ),
};
static const struct js__lflag mb_flags[] = { JS__LFLAG(MEMBARRIER_CMD_FLAG_CPU) };

static void put_param(struct js__ctx *c, long p, int out)
{
	struct js_sched_param sp;

	if ((out && c->failed) || !js__get(p, &sp, sizeof sp)) {
		js__put_ptr(W, p);
		return;
	}
	js__putc(W, '[');
	js__put_dec(W, sp.sched_priority);
	js__putc(W, ']');
}

static void field(struct js__w *w, const char *name, unsigned long v)
{
	JS__PUTS(w, ", ");
	js__put(w, name);
	js__putc(w, '=');
	js__put_udec(w, v);
}

static void put_attr(struct js__ctx *c, long p, int out)
{
	struct js_sched_attr a;

	if ((out && c->failed) || !js__get(p, &a, sizeof a)) {
		js__put_ptr(W, p);
		return;
	}
	JS__PUTS(W, "{size=");
	js__put_udec(W, a.size);
	JS__PUTS(W, ", sched_policy=");
	js__put_xval(W, policy, JS__NELEM(policy), a.sched_policy, "SCHED_???");
	JS__PUTS(W, ", sched_flags=");
	js__put_lflags(W, sched_fl, JS__NELEM(sched_fl), a.sched_flags, "SCHED_FLAG_???");
	JS__PUTS(W, ", sched_nice=");
	js__put_dec(W, a.sched_nice);
	field(W, "sched_priority", a.sched_priority);
	field(W, "sched_runtime", a.sched_runtime);
	field(W, "sched_deadline", a.sched_deadline);
	field(W, "sched_period", a.sched_period);
	if (a.size >= JS_SCHED_ATTR_SIZE_VER1) {
		field(W, "sched_util_min", a.sched_util_min);
		field(W, "sched_util_max", a.sched_util_max);
	}
	js__putc(W, '}');
}

/* A CPU set of n bytes: the CPUs in it, [0 1 5]; no more than the
 * kernel's largest NR_CPUS (8192) looked at. */
static void put_cpus(struct js__ctx *c, long p, unsigned long n)
{
	unsigned long word, i, cpu;
	int any = 0;

	if (n > 8192 / 8)
		n = 8192 / 8;
	if (!js__get(p, &word, n < sizeof word ? n : sizeof word)) {
		js__put_ptr(W, p);
		return;
	}
	js__putc(W, '[');
	for (i = 0; i < n; i += sizeof word) {
		size_t k = n - i < sizeof word ? n - i : sizeof word;

		word = 0;
		if (!js__get(p + (long)i, &word, k))
			break;
		for (cpu = 0; cpu < 8 * k; cpu++)
			if ((word >> cpu) & 1) {
				if (any++)
					js__putc(W, ' ');
				js__put_udec(W, i * 8 + cpu);
			}
	}
	js__putc(W, ']');
}

int js__dec_sched(struct js__ctx *c)
{
	switch (c->nr) {
	case JS_NR_sched_getscheduler:
		js__put_dec(W, (int)A(0));
		js__putc(W, ')');
		if (c->failed) {
			js__put_result(c, R_DEC);
		} else {
			JS__PUTS(W, " = ");
			js__put_dec(W, c->ret);
			JS__PUTS(W, " (");
			js__put_xval(W, policy, JS__NELEM(policy), (unsigned long)c->ret, 0);
			js__putc(W, ')');
		}
		return JS__DEC_ALL;
	case JS_NR_sched_setscheduler:
		js__put_dec(W, (int)A(0));
		sep(c);
		js__put_xval(W, policy, JS__NELEM(policy), (unsigned int)A(1), "SCHED_???");
		sep(c);
		put_param(c, A(2), 0);
		return JS__DEC_ARGS;
	case JS_NR_sched_setparam: case JS_NR_sched_getparam:
		js__put_dec(W, (int)A(0));
		sep(c);
		put_param(c, A(1), c->nr == JS_NR_sched_getparam);
		return JS__DEC_ARGS;
	case JS_NR_sched_get_priority_max: case JS_NR_sched_get_priority_min:
		js__put_xval(W, policy, JS__NELEM(policy), (unsigned int)A(0), "SCHED_???");
		return JS__DEC_ARGS;
	case JS_NR_sched_rr_get_interval:
		js__put_dec(W, (int)A(0));
		sep(c);
		if (c->failed)
			js__put_ptr(W, A(1));
		else
			js__put_timespec(c->w, A(1), 1);
		return JS__DEC_ARGS;
	case JS_NR_sched_getattr:
		js__put_dec(W, (int)A(0));
		sep(c);
		put_attr(c, A(1), 1);
		sep(c);
		js__put_udec(W, (unsigned int)A(2));
		sep(c);
		js__put_hex(W, (unsigned int)A(3));
		return JS__DEC_ARGS;
	case JS_NR_sched_setattr:
		js__put_dec(W, (int)A(0));
		sep(c);
		put_attr(c, A(1), 0);
		sep(c);
		js__put_hex(W, (unsigned int)A(2));
		return JS__DEC_ARGS;
	case JS_NR_sched_getaffinity: case JS_NR_sched_setaffinity:
		js__put_dec(W, (int)A(0));
		sep(c);
		js__put_udec(W, (unsigned long)A(1));
		sep(c);
		if (c->nr == JS_NR_sched_getaffinity && c->failed)
			js__put_ptr(W, A(2));
		else
			put_cpus(c, A(2), c->nr == JS_NR_sched_getaffinity
					  ? (unsigned long)c->ret : (unsigned long)A(1));
		return JS__DEC_ARGS;
	case JS_NR_membarrier:
		if (!A(0))
			JS__PUTS(W, "MEMBARRIER_CMD_QUERY");
		else
			js__put_lflags(W, mb_cmd, JS__NELEM(mb_cmd), (unsigned int)A(0), "MEMBARRIER_CMD_???");
		sep(c);
		js__put_lflags(W, mb_flags, 1, (unsigned int)A(1), "MEMBARRIER_CMD_FLAG_???");
		js__putc(W, ')');
		if (!A(0) && !c->failed) {
			JS__PUTS(W, " = ");
			js__put_hex(W, (unsigned long)c->ret);
			if (c->ret) {
				JS__PUTS(W, " (");
				js__put_lflags(W, mb_cmd, JS__NELEM(mb_cmd), (unsigned long)c->ret, 0);
				js__putc(W, ')');
			}
		} else {
			js__put_result(c, R_DEC);
		}
		return JS__DEC_ALL;
	}
	return 0;
}
