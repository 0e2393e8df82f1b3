/* Memory calls as strace 6.1 shows them. */
#include <libjs/sys.h>
#include "trace.h"

int js__dec_mem(struct js__ctx *c)
{
	(void)c;
	return 0;
}
