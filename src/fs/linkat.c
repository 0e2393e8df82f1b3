#include <libjs/fs.h>
#include "../call.h"

long js_linkat(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, int flags)
{
	return JS_SC5(JS_NR_linkat, olddirfd, oldpath, newdirfd, newpath, flags);
}
