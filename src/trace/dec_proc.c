/* The decoders of processes, signals, memory and resources, as strace decodes them. */
#include <libjs/sys.h>
#include "trace.h"

int js__dec_proc(struct js__ctx *c)
{
	(void)c;
	return 0;
}
