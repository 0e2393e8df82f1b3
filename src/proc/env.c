/* The environment and auxiliary vector the program entry records
 * (DESIGN.md rule 5: the only globals besides the trace switch). */
#include <libjs/proc.h>

char **js_environ;
/* The entry's own envp: auxv follows its NULL, whatever the program later
 * does to js_environ. */
static char **initial_envp;

/* The trace switches (src/trace/hook.c), present only in a program built
 * with `libjs-cc --trace`: weak, so other programs carry no trace code. */
extern void js__trace_start(char **envp) __attribute__((weak));

void js__env_init(char **envp)
{
	js_environ = initial_envp = envp;
	if (js__trace_start)
		js__trace_start(envp);
}

void js_env_init(char **envp)
{
	js__env_init(envp);
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
	char **e = initial_envp;
	const unsigned long *av;

	if (!e)
		return 0;
	while (*e)
		e++;
	for (av = (const unsigned long *)(e + 1); av[0] != JS_AT_NULL; av += 2)
		if (av[0] == type)
			return av[1];
	return 0;
}
