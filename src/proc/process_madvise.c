#include <libjs/proc.h>
#include "../call.h"

long js_process_madvise(int pidfd, const struct js_iovec *iovec, size_t vlen,
			int advice, unsigned int flags)
{
	return JS_SC5(JS_NR_process_madvise, pidfd, iovec, vlen, advice, flags);
}
