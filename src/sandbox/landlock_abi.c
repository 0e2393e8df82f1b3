#include <libjs/sandbox.h>
#include "../call.h"

/* landlock(7): the version query is create_ruleset(NULL, 0, VERSION). */
long js_landlock_abi(void)
{
	return JS_SC3(JS_NR_landlock_create_ruleset, 0, 0,
		      JS_LANDLOCK_CREATE_RULESET_VERSION);
}
