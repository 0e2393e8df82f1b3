#include <libjs/proc.h>
#include "../call.h"

long js_execve(const char *path, char *const argv[], char *const envp[])
{
	return JS_SC3(JS_NR_execve, path, argv, envp);
}
