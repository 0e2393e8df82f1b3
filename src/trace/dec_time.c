/* The time calls' decoders, as strace 6.1 shows them (time.c, timer.c,
 * timerfd.c, print_timespec.c, print_sigevent.c in strace are the
 * behaviour matched): clocks and timer kinds by name with strace's
 * comment for unknown ones, itimerval/itimerspec structs, the struct a
 * call fills shown after it succeeded, sigevents, new timer ids. */
#include <libjs/sys.h>
#include <libjs/time.h>
#include <libjs/events.h>
#include <libjs/siginfo.h>
#include "trace.h"

#define W c->w
#define A(i) (c->a[i])

static void sep(struct js__ctx *c)
{
	js__put_sep(c->w);
}

/* A clock id: the K_CLOCK set's names (flags.c), else strace's hex with
 * its comment. */
static void put_clock(struct js__w *w, long v)
{
	unsigned int u = (unsigned int)v;

	if (u <= JS_CLOCK_TAI && u != 10) {
		js__put_flags(w, K_CLOCK, u);
		return;
	}
	js__put_hex(w, u);
	JS__PUTS(w, " /* CLOCK_??? */");
}

static const struct js__flag itimer[] = {
	JS__FLAG(ITIMER_REAL), JS__FLAG(ITIMER_VIRTUAL), JS__FLAG(ITIMER_PROF),
};
static const struct js__flag tfd_fl[] = {
	JS__FLAG(TFD_CLOEXEC), JS__FLAG(TFD_NONBLOCK),
};
static const struct js__flag tfd_set[] = {
	JS__FLAG(TFD_TIMER_ABSTIME), JS__FLAG(TFD_TIMER_CANCEL_ON_SET),
};
static const struct js__flag timer_fl[] = { JS__FLAG(TIMER_ABSTIME) };
static const struct js__flag sigev[] = {
	JS__FLAG(SIGEV_SIGNAL), JS__FLAG(SIGEV_NONE), JS__FLAG(SIGEV_THREAD),
	JS__FLAG(SIGEV_THREAD_ID),
};

static void ts(struct js__w *w, const char *name, long s, long frac, const char *unit)
{
	js__put(w, name);
	JS__PUTS(w, "={tv_sec=");
	js__put_dec(w, s);
	js__put(w, unit);
	js__put_dec(w, frac);
	js__putc(w, '}');
}

/* An itimerval (us) or itimerspec (ns) at p; out: filled by the call,
 * so the address alone after a failure. */
static void put_itimer(struct js__ctx *c, long p, int ns, int out)
{
	struct js_itimerspec t;
	struct js_itimerval v;

	if (!p) {
		JS__PUTS(W, "NULL");
		return;
	}
	if ((out && c->failed) ||
	    !(ns ? js__get(p, &t, sizeof t) : js__get(p, &v, sizeof v))) {
		js__put_ptr(W, p);
		return;
	}
	js__putc(W, '{');
	if (ns) {
		ts(W, "it_interval", t.it_interval.tv_sec, t.it_interval.tv_nsec, ", tv_nsec=");
		sep(c);
		ts(W, "it_value", t.it_value.tv_sec, t.it_value.tv_nsec, ", tv_nsec=");
	} else {
		ts(W, "it_interval", v.it_interval.tv_sec, v.it_interval.tv_usec, ", tv_usec=");
		sep(c);
		ts(W, "it_value", v.it_value.tv_sec, v.it_value.tv_usec, ", tv_usec=");
	}
	js__putc(W, '}');
}

void js__put_sigevent(struct js__ctx *c, long p)
{
	struct js_sigevent s;
	int n;

	if (!p) {
		JS__PUTS(W, "NULL");
		return;
	}
	if (!js__get(p, &s, sizeof s)) {
		js__put_ptr(W, p);
		return;
	}
	n = s.sigev_notify;
	js__putc(W, '{');
	/* strace leaves out a value of 0 */
	if ((n == JS_SIGEV_SIGNAL || n == JS_SIGEV_THREAD || n == JS_SIGEV_THREAD_ID) &&
	    s.sigev_value.sival_ptr) {
		JS__PUTS(W, "sigev_value={sival_int=");
		js__put_dec(W, s.sigev_value.sival_int);
		JS__PUTS(W, ", sival_ptr=");
		js__put_hex(W, (unsigned long)s.sigev_value.sival_ptr);
		JS__PUTS(W, "}, ");
	}
	JS__PUTS(W, "sigev_signo=");
	if (n == JS_SIGEV_SIGNAL || n == JS_SIGEV_THREAD || n == JS_SIGEV_THREAD_ID)
		js__put_flags(W, K_SIG, (unsigned int)s.sigev_signo);
	else
		js__put_dec(W, s.sigev_signo);
	JS__PUTS(W, ", sigev_notify=");
	js__put_xval(W, sigev, JS__NELEM(sigev), (unsigned int)n, "SIGEV_???");
	if (n == JS_SIGEV_THREAD_ID) {
		JS__PUTS(W, ", sigev_notify_thread_id=");
		js__put_dec(W, s.sigev_notify_thread_id);
	} else if (n == JS_SIGEV_THREAD) {
		JS__PUTS(W, ", sigev_notify_function=");
		js__put_ptr(W, (long)s.sigev_notify_function);
		JS__PUTS(W, ", sigev_notify_attributes=");
		js__put_ptr(W, (long)s.sigev_notify_attributes);
	}
	js__putc(W, '}');
}

