#include <libjs/proc.h>
#include "../call.h"

long js_execveat(int dirfd, const char *path, char *const argv[],
		 char *const envp[], int flags)
{
	return JS_SC5(JS_NR_execveat, dirfd, path, argv, envp, flags);
}
