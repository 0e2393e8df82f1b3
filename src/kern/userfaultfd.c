#include <libjs/kern.h>
#include "../call.h"

long js_userfaultfd(int flags)
{
	return JS_SC1(JS_NR_userfaultfd, flags);
}
