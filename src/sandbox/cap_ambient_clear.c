#include <libjs/sandbox.h>
#include <libjs/proc.h>

long js_cap_ambient_clear(void)
{
	return js_prctl(JS_PR_CAP_AMBIENT, JS_PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0);
}
