#include <libjs/proc.h>
#include "../call.h"

/* getpgrp(2).  The generic table (aarch64, riscv64) has no getpgrp:
 * getpgid(0) names the caller's group the same way. */
long js_getpgrp(void)
{
#ifdef JS_NR_getpgrp
	return JS_SC0(JS_NR_getpgrp);
#else
	return JS_SC1(JS_NR_getpgid, 0);
#endif
}
