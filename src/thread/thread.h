/* What the thread calls share: the control block behind the public
 * struct js_thread_desc, and the thread pointer (src/rt/tcb.h, tp.h). */
#ifndef LIBJS_SRC_THREAD_THREAD_H
#define LIBJS_SRC_THREAD_THREAD_H

#include <libjs/thread.h>
#include "../rt/rt.h"

struct js_thread_desc {
	struct js__tcb tcb;
};

static inline struct js__tcb *js__self(void)
{
	return js__tcb_of(js__tp_get());
}

#endif
