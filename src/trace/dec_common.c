/* Printers the fs and misc decoders share: modes and device numbers as
 * strace shows them (printmode.c, print_dev_t), long flag names, and the
 * date comments strace adds after file times. */
#include <libjs/time.h>
#include <libjs/fs.h>
#include <libjs/types.h>
#include "trace.h"

void js__put_sep(struct js__w *w)
{
	JS__PUTS(w, ", ");
}

void js__put_dirfd(struct js__w *w, long fd)
{
	if ((int)fd == JS_AT_FDCWD)
		JS__PUTS(w, "AT_FDCWD");
	else
		js__put_dec(w, (int)fd);
}

/* include/uapi/linux/stat.h */
static const struct js__flag ifmt[] = {
	JS__FLAG(S_IFREG), JS__FLAG(S_IFSOCK), JS__FLAG(S_IFIFO),
	JS__FLAG(S_IFLNK), JS__FLAG(S_IFDIR), JS__FLAG(S_IFBLK),
	JS__FLAG(S_IFCHR),
};

void js__put_smode(struct js__w *w, unsigned int mode)
{
	if ((mode & JS_S_IFMT) &&
	    !js__put_name(w, ifmt, JS__NELEM(ifmt), mode & JS_S_IFMT)) {
		js__put_oct(w, mode);
		return;
	}
	if (mode & JS_S_IFMT)
		js__putc(w, '|');
	if (mode & JS_S_ISUID)
		JS__PUTS(w, "S_ISUID|");
	if (mode & JS_S_ISGID)
		JS__PUTS(w, "S_ISGID|");
	if (mode & JS_S_ISVTX)
		JS__PUTS(w, "S_ISVTX|");
	js__put_oct(w, mode & ~(JS_S_IFMT | JS_S_ISUID | JS_S_ISGID | JS_S_ISVTX));
}

/* glibc's major()/minor() of the kernel's encoding (linux/kdev_t.h):
 * minor's low byte, major's 12 bits, minor's upper bits. */
void js__put_kdev(struct js__w *w, unsigned long dev)
{
	JS__PUTS(w, "makedev(");
	js__put_hex(w, ((dev >> 8) & 0xfff) | ((dev >> 32) & ~0xfffUL));
	js__put_sep(w);
	js__put_hex(w, (dev & 0xff) | ((dev >> 12) & ~0xffUL));
	js__putc(w, ')');
}

void js__put_lflags(struct js__w *w, const struct js__lflag *t, size_t n,
		    unsigned long v, const char *unknown)
{
	size_t i;
	int any = 0;

	for (i = 0; i < n; i++)
		if (t[i].v && (v & t[i].v) == t[i].v)
			break;
	if (v && i == n) {
		js__put_bits_unk(w, 0, 0, v, "0", unknown);
		return;
	}
	for (i = 0; i < n && v; i++)
		if (t[i].v && (v & t[i].v) == t[i].v) {
			if (any++)
				js__putc(w, '|');
			js__put(w, t[i].n);
			v &= ~(unsigned long)t[i].v;
		}
	if (v) {
		if (any++)
			js__putc(w, '|');
		js__put_hex(w, v);
	}
	if (!any)
		js__putc(w, '0');
}

static void put2(struct js__w *w, int v)
{
	js__putc(w, (char)('0' + v / 10 % 10));
	js__putc(w, (char)('0' + v % 10));
}

void js__put_datecomment(struct js__w *w, long sec, long frac, int digits)
{
	struct js_tm tm;
	char f[10];
	int i;

	if (js_gmtime(sec, &tm) < 0)
		return;
	JS__PUTS(w, " /* ");
	js__put_dec(w, tm.tm_year + 1900L);
	js__putc(w, '-');
	put2(w, tm.tm_mon + 1);
	js__putc(w, '-');
	put2(w, tm.tm_mday);
	js__putc(w, 'T');
	put2(w, tm.tm_hour);
	js__putc(w, ':');
	put2(w, tm.tm_min);
	js__putc(w, ':');
	put2(w, tm.tm_sec);
	/* strace writes local time; libjs has no zone database, so UTC
	 * (what strace prints with TZ unset or UTC). */
	if (digits && frac > 0) {
		js__putc(w, '.');
		for (i = digits - 1; i >= 0; i--, frac /= 10)
			f[i] = (char)('0' + frac % 10);
		js__put_cut(w, f, (size_t)digits);
	}
	JS__PUTS(w, "+0000 */");
}

void js__put_timeval(struct js__ctx *c, long p)
{
	struct js_timeval t;

	if (!p) {
		JS__PUTS(c->w, "NULL");
		return;
	}
	if (!js__get(p, &t, sizeof t)) {
		js__put_ptr(c->w, p);
		return;
	}
	js__put_time(c->w, t.tv_sec, t.tv_usec, 1);
}
