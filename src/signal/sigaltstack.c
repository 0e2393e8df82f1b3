#include <libjs/signal.h>
#include "../call.h"

long js_sigaltstack(const js_stack_t *ss, js_stack_t *old_ss)
{
	return JS_SC2(JS_NR_sigaltstack, ss, old_ss);
}
