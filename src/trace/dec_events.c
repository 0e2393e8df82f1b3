/* The event calls' decoders, as strace 6.1 shows them (epoll.c, poll.c,
 * desc.c's select, eventfd.c, signalfd.c, fanotify.c in strace are the
 * behaviour matched): the arrays and sets the kernel fills, shown after
 * the call, and poll's and select's results with what became ready. */
#include <libjs/sys.h>
#include <libjs/events.h>
#include <libjs/fs.h>
#include <libjs/signal.h>
#include "trace.h"

#define W c->w
#define A(i) (c->a[i])

static void sep(struct js__ctx *c)
{
	js__put_sep(c->w);
}

/* epoll_wait's ready events: ret of them after success. */
static void put_epevents(struct js__ctx *c, long p)
{
	struct js_epoll_event e;
	long i;

	if (c->failed) {
		js__put_ptr(W, p);
		return;
	}
	js__putc(W, '[');
	for (i = 0; i < c->ret; i++) {
		if (i)
			sep(c);
		if (i == STRMAX) {
			JS__PUTS(W, "...");
			break;
		}
		if (!js__get(p + i * (long)sizeof e, &e, sizeof e)) {
			JS__PUTS(W, "...");
			break;
		}
		JS__PUTS(W, "{events=");
		js__put_flags(W, K_EPEV, e.events);
		JS__PUTS(W, ", data={u32=");
		js__put_udec(W, (uint32_t)e.data.u64);
		JS__PUTS(W, ", u64=");
		js__put_udec(W, e.data.u64);
		JS__PUTS(W, "}}");
	}
	js__putc(W, ']');
}

/* A signal set of size bytes at p as strace prints it: [HUP USR2], or
 * ~[...] when more than half the signals are in it. */
static void put_sigset(struct js__ctx *c, long p, unsigned long size)
{
	uint64_t s = 0;
	int i, n = 0, inv, any = 0, nsig;

	if (!p) {
		JS__PUTS(W, "NULL");
		return;
	}
	if (size > sizeof s || !size || !js__get(p, &s, (size_t)size)) {
		js__put_ptr(W, p);
		return;
	}
	nsig = (int)size * 8;
	for (i = 0; i < nsig; i++)
		n += (int)((s >> i) & 1);
	inv = n > nsig / 2;
	if (inv) {
		js__putc(W, '~');
		s = ~s;
	}
	js__putc(W, '[');
	for (i = 0; i < nsig; i++) {
		char t[32];
		struct js__w tw = { t, t + sizeof t };

		if (!((s >> i) & 1))
			continue;
		if (any++)
			js__putc(W, ' ');
		if (i + 1 < 32) {
			js__put_flags(&tw, K_SIG, (unsigned long)i + 1);
			/* Without the SIG prefix, as strace shows sets. */
			if (tw.p - t > 3 && t[0] == 'S')
				js__put_cut(W, t + 3, (size_t)(tw.p - t - 3));
			else
				js__put_cut(W, t, (size_t)(tw.p - t));
		} else {
			JS__PUTS(W, "RT_");
			js__put_udec(W, (unsigned long)i + 1 - 32);
		}
	}
	js__putc(W, ']');
}

static const struct js__flag pollfl[] = {
	JS__FLAG(POLLIN), JS__FLAG(POLLPRI), JS__FLAG(POLLOUT),
	JS__FLAG(POLLERR), JS__FLAG(POLLHUP), JS__FLAG(POLLNVAL),
	JS__FLAG(POLLRDNORM), JS__FLAG(POLLRDBAND), JS__FLAG(POLLWRNORM),
	JS__FLAG(POLLWRBAND), JS__FLAG(POLLMSG), JS__FLAG(POLLREMOVE),
	JS__FLAG(POLLRDHUP),
};

/* poll's array: the requests (events), or after the call those with
 * revents, read a window at a time (at most POLL_MAX entries looked at);
 * returns 0 when it could not be read. */
