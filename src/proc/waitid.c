#include <libjs/proc.h>
#include "../call.h"

/* The syscall takes a fifth argument, a struct rusage *, that waitid(2)'s
 * documented form does not have; js_wait4 gives the usage. */
long js_waitid(int idtype, int id, js_siginfo_t *info, int options)
{
	return JS_SC5(JS_NR_waitid, idtype, id, info, options, 0);
}
