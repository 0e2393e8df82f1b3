#include <libjs/fs.h>
#include "../call.h"

long js_renameat2(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, unsigned int flags)
{
	return JS_SC5(JS_NR_renameat2, olddirfd, oldpath, newdirfd, newpath, flags);
}
