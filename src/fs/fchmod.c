#include <libjs/fs.h>
#include "../call.h"

long js_fchmod(int fd, unsigned int mode)
{
	return JS_SC2(JS_NR_fchmod, fd, mode);
}
