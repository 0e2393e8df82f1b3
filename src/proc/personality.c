#include <libjs/proc.h>
#include "../call.h"

/* The kernel takes an unsigned int: the upper half of persona is dropped,
 * as glibc's personality does. */
long js_personality(unsigned long persona)
{
	return JS_SC1(JS_NR_personality, (unsigned int)persona);
}
