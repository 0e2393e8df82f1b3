#include <libjs/thread.h>
#include "../call.h"

/* rseq(2).  The runtime registers no area of its own (docs/syscalls.md):
 * a freestanding program may register one; next to glibc, glibc has. */
long js_rseq(struct js_rseq *rseq, uint32_t rseq_len, int flags, uint32_t sig)
{
	return JS_SC4(JS_NR_rseq, rseq, rseq_len, flags, sig);
}
