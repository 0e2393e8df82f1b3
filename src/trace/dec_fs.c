/* The decoders of files, directories, metadata and mounts, as strace decodes them. */
#include <libjs/sys.h>
#include "trace.h"

int js__dec_fs(struct js__ctx *c)
{
	(void)c;
	return 0;
}
