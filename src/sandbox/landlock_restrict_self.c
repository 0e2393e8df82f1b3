#include <libjs/sandbox.h>
#include "../call.h"

long js_landlock_restrict_self(int ruleset_fd, unsigned int flags)
{
	return JS_SC2(JS_NR_landlock_restrict_self, ruleset_fd, flags);
}
