#include <libjs/signal.h>
#include "../call.h"

long js_restart_syscall(void)
{
	return JS_SC0(JS_NR_restart_syscall);
}
