#include <libjs/proc.h>
#include "../call.h"

long js_setns(int fd, int nstype)
{
	return JS_SC2(JS_NR_setns, fd, nstype);
}
