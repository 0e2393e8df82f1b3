#include <libjs/sandbox.h>
#include <libjs/proc.h>

long js_cap_bound_drop(int cap)
{
	return js_prctl(JS_PR_CAPBSET_DROP, (unsigned long)cap, 0, 0, 0);
}
