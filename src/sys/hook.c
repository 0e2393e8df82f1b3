/* The hook pointer (sys.h): the trace switch, one of libjs's two kinds of
 * global state (DESIGN.md rule 5).  NULL until trace.h's functions set it. */
#include "../call.h"

js_hook_fn js__hook;

long js__hook_call5(long nr, long a, long b, long c, long d, long e)
{
	return js__hook(nr, a, b, c, d, e, 0);
}

long js__hook_call6(long nr, long a, long b, long c, long d, long e, long f)
{
	return js__hook(nr, a, b, c, d, e, f);
}
