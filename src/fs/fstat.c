#include <libjs/fs.h>
#include "../call.h"

long js_fstat(int fd, struct js_stat *st)
{
	return JS_SC2(JS_NR_fstat, fd, st);
}
