#include <libjs/proc.h>
#include "../call.h"

/* JS_SC5 must see five arguments after JS__CLONE_ARGS has expanded. */
#define SC5(...) JS_SC5(__VA_ARGS__)

long js_clone(unsigned long flags, void *stack, int *parent_tid,
	      int *child_tid, unsigned long tls)
{
	/* A child sharing memory runs under its own id: the trace must ask
	 * whose each line is (src/call.h), even if it starts later. */
	if (flags & (JS_CLONE_VM | JS_CLONE_THREAD))
		__atomic_store_n(&js__tid_unsure, 1, __ATOMIC_RELAXED);
	return SC5(JS_NR_clone,
		   JS__CLONE_ARGS(flags, stack, parent_tid, child_tid, tls));
}
