#include <libjs/sandbox.h>
#include "../call.h"

long js_landlock_add_rule(int ruleset_fd, int rule_type,
			  const void *rule_attr, unsigned int flags)
{
	return JS_SC4(JS_NR_landlock_add_rule, ruleset_fd, rule_type,
		      rule_attr, flags);
}
