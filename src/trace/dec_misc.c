/* The decoders of time, events, IPC, AIO and the rest, as strace decodes them. */
#include <libjs/sys.h>
#include "trace.h"

int js__dec_misc(struct js__ctx *c)
{
	(void)c;
	return 0;
}
