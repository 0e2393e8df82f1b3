/* The program tests/sh/test_rt_setuid.sh installs set-user-ID root and
 * runs as nobody (built with `libjs-cc --trace`, so DEBUG and LIBJS_FAULT
 * would be obeyed if the start code let them).  It reads a root-only file
 * (whose bytes a trace would show), drops its privilege for good with
 * setresuid (which LIBJS_FAULT=setresuid:EPERM would make fail), and
 * prints one line of facts on fd 1:
 *   secure=<AT_SECURE> trace=<0|1> read=<bytes> drop=<0|-errno>
 *   fd2=<st_rdev in hex, or -errno> */
#include <libjs/libjs.h>

static char *put(char *p, const char *s)
{
	while (*s)
		*p++ = *s++;
	return p;
}

static char *num(char *p, long v, int base)
{
	char b[24], *q = b + sizeof b;
	unsigned long u = v < 0 ? 0 - (unsigned long)v : (unsigned long)v;

	do
		*--q = "0123456789abcdef"[u % (unsigned)base];
	while (u /= (unsigned)base);
	if (v < 0)
		*--q = '-';
	while (q < b + sizeof b)
		*p++ = *q++;
	return p;
}

int main(int argc, char **argv)
{
	char line[160], buf[64], *p = line;
	struct js_stat st;
	long fd, n = -1, uid = js_getuid(), r;

	fd = argc > 1 ? js_open(argv[1], JS_O_RDONLY) : -JS_EINVAL;
	if (fd >= 0) {
		n = js_read((int)fd, buf, sizeof buf);
		js_close((int)fd);
	}
	r = js_fstat(2, &st);
	p = put(p, "secure=");
	p = num(p, (long)js_getauxval(JS_AT_SECURE), 10);
	p = put(p, " trace=");
	p = num(p, js_trace_on(), 10);
	p = put(p, " read=");
	p = num(p, n, 10);
	p = put(p, " drop=");
	p = num(p, js_setresuid((unsigned)uid, (unsigned)uid, (unsigned)uid), 10);
	p = put(p, " euid=");
	p = num(p, js_geteuid(), 10);
	p = put(p, " fd2=");
	p = r < 0 ? num(p, r, 10) : num(p, (long)st.st_rdev, 16);
	p = put(p, "\n");
	js_write(1, line, (size_t)(p - line));
	return 0;
}
