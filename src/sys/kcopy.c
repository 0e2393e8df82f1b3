/* A copy the kernel makes, for the helpers that must move bytes between
 * the caller's memory and their own (docs/exceptions.md): written into a
 * pipe and read back, so a source the caller cannot read or a destination
 * it cannot write is the kernel's -EFAULT, never a fault in libjs.  It
 * works under qemu-user, which checks guest memory on read(2)/write(2) but
 * has no process_vm_readv (docs/architectures.md).  Costs four system
 * calls and two fds while it runs; n is at most one page, which a pipe
 * always holds (pipe(7): even a pipe created over the user's pipe-buffer
 * limit gets one page), so the write never blocks. */
#include <libjs/fs.h>
#include <libjs/errno.h>
#include "../internal.h"

long js__kcopy(void *dst, const void *src, size_t n)
{
	int p[2];
	size_t done;
	long r;

	if (!n)
		return 0;
	/* The kernel would answer -EFAULT too, but NULL + offset is itself
	 * undefined in C (UBSan stops there), so say it first. */
	if (!src || !dst)
		return -JS_EFAULT;
	if (n > JS__KCOPY_MAX)
		return -JS_EINVAL;
	r = js_pipe2(p, JS_O_CLOEXEC);
	if (r < 0)
		return r;
	/* A partial fault ends a transfer early with the count so far; the
	 * next round then reports it.  Loops also absorb a `short` fault
	 * rule on read or write. */
	for (done = 0; done < n; done += (size_t)r) {
		r = js_write(p[1], (const char *)src + done, n - done);
		if (r <= 0)
			goto out;
	}
	for (done = 0; done < n; done += (size_t)r) {
		r = js_read(p[0], (char *)dst + done, n - done);
		if (r <= 0)
			goto out;
	}
out:
	js_close(p[0]);
	js_close(p[1]);
	return r < 0 ? r : r == 0 ? -JS_EFAULT : 0;
}
