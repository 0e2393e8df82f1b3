#include <libjs/proc.h>
#include "../call.h"

/* The raw exit(2) syscall ends only the calling thread. */
__attribute__((cold)) void js_exit(int status)
{
	for (;;)
		JS_SC1(JS_NR_exit, status);
}
