#include <libjs/proc.h>
#include "../call.h"

long js_process_vm_writev(int pid, const struct js_iovec *local_iov,
			  unsigned long liovcnt,
			  const struct js_iovec *remote_iov,
			  unsigned long riovcnt, unsigned long flags)
{
	return JS_SC6(JS_NR_process_vm_writev, pid, local_iov, liovcnt,
		      remote_iov, riovcnt, flags);
}
