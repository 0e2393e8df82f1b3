#include <libjs/proc.h>
#include "../call.h"

long js_kcmp(int pid1, int pid2, int type, unsigned long idx1,
	     unsigned long idx2)
{
	return JS_SC5(JS_NR_kcmp, pid1, pid2, type, idx1, idx2);
}
