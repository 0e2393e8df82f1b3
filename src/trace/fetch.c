/* The one path by which the trace reads the traced program's memory. */
#include <libjs/sys.h>
#include "trace.h"

struct iov_local { const void *base; size_t len; };

size_t js__fetch(void *dst, const void *src, size_t n, int safe)
{
	if (!n)
		return 0;
	if (!safe) {
		unsigned char *d = dst;
		const unsigned char *s = src;
		size_t i;

		for (i = 0; i < n; i++)
			d[i] = s[i];
		return n;
	} else {
		/* Split the remote range at a 4 KiB boundary: the kernel never
		 * transfers part of one iovec, so a string that ends just before
		 * an unmapped page is still read.  The split is computed on the
		 * integer: src may be any value, even one that wraps. */
		unsigned long a = (unsigned long)src;
		size_t first = 4096 - (a & 4095);
		struct iov_local loc = { dst, n };
		struct iov_local rem[2] = { { src, first < n ? first : n },
					    { (const void *)(a + first), first < n ? n - first : 0 } };
		long pid = js_syscall0(JS_NR_getpid);
		long r = js_syscall6(JS_NR_process_vm_readv, pid, (long)&loc, 1,
				     (long)rem, rem[1].len ? 2 : 1, 0);

		return r < 0 ? 0 : (size_t)r;
	}
}

