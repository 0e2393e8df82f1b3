#include <libjs/proc.h>
#include "../call.h"

long js_umask(unsigned int mask)
{
	return JS_SC1(JS_NR_umask, mask);
}
