/* What the tdec2 decoders (dec_net.c, dec_msg.c, dec_proc.c, dec_res.c,
 * dec_prctl.c) share: strace's printxval, safe reads of the program's
 * memory, in/out lengths. */
#include "trace.h"

/* strace's printxval: the name, or hex with the "X_???" comment. */
void js__put_xval(struct js__w *w, const struct js__flag *t, size_t n,
		  unsigned long v, const char *unknown)
{
	if (js__put_name(w, t, n, v))
		return;
	js__put_hex(w, v);
	if (unknown) {
		JS__PUTS(w, " /* ");
		js__put(w, unknown);
		JS__PUTS(w, " */");
	}
}

/* p + off as the address arithmetic of the machine: any traced value
 * wraps, never overflows a signed long. */
long js__at(long p, unsigned long off)
{
	return (long)((unsigned long)p + off);
}

/* n bytes at p, read safely; 1 when all of them could be. */
int js__get(long p, void *v, size_t n)
{
	return p && js__fetch(v, (const void *)p, n, 1) == n;
}

int js__get_int(long p, int *v)
{
	return js__get(p, v, sizeof *v);
}

/* An in/out length after the call: "[16]", or "[128 => 16]" when the
 * kernel changed it; on failure the value passed. */
void js__put_inout(struct js__ctx *c, int ulen, int rlen, int changed)
{
	js__putc(c->w, '[');
	js__put_dec(c->w, ulen);
	if (changed && ulen != rlen) {
		JS__PUTS(c->w, " => ");
		js__put_dec(c->w, rlen);
	}
	js__putc(c->w, ']');
}

/* The value passed in at p: js__dec_pre's when the hook took it, else
 * what is there now. */
int js__pre_int(struct js__ctx *c, long p, int *v)
{
	if (c->pre != JS__NOPRE) {
		*v = (int)c->pre;
		return 1;
	}
	return js__get_int(p, v);
}

/* An int the call wrote: [n], or the address. */
void js__put_outint(struct js__ctx *c, long p, int sig)
{
	int v;

	if (c->failed || !js__get(p, &v, sizeof v)) {
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

/* A string argument, read safely whatever the call's result. */
void js__put_path_safe(struct js__ctx *c, long p)
{
	int keep = c->safe;

	c->safe = 1;
	js__put_path(c, p);
	c->safe = keep;
}
