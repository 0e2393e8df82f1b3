/* The environment and auxiliary vector the program entry records
 * (docs/design.md rule 5: the only globals besides the trace switch). */
#include <libjs/proc.h>
#include "../rt/rt.h"

char **js_environ;
/* The auxiliary vector the kernel laid out above the entry's stack,
 * recorded once: whatever the program later does to js_environ, or passes
 * to js_env_init, js_getauxval reads the kernel's own vector. */
static const unsigned long *auxv;

/* The trace switches (src/trace/hook.c), present only in a program built
 * with `libjs-cc --trace`: weak, so other programs carry no trace code. */
extern void js__trace_start(char **envp) __attribute__((weak));

/* Called by the start code (src/rt/start.c) with the entry's own envp and
 * auxv, before any constructor. */
void js__env_init(char **envp, const unsigned long *av)
{
	js_environ = envp;
	auxv = av;
	if (js__trace_start)
		js__trace_start(envp);
}

/* Next to libc, or with an entry of the program's own: envp must be the
 * kernel's (main's third argument, unchanged) the first time, since the
 * auxiliary vector is found after its NULL; later calls only change
 * js_environ. */
void js_env_init(char **envp)
{
	char **e = envp;

	js_environ = envp;
	if (auxv || !e)
		return;
	while (*e)
		e++;
	auxv = (const unsigned long *)(e + 1);
}

char *js_getenv(const char *name)
{
	char **e;

	/* An empty name would match an entry "=value" (glibc: NULL). */
	if (!name || !*name || !js_environ)
		return 0;
	for (e = js_environ; *e; e++) {
		const char *a = name, *b = *e;

		while (*a && *a == *b)
			a++, b++;
		if (!*a && *b == '=')
			return (char *)b + 1;
	}
	return 0;
}

unsigned long js_getauxval(unsigned long type)
{
	return auxv ? js__aux(auxv, type) : 0;
}

/* Whether the program runs with privileges its caller lacks: the
 * kernel's AT_SECURE (set-user-ID, set-group-ID, file capabilities, an
 * LSM's say).  Without a recorded auxiliary vector (next to libc before
 * js_env_init), the ids are compared instead, which misses capabilities
 * gained on exec; such a program is told so in trace.h. */
int js__secure(void)
{
	if (auxv)
		return js_getauxval(JS_AT_SECURE) != 0;
	return js_getuid() != js_geteuid() || js_getgid() != js_getegid();
}
