/* struct js_out: buffered output over the caller's buffer (fmt.h). */
#include <libjs/fs.h>
#include <libjs/string.h>
#include <libjs/errno.h>
#include "fmt.h"

void js_out_init(struct js_out *o, int fd, char *buf, size_t size)
{
	if (!o)
		return;
	o->buf = buf;
	o->size = buf ? size : 0;
	o->len = 0;
	o->fd = fd;
	o->err = 0;
}

int js_out_flush(struct js_out *o)
{
	if (!o)
		return -JS_EFAULT;
	if (o->len && !o->err) {
		long r = js_write_all(o->fd, o->buf, o->len);

		if (r < 0)
			o->err = (int)r;
	}
	o->len = 0;
	return o->err;
}

int js_out_write(struct js_out *o, const void *p, size_t n)
{
	if (!o || (!p && n))
		return -JS_EFAULT;
	if (o->err)
		return o->err;
	if (n <= o->size - o->len) {
		if (n)
			__builtin_memcpy(o->buf + o->len, p, n);
		o->len += n;
		return 0;
	}
	if (js_out_flush(o))
		return o->err;
	if (n < o->size) {
		__builtin_memcpy(o->buf, p, n);
		o->len = n;
		return 0;
	}
	{	/* bigger than the buffer: straight through */
		long r = js_write_all(o->fd, p, n);

		if (r < 0)
			o->err = (int)r;
	}
	return o->err;
}

int js_out_str(struct js_out *o, const char *s)
{
	if (!s)
		return -JS_EFAULT;
	return js_out_write(o, s, js_strlen(s));
}

/* The engine's sink over a js_out: the room after len. */
void js__out_bind(struct js__fsink *s, struct js_out *o)
{
	s->out = o;
	if (o->err) {	/* drop everything */
		s->p = s->end = o->buf;
		return;
	}
	s->p = o->buf + o->len;
	s->end = o->buf + o->size;
}

void js__out_sync(struct js__fsink *s)
{
	struct js_out *o = s->out;

	if (!o->err) {
		o->len = (size_t)(s->p - o->buf);
		js_out_flush(o);
	}
	js__out_bind(s, o);
}

int js_out_vprintf(struct js_out *o, const char *fmt, va_list ap)
{
	struct js__fsink s;
	int r;

	if (!o || !fmt)
		return -JS_EFAULT;
	if (!o->size)	/* the engine needs somewhere to put bytes */
		return -JS_EINVAL;
	js__out_bind(&s, o);
	s.n = 0;
	r = js__vfmt(&s, fmt, ap);
	if (!o->err)
		o->len = (size_t)(s.p - o->buf);
	if (r < 0)
		return r;
	if (o->err)
		return o->err;
	return s.n > 0x7fffffff ? -JS_EOVERFLOW : (int)s.n;
}

int js_out_printf(struct js_out *o, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = js_out_vprintf(o, fmt, ap);
	va_end(ap);
	return r;
}
