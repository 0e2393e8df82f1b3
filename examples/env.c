/* env [-0] [-i] [-u NAME]... [NAME=VALUE]... [CMD [ARG]...]: coreutils'
 * env.  Without CMD it prints the resulting environment, one NAME=VALUE a
 * line (NUL-terminated with -0); with CMD it runs it through js_execvpe
 * (PATH search) in that environment.  No allocation: the new environment
 * is an array of pointers into argv and the inherited strings.
 * Exit status as coreutils': 125 for env's own errors, 126 when CMD was
 * found but could not run, 127 when it was not found. */
#include <libjs/libjs.h>

#define MAXENV 4096
static char *env[MAXENV + 1];
static int nenv;

/* Length of the name part of "NAME=VALUE" (the whole string without '='). */
static size_t namelen(const char *s)
{
	const char *eq = js_strchr(s, '=');

	return eq ? (size_t)(eq - s) : js_strlen(s);
}

static void unset(const char *name)
{
	size_t n = js_strlen(name);
	int i, j;

	for (i = j = 0; i < nenv; i++)
		if (!(namelen(env[i]) == n && !js_strncmp(env[i], name, n)))
			env[j++] = env[i];
	nenv = j;
	env[nenv] = 0;
}

/* 0, or -1 when the array is full. */
static int set(char *nv)
{
	size_t n = namelen(nv);
	int i;

	for (i = 0; i < nenv; i++)
		if (namelen(env[i]) == n && !js_strncmp(env[i], nv, n)) {
			env[i] = nv;
			return 0;
		}
	if (nenv == MAXENV)
		return -1;
	env[nenv++] = nv;
	env[nenv] = 0;
	return 0;
}

static int usage(void)
{
	js_dprintf(2, "usage: env [-0] [-i] [-u NAME]... [NAME=VALUE]... [CMD [ARG]...]\n");
	return 125;
}

int main(int argc, char **argv)
{
	static char outbuf[8192];
	struct js_getopt g = JS_GETOPT_INIT;
	static char *unsets[MAXENV];
	struct js_out out;
	int c, i, nunset = 0, clear = 0, nul = 0;
	char **e;

	/* -u is applied after -i, whatever their order (coreutils does the
	 * same): collect them first. */
	while ((c = js_getopt(&g, argc, argv, "+0iu:")) != -1) {
		if (c == 'i')
			clear = 1;
		else if (c == '0')
			nul = 1;
		else if (c != 'u')
			return usage();
		else if (!*g.arg || js_strchr(g.arg, '=')) {
			js_dprintf(2, "env: cannot unset '%s': Invalid argument\n", g.arg);
			return 125;
		} else if (nunset == MAXENV) {
			goto full;
		} else {
			unsets[nunset++] = g.arg;
		}
	}
	/* A lone "-" is -i (POSIX). */
	if (g.ind < argc && !js_strcmp(argv[g.ind], "-")) {
		clear = 1;
		g.ind++;
	}
	for (e = clear ? 0 : js_environ; e && *e; e++)
		if (set(*e) < 0)
			goto full;
	for (i = 0; i < nunset; i++)
		unset(unsets[i]);
	env[nenv] = 0;
	for (; g.ind < argc && js_strchr(argv[g.ind], '='); g.ind++)
		if (set(argv[g.ind]) < 0)
			goto full;

	if (g.ind < argc) {
		long r = js_execvpe(argv[g.ind], argv + g.ind, env);

		js_dprintf(2, "env: '%s': %s\n", argv[g.ind], js_strerror(r));
		return r == -JS_ENOENT ? 127 : 126;
	}
	js_out_init(&out, 1, outbuf, sizeof outbuf);
	for (i = 0; i < nenv; i++) {
		js_out_str(&out, env[i]);
		js_out_write(&out, nul ? "" : "\n", 1);
	}
	if (js_out_flush(&out) < 0) {
		js_dprintf(2, "env: write error: %s\n", js_strerror(out.err));
		return 125;
	}
	return 0;
full:
	js_dprintf(2, "env: more than %d variables\n", MAXENV);
	return 125;
}
