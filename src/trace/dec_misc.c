/* The decoders of the rest: time (dec_time.c), events (dec_events.c),
 * IPC and AIO (dec_ipc.c), scheduling (dec_sched.c), as strace decodes
 * them. */
#include <libjs/sys.h>
#include "trace.h"

int js__dec_misc(struct js__ctx *c)
{
	int r = js__dec_time(c);

	if (!r)
		r = js__dec_events(c);
	if (!r)
		r = js__dec_ipc(c);
	if (!r)
		r = js__dec_sched(c);
	return r;
}
