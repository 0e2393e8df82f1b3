#include <libjs/mem.h>
#include "../call.h"

/* The raw call: the kernel answers with the break it now has (the old one
 * when it refuses), never with -errno; libc's brk(2) builds its 0/-1 on
 * that comparison. */
void *js_brk(void *addr)
{
	return (void *)JS_SC1(JS_NR_brk, addr);
}