#define POLL_MAX (1UL << 20)
static int put_pollfds(struct js__ctx *c, long p, unsigned long n, int rev)
{
	struct js_pollfd win[64], f;
	unsigned long i, base = 0, have = 0, shown = 0;

	if (!p || (n && !js__get(p, win, sizeof win[0])))
		return 0;
	if (n > POLL_MAX)
		n = POLL_MAX;
	js__putc(W, '[');
	for (i = 0; i < n; i++) {
		if (i >= base + have) {
			base = i;
			have = n - i < 64 ? n - i : 64;
			if (!js__get(p + (long)(i * sizeof f), win, have * sizeof f))
				break;
		}
		f = win[i - base];
		if (rev && !f.revents)
			continue;
		if (shown && shown == STRMAX) {
			JS__PUTS(W, ", ...");
			break;
		}
		if (shown++)
			sep(c);
		JS__PUTS(W, "{fd=");
		js__put_dec(W, f.fd);
		if (rev) {
			JS__PUTS(W, ", revents=");
			js__put_bits_unk(W, pollfl, JS__NELEM(pollfl), (unsigned short)f.revents, "0", "POLL???");
		} else if (f.fd >= 0) {
			JS__PUTS(W, ", events=");
			js__put_bits_unk(W, pollfl, JS__NELEM(pollfl), (unsigned short)f.events, "0", "POLL???");
		}
		js__putc(W, '}');
	}
	js__putc(W, ']');
	return 1;
}

/* poll's and ppoll's result: "(Timeout)", or what became ready and, for
 * ppoll, the time left. */
static int poll_result(struct js__ctx *c, int pp)
{
	if (c->failed || c->ret < 0) {
		js__put_result(c, R_DEC);
		return JS__DEC_ALL;
	}
	JS__PUTS(W, " = ");
	js__put_dec(W, c->ret);
	if (!c->ret) {
		JS__PUTS(W, " (Timeout)");
		return JS__DEC_ALL;
	}
	JS__PUTS(W, " (");
	if (!put_pollfds(c, A(0), (unsigned long)A(1), 1))
		js__put_ptr(W, A(0));
	if (pp && A(2)) {
		JS__PUTS(W, ", left ");
		js__put_timespec(c->w, A(2), 1);
	}
	js__putc(W, ')');
	return JS__DEC_ALL;
}

/* A timeout as passed (js__dec_pre_events kept it), else as it is now. */
static void put_timeout(struct js__ctx *c, long p, int usec)
{
	if (p && c->pp && (c->pp->have & JS__PRE_TIME))
		js__put_time(W, c->pp->t[0], c->pp->t[1], usec);
	else if (usec)
		js__put_timeval(c, p);
	else
		js__put_timespec(c->w, p, 1);
}

static int dec_poll(struct js__ctx *c, int pp)
{
	if (!put_pollfds(c, A(0), (unsigned long)A(1), 0))
		js__put_ptr(W, A(0));
	sep(c);
	js__put_udec(W, (unsigned int)A(1));
	sep(c);
	if (pp) {
		put_timeout(c, A(2), 0);
		sep(c);
		put_sigset(c, A(3), (unsigned long)A(4));
		sep(c);
		js__put_udec(W, (unsigned long)A(4));
	} else {
		js__put_dec(W, (int)A(2));
	}
	js__putc(W, ')');
	return poll_result(c, pp);
}

/* The fd_set bits of descriptors 0..nfds-1 in words: [3 4]. */
static void put_fdbits(struct js__ctx *c, const unsigned long *words, int nfds)
{
	int i, any = 0;

	js__putc(W, '[');
	for (i = 0; i < nfds; i++)
		if ((words[i / JS__NFDBITS] >> (i % JS__NFDBITS)) & 1) {
			if (any++)
				js__putc(W, ' ');
			js__put_dec(W, i);
		}
	js__putc(W, ']');
}

/* The bytes of nfds descriptors' bits, whole words (the kernel's
 * FDS_BYTES); 0 when nfds is out of the kernel's range. */
static size_t fdset_bytes(long nfds)
{
	if (nfds < 0 || nfds > JS_FD_SETSIZE)
		return 0;
	return (size_t)(nfds + JS__NFDBITS - 1) / JS__NFDBITS * sizeof(unsigned long);
}

/* An fd_set of nfds descriptors at p, as it is now. */
static void put_fdset(struct js__ctx *c, long p, int nfds)
{
	unsigned long words[JS_FD_SETSIZE / JS__NFDBITS];
	size_t n = fdset_bytes(nfds);

	if (!p) {
		JS__PUTS(W, "NULL");
		return;
	}
	if ((nfds && !n) || (n && !js__get(p, words, n))) {
		js__put_ptr(W, p);
		return;
	}
	put_fdbits(c, words, nfds);
}

/* select's and pselect6's sets and timeouts, ppoll's timeout, as the
 * program passed them (js__dec_pre asks for those three calls only): the
 * kernel rewrites them before the line is formatted. */
