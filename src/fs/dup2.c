#include <libjs/fs.h>
#include "../call.h"

long js_dup2(int oldfd, int newfd)
{
	return JS_SC2(JS_NR_dup2, oldfd, newfd);
}
