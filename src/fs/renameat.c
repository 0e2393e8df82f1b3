#include <libjs/fs.h>
#include "../call.h"

long js_renameat(int olddirfd, const char *oldpath, int newdirfd, const char *newpath)
{
	return JS_SC4(JS_NR_renameat, olddirfd, oldpath, newdirfd, newpath);
}
