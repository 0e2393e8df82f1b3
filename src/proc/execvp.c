#include <libjs/proc.h>

long js_execvp(const char *file, char *const argv[])
{
	return js_execvpe(file, argv, js_environ);
}
