/* js_getopt: POSIX getopt (XCU 12.2 guidelines; getopt(3p)), state in
 * the caller's struct.  Error texts are glibc's, so a program's messages
 * do not change when it moves to libjs. */
#include <libjs/util.h>
#include <libjs/string.h>
#include <libjs/fmt.h>

static int fail(struct js_getopt *g, const char *opts, char *const argv[],
		const char *what, int c, int ret)
{
	if (g->err && *opts != ':')
		js_dprintf(2, "%s: %s -- '%c'\n", argv[0] ? argv[0] : "", what, c);
	return ret;
}

int js_getopt(struct js_getopt *g, int argc, char *const argv[], const char *opts)
{
	const char *a, *o;
	int c;

	if (!g || !argv || !opts)
		return -1;
	g->arg = NULL;
	if (*opts == '+')
		opts++;
	if (g->ind < 1)	/* glibc's optind = 0: start over */
		g->ind = 1, g->pos = 0;
	if (!g->pos) {
		if (g->ind >= argc || !(a = argv[g->ind]) || a[0] != '-' || !a[1])
			return -1;
		if (a[1] == '-' && !a[2]) {
			g->ind++;
			return -1;
		}
		g->pos = 1;
	}
	a = argv[g->ind];
	c = (unsigned char)a[g->pos++];
	g->opt = c;
	o = c == ':' ? NULL : js_strchr(opts, c);
	if (!o || !c) {
		if (!a[g->pos])
			g->ind++, g->pos = 0;
		return fail(g, opts, argv, "invalid option", c, '?');
	}
	if (o[1] != ':') {
		if (!a[g->pos])
			g->ind++, g->pos = 0;
		return c;
	}
	/* The argument: the rest of this element, or the next one. */
	if (a[g->pos]) {
		g->arg = (char *)a + g->pos;
		g->ind++;
	} else if (g->ind + 1 < argc) {
		g->arg = argv[g->ind + 1];
		g->ind += 2;
	} else {
		g->ind++;
		g->pos = 0;
		return fail(g, opts, argv, "option requires an argument", c,
			    *opts == ':' ? ':' : '?');
	}
	g->pos = 0;
	return c;
}
