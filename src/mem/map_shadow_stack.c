/* map_shadow_stack(2), Linux 6.6: newer than the generated tables,
 * numbered in nr_new.h (one number on every architecture; the kernel
 * answers ENOSYS where it has no user shadow stacks). */
#include <libjs/mem.h>
#include <libjs/nr_new.h>
#include "../call.h"

void *js_map_shadow_stack(void *addr, unsigned long size, unsigned int flags)
{
	return (void *)JS_SC3(JS_NR_map_shadow_stack, addr, size, flags);
}
