#include <libjs/sandbox.h>
#include "../call.h"

long js_landlock_create_ruleset(const struct js_landlock_ruleset_attr *attr,
				size_t size, unsigned int flags)
{
	return JS_SC3(JS_NR_landlock_create_ruleset, attr, size, flags);
}
