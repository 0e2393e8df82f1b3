/* remap_file_pages(2): deprecated (Linux 3.16 emulates it), but in the
 * table of every architecture, so wrapped like any other call. */
#include <libjs/mem.h>
#include "../call.h"

long js_remap_file_pages(void *addr, size_t size, int prot, size_t pgoff,
			 int flags)
{
	return JS_SC5(JS_NR_remap_file_pages, addr, size, prot, pgoff, flags);
}
