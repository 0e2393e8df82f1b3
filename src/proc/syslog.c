#include <libjs/proc.h>
#include "../call.h"

/* syslog(2) itself: glibc names it klogctl, since its syslog(3) is the
 * logger's client. */
long js_syslog(int type, char *buf, int len)
{
	return JS_SC3(JS_NR_syslog, type, buf, len);
}