/* An int the call wrote ([N]), the address after a failure. */
static void put_outint(struct js__ctx *c, long p)
{
	int v;

	if (c->failed || !js__get(p, &v, sizeof v)) {
		js__put_ptr(W, p);
		return;
	}
	js__putc(W, '[');
	js__put_dec(W, v);
	js__putc(W, ']');
}

int js__dec_time(struct js__ctx *c)
{
	struct js_timezone tz;

	switch (c->nr) {
	case JS_NR_clock_nanosleep:
		put_clock(W, A(0));
		sep(c);
		js__put_bits_unk(W, timer_fl, 1, (unsigned int)A(1), "0", "TIMER_???");
		sep(c);
		js__put_timespec(c->w, A(2), 1);
		sep(c);
		js__put_ptr(W, A(3));
		return JS__DEC_ARGS;
	case JS_NR_gettimeofday:
		if (c->failed)
			js__put_ptr(W, A(0));
		else
			js__put_timeval(c, A(0));
		sep(c);
		if (c->failed || !A(1) || !js__get(A(1), &tz, sizeof tz)) {
			js__put_ptr(W, A(1));
		} else {
			JS__PUTS(W, "{tz_minuteswest=");
			js__put_dec(W, tz.tz_minuteswest);
			JS__PUTS(W, ", tz_dsttime=");
			js__put_dec(W, tz.tz_dsttime);
			js__putc(W, '}');
		}
		return JS__DEC_ARGS;
	case JS_NR_clock_gettime: case JS_NR_clock_getres: case JS_NR_clock_settime:
		put_clock(W, A(0));
		sep(c);
		if (c->nr != JS_NR_clock_settime && c->failed)
			js__put_ptr(W, A(1));
		else
			js__put_timespec(c->w, A(1), 1);
		return JS__DEC_ARGS;
	case JS_NR_setitimer: case JS_NR_getitimer:
		js__put_xval(W, itimer, JS__NELEM(itimer), (unsigned int)A(0), "ITIMER_???");
		sep(c);
		put_itimer(c, A(1), 0, c->nr == JS_NR_getitimer);
		if (c->nr == JS_NR_setitimer) {
			sep(c);
			put_itimer(c, A(2), 0, 1);
		}
		return JS__DEC_ARGS;
	case JS_NR_timer_create:
		put_clock(W, A(0));
		sep(c);
		js__put_sigevent(c, A(1));
		sep(c);
		put_outint(c, A(2));
		return JS__DEC_ARGS;
	case JS_NR_timer_settime: case JS_NR_timerfd_settime:
		js__put_dec(W, (int)A(0));
		sep(c);
		if (c->nr == JS_NR_timer_settime)
			js__put_bits_unk(W, timer_fl, 1, (unsigned int)A(1), "0", "TIMER_???");
		else
			js__put_bits_unk(W, tfd_set, JS__NELEM(tfd_set), (unsigned int)A(1), "0", "TFD_TIMER_???");
		sep(c);
		put_itimer(c, A(2), 1, 0);
		sep(c);
		put_itimer(c, A(3), 1, 1);
		return JS__DEC_ARGS;
	case JS_NR_timer_gettime: case JS_NR_timerfd_gettime:
		js__put_dec(W, (int)A(0));
		sep(c);
		put_itimer(c, A(1), 1, 1);
		return JS__DEC_ARGS;
	case JS_NR_timerfd_create:
		put_clock(W, A(0));
		sep(c);
		js__put_bits_unk(W, tfd_fl, JS__NELEM(tfd_fl), (unsigned int)A(1), "0", "TFD_???");
		return JS__DEC_ARGS;
	}
	return 0;
}
