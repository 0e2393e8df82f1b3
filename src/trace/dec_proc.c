/* The decoders of processes and resources, as strace 6.1 decodes them;
 * signals are dec_signal.c's, memory dec_mem.c's. */
#include <libjs/sys.h>
#include "trace.h"

int js__dec_proc(struct js__ctx *c)
{
	int r = js__dec_signal(c);

	if (!r)
		r = js__dec_mem(c);
	return r;
}
