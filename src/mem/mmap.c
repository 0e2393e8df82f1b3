#include <libjs/mem.h>
#include "../call.h"

/* mmap(2): every 64-bit architecture has the one mmap call taking the
 * offset in bytes (no mmap2 page-unit variant). */
void *js_mmap(void *addr, size_t length, int prot, int flags, int fd,
	      long offset)
{
	return (void *)JS_SC6(JS_NR_mmap, addr, length, prot, flags, fd,
			      offset);
}
