/* ioctl(2)'s decoder for the requests every file or terminal answers,
 * as strace 6.1 shows them (ioctl.c, term.c in strace are the behaviour
 * matched): the request by name, its int or struct winsize, and
 * _IOC(dir, type, nr, size) for a request it does not know.  Asked by
 * js__dec_fs_more (dec_fs_more.c). */
#include <libjs/sys.h>
#include <libjs/fs.h>
#include "trace.h"

#define W c->w
#define A(i) (c->a[i])

static void sep(struct js__ctx *c)
{
	js__put_sep(c->w);
}

/* The requests named here; for others strace's _IOC(dir, type, nr,
 * size) (ioctl.c, ioctl_decode_command_number's fallback). */
static const struct js__flag ioctl_req[] = {
	JS__FLAG(TCGETS), JS__FLAG(TCSETSW), JS__FLAG(TCSETSF),
	JS__FLAG(TIOCGPGRP), JS__FLAG(TIOCSPGRP), JS__FLAG(TIOCOUTQ),
	JS__FLAG(TIOCGWINSZ), JS__FLAG(TIOCSWINSZ), JS__FLAG(FIONREAD),
	JS__FLAG(FIONBIO), JS__FLAG(FIONCLEX), JS__FLAG(FIOCLEX),
	JS__FLAG(FIOASYNC),
};

static void put_ioc(struct js__w *w, unsigned int r)
{
	static const char *const dir[4] = {
		"_IOC_NONE", "_IOC_WRITE", "_IOC_READ", "_IOC_READ|_IOC_WRITE",
	};

	JS__PUTS(w, "_IOC(");
	js__put(w, dir[r >> JS_IOC_DIRSHIFT]);
	JS__PUTS(w, ", ");
	js__put_hex(w, (r >> JS_IOC_TYPESHIFT) & ((1U << JS_IOC_TYPEBITS) - 1));
	JS__PUTS(w, ", ");
	js__put_hex(w, (r >> JS_IOC_NRSHIFT) & ((1U << JS_IOC_NRBITS) - 1));
	JS__PUTS(w, ", ");
	js__put_hex(w, (r >> JS_IOC_SIZESHIFT) & ((1U << JS_IOC_SIZEBITS) - 1));
	js__putc(w, ')');
}

/* An int the call reads (in) or writes (out): [N], else the address. */
static void put_int(struct js__ctx *c, long p, int out)
{
	int v;

	if ((out && c->failed) || !js__get(p, &v, sizeof v)) {
		js__put_hex(W, (unsigned long)p);
		return;
	}
	js__putc(W, '[');
	js__put_dec(W, v);
	js__putc(W, ']');
}

int js__dec_ioctl(struct js__ctx *c)
{
	unsigned int r = (unsigned int)A(1);
	struct js_winsize ws;

	js__put_dec(W, (int)A(0));
	sep(c);
	if (!js__put_name(W, ioctl_req, JS__NELEM(ioctl_req), r)) {
		put_ioc(W, r);
		sep(c);
		js__put_hex(W, (unsigned long)A(2));
		return JS__DEC_ARGS;
	}
	switch (r) {
	case JS_FIOCLEX: case JS_FIONCLEX:
		return JS__DEC_ARGS;
	case JS_FIONBIO: case JS_FIOASYNC: case JS_TIOCSPGRP:
		sep(c);
		put_int(c, A(2), 0);
		return JS__DEC_ARGS;
	case JS_FIONREAD: case JS_TIOCGPGRP: case JS_TIOCOUTQ:
		sep(c);
		put_int(c, A(2), 1);
		return JS__DEC_ARGS;
	case JS_TIOCGWINSZ: case JS_TIOCSWINSZ:
		sep(c);
		if ((r == JS_TIOCGWINSZ && c->failed) || !js__get(A(2), &ws, sizeof ws)) {
			js__put_hex(W, (unsigned long)A(2));
			return JS__DEC_ARGS;
		}
		JS__PUTS(W, "{ws_row=");
		js__put_udec(W, ws.ws_row);
		JS__PUTS(W, ", ws_col=");
		js__put_udec(W, ws.ws_col);
		JS__PUTS(W, ", ws_xpixel=");
		js__put_udec(W, ws.ws_xpixel);
		JS__PUTS(W, ", ws_ypixel=");
		js__put_udec(W, ws.ws_ypixel);
		js__putc(W, '}');
		return JS__DEC_ARGS;
	}
	/* struct termios: its address (strace shows the fields). */
	sep(c);
	js__put_hex(W, (unsigned long)A(2));
	return JS__DEC_ARGS;
}