__attribute__((noinline)) void js__dec_pre_events(long nr, const long a[6], struct js__pre *p)
{
	long t = 0;
	size_t n, tn = sizeof p->t;
	int i;

	if (nr == JS_NR_ppoll) {
		t = a[2];
	} else {
		n = fdset_bytes(a[0]);
		for (i = 0; i < 3; i++)
			if (a[i + 1] && n && js__get(a[i + 1], p->fds[i], n))
				p->have |= JS__PRE_SET(i);
		t = a[4];
	}
	if (t && js__get(t, p->t, tn))
		p->have |= JS__PRE_TIME;
}

/* select's and pselect6's result: the sets as the call left them. */
static int select_result(struct js__ctx *c, int ps)
{
	static const char *const name[3] = { "in ", "out ", "except " };
	int i, any = 0;

	if (c->failed || c->ret < 0) {
		js__put_result(c, R_DEC);
		return JS__DEC_ALL;
	}
	JS__PUTS(W, " = ");
	js__put_dec(W, c->ret);
	if (!c->ret) {
		JS__PUTS(W, " (Timeout)");
		return JS__DEC_ALL;
	}
	JS__PUTS(W, " (");
	for (i = 0; i < 3; i++) {
		if (!A(i + 1))
			continue;
		if (any++)
			sep(c);
		js__put(W, name[i]);
		put_fdset(c, A(i + 1), (int)A(0));
	}
	if (A(4)) {
		if (any)
			sep(c);
		JS__PUTS(W, "left ");
		if (ps)
			js__put_timespec(c->w, A(4), 1);
		else
			js__put_timeval(c, A(4));
	}
	js__putc(W, ')');
	return JS__DEC_ALL;
}

/* The sets and the timeout as passed, which the kernel rewrites before
 * the line is formatted (js__dec_pre_events kept them). */
static int dec_select(struct js__ctx *c, int ps)
{
	int i;

	js__put_dec(W, (int)A(0));
	for (i = 1; i < 4; i++) {
		sep(c);
		if (A(i) && c->pp && (c->pp->have & JS__PRE_SET(i - 1)))
			put_fdbits(c, c->pp->fds[i - 1], (int)A(0));
		else
			put_fdset(c, A(i), (int)A(0));
	}
	sep(c);
	put_timeout(c, A(4), !ps);
	if (ps) {
		long m[2];

		sep(c);
		if (!A(5))
			JS__PUTS(W, "NULL");
		else if (!js__get(A(5), m, sizeof m))
			js__put_ptr(W, A(5));
		else {
			js__putc(W, '{');
			put_sigset(c, m[0], (unsigned long)m[1]);
			sep(c);
			js__put_udec(W, (unsigned long)m[1]);
			js__putc(W, '}');
		}
	}
	js__putc(W, ')');
	return select_result(c, ps);
}

static const struct js__flag efd[] = {
	JS__FLAG(EFD_SEMAPHORE), JS__FLAG(EFD_CLOEXEC), JS__FLAG(EFD_NONBLOCK),
};
static const struct js__flag sfd[] = {
	JS__FLAG(SFD_CLOEXEC), JS__FLAG(SFD_NONBLOCK),
};
/* include/uapi/linux/fanotify.h, the names strace 6.1 knows. */
static const struct js__flag fan_class[] = {
	JS__FLAG(FAN_CLASS_NOTIF), JS__FLAG(FAN_CLASS_CONTENT),
	JS__FLAG(FAN_CLASS_PRE_CONTENT),
};
static const struct js__flag fan_init[] = {
	JS__FLAG(FAN_CLOEXEC), JS__FLAG(FAN_NONBLOCK),
	JS__FLAG(FAN_UNLIMITED_QUEUE), JS__FLAG(FAN_UNLIMITED_MARKS),
	JS__FLAG(FAN_ENABLE_AUDIT), JS__FLAG(FAN_REPORT_PIDFD),
	JS__FLAG(FAN_REPORT_TID), JS__FLAG(FAN_REPORT_FID),
	JS__FLAG(FAN_REPORT_DIR_FID), JS__FLAG(FAN_REPORT_NAME),
	JS__FLAG(FAN_REPORT_TARGET_FID),
};
static const struct js__lflag fan_mark[] = {
	JS__LFLAG(FAN_MARK_ADD), JS__LFLAG(FAN_MARK_REMOVE),
	JS__LFLAG(FAN_MARK_DONT_FOLLOW), JS__LFLAG(FAN_MARK_ONLYDIR),
	JS__LFLAG(FAN_MARK_MOUNT), JS__LFLAG(FAN_MARK_IGNORED_MASK),
	JS__LFLAG(FAN_MARK_IGNORED_SURV_MODIFY), JS__LFLAG(FAN_MARK_FLUSH),
	JS__LFLAG(FAN_MARK_FILESYSTEM), JS__LFLAG(FAN_MARK_EVICTABLE),
	JS__LFLAG(FAN_MARK_IGNORE),
};
static const struct js__flag fan_ev[] = {
	JS__FLAG(FAN_ACCESS), JS__FLAG(FAN_MODIFY), JS__FLAG(FAN_ATTRIB),
	JS__FLAG(FAN_CLOSE_WRITE), JS__FLAG(FAN_CLOSE_NOWRITE),
	JS__FLAG(FAN_OPEN), JS__FLAG(FAN_MOVED_FROM), JS__FLAG(FAN_MOVED_TO),
	JS__FLAG(FAN_CREATE), JS__FLAG(FAN_DELETE), JS__FLAG(FAN_DELETE_SELF),
	JS__FLAG(FAN_MOVE_SELF), JS__FLAG(FAN_OPEN_EXEC),
	JS__FLAG(FAN_Q_OVERFLOW), JS__FLAG(FAN_FS_ERROR),
	JS__FLAG(FAN_OPEN_PERM), JS__FLAG(FAN_ACCESS_PERM),
	JS__FLAG(FAN_OPEN_EXEC_PERM), JS__FLAG(FAN_EVENT_ON_CHILD),
	JS__FLAG(FAN_RENAME), JS__FLAG(FAN_ONDIR),
};

