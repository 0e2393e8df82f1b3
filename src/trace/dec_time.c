#include <libjs/sys.h>
#include "trace.h"

int js__dec_time(struct js__ctx *c)
{
	(void)c;
	return 0;
}
