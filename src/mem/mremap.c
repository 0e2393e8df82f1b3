#include <stdarg.h>
#include <libjs/mem.h>
#include "../call.h"

/* mremap(2): new_address exists only with MREMAP_FIXED; fetching it
 * otherwise would read a register the caller never set. */
void *js_mremap(void *old_address, size_t old_size, size_t new_size,
		int flags, ...)
{
	void *new_address = 0;

	if (flags & JS_MREMAP_FIXED) {
		va_list ap;
		va_start(ap, flags);
		new_address = va_arg(ap, void *);
		va_end(ap);
	}
	return (void *)JS_SC5(JS_NR_mremap, old_address, old_size, new_size,
			      flags, new_address);
}