int js__dec_events(struct js__ctx *c)
{
	unsigned long v;

	switch (c->nr) {
#ifdef JS_NR_epoll_wait
	case JS_NR_epoll_wait:
#endif
	case JS_NR_epoll_pwait: case JS_NR_epoll_pwait2:
		js__put_dec(W, (int)A(0));
		sep(c);
		put_epevents(c, A(1));
		sep(c);
		js__put_dec(W, (int)A(2));
		sep(c);
		if (c->nr == JS_NR_epoll_pwait2)
			js__put_timespec(c->w, A(3), 1);
		else
			js__put_dec(W, (int)A(3));
		if (c->nr != JS_NR_epoll_pwait && c->nr != JS_NR_epoll_pwait2)
			return JS__DEC_ARGS;
		sep(c);
		put_sigset(c, A(4), (unsigned long)A(5));
		sep(c);
		js__put_udec(W, (unsigned long)A(5));
		return JS__DEC_ARGS;
#ifdef JS_NR_poll
	case JS_NR_poll:
		return dec_poll(c, 0);
#endif
	case JS_NR_ppoll:
		return dec_poll(c, 1);
#ifdef JS_NR_select
	case JS_NR_select:
		return dec_select(c, 0);
#endif
	case JS_NR_pselect6:
		return dec_select(c, 1);
	case JS_NR_eventfd2:
		js__put_udec(W, (unsigned int)A(0));
		sep(c);
		js__put_bits_unk(W, efd, JS__NELEM(efd), (unsigned int)A(1), "0", "EFD_???");
		return JS__DEC_ARGS;
	case JS_NR_signalfd4:
		js__put_dec(W, (int)A(0));
		sep(c);
		put_sigset(c, A(1), (unsigned long)A(2));
		sep(c);
		js__put_udec(W, (unsigned long)A(2));
		sep(c);
		js__put_bits_unk(W, sfd, JS__NELEM(sfd), (unsigned int)A(3), "0", "SFD_???");
		return JS__DEC_ARGS;
	case JS_NR_fanotify_init:
		v = (unsigned int)A(0);
		js__put_xval(W, fan_class, JS__NELEM(fan_class), v & 0xc, "FAN_CLASS_???");
		if (v & ~0xcUL) {
			js__putc(W, '|');
			js__put_bits_unk(W, fan_init, JS__NELEM(fan_init), v & ~0xcUL, "0", "FAN_???");
		}
		sep(c);
		js__put_flags(W, K_OFLAGS, (unsigned int)A(1));
		return JS__DEC_ARGS;
	case JS_NR_fanotify_mark:
		js__put_dec(W, (int)A(0));
		sep(c);
		js__put_lflags(W, fan_mark, JS__NELEM(fan_mark), (unsigned int)A(1), "FAN_MARK_???");
		sep(c);
		js__put_bits_unk(W, fan_ev, JS__NELEM(fan_ev), (unsigned long)A(2), "0", "FAN_???");
		sep(c);
		js__put_dirfd(W, A(3));
		sep(c);
		js__put_path(c, A(4));
		return JS__DEC_ARGS;
	}
	return 0;
}
