/* The one path by which the trace reads the traced program's memory,
 * before or after the call, whatever the call's result: it never faults.
 *
 * The kernel copies for us: process_vm_readv(2) on our own process reads
 * what is readable and stops with a short count (or EFAULT) where a
 * direct read would raise SIGSEGV or SIGBUS.  Where the kernel lacks it
 * (ENOSYS: qemu-user 7.2, a kernel built without CONFIG_CROSS_MEMORY_ATTACH;
 * found out once, then remembered), each page is first probed with
 * futex(FUTEX_WAIT_PRIVATE) and a zero timeout, which reads one aligned
 * word of it through the kernel's fault-handling copy (EFAULT where a read
 * would fault; EAGAIN or ETIMEDOUT at once otherwise, since the timeout
 * is zero), and only a page that answered is read directly.  The one gap
 * of that fallback, documented in docs/tracing.md: another thread
 * unmapping the page between the probe and the copy. */
#include <libjs/errno.h>
#include <libjs/sandbox.h>
#include <libjs/sys.h>
#include <libjs/thread.h>
#include <libjs/time.h>
#include "trace.h"

struct iov_local { void *base; size_t len; };

/* The process whose memory is ours: the hook's format (hook.c) keeps it
 * current for every line, js_trace_format sets it when called directly;
 * 0 when not known (then asked of the kernel on each read). */
int js__self_pid;
static int no_pvr;	/* process_vm_readv answered ENOSYS once */

static long self(void)
{
	int pid = __atomic_load_n(&js__self_pid, __ATOMIC_RELAXED);

	JS_SANDBOX_ALLOW(JS_NR_getpid);
	return pid ? pid : js_syscall0(JS_NR_getpid);
}

/* May the page holding a be read? */
static int readable(unsigned long a)
{
	struct js_timespec zero = { 0, 0 };
	long r;

	JS_SANDBOX_ALLOW(JS_NR_futex);
	r = js_syscall6(JS_NR_futex, (long)(a & ~3UL), JS_FUTEX_WAIT_PRIVATE, 0,
			(long)&zero, 0, 0);

	return r != -JS_EFAULT && r != -JS_ENOSYS;
}

/* The fallback: whole readable pages in order, stopping at the first
 * that is not. */
static size_t probe_copy(unsigned char *d, unsigned long a, size_t n)
{
	size_t done = 0;

	while (done < n) {
		unsigned long s = a + done;
		size_t k = 4096 - (s & 4095);

		if (k > n - done)
			k = n - done;
		if (s < 4096 || !readable(s))
			break;
		for (size_t i = 0; i < k; i++)
			d[done + i] = ((const volatile unsigned char *)s)[i];
		done += k;
	}
	return done;
}

/* Bytes copied, in order: the parts up to the first that could not be
 * read whole, and as much of that one as could. */
static size_t copy(const struct js__part *part, size_t n)
{
	/* Each remote range is split at a 4 KiB boundary (the man page only
	 * promises transfers at the granularity of whole iovecs), so a
	 * string ending just before an unmapped page is still read.  The
	 * split is done on the integer: an address may be any value. */
	struct iov_local loc[JS__FETCH_MAX], rem[2 * JS__FETCH_MAX];
	size_t i, nl = 0, nr = 0, done = 0;
	long r;

	for (i = 0; i < n; i++) {
		unsigned long a = (unsigned long)part[i].src;
		size_t len = part[i].n, first = 4096 - (a & 4095);

		if (!len)
			continue;
		loc[nl].base = part[i].dst;
		loc[nl++].len = len;
		rem[nr].base = (void *)a;
		rem[nr++].len = first < len ? first : len;
		if (first < len) {
			rem[nr].base = (void *)(a + first);
			rem[nr++].len = len - first;
		}
	}
	if (!nl)
		return 0;
	JS_SANDBOX_ALLOW(JS_NR_process_vm_readv);
	if (!__atomic_load_n(&no_pvr, __ATOMIC_RELAXED)) {
		r = js_syscall6(JS_NR_process_vm_readv, self(), (long)loc, (long)nl,
				(long)rem, (long)nr, 0);
		if (r != -JS_ENOSYS)
			return r < 0 ? 0 : (size_t)r;
		__atomic_store_n(&no_pvr, 1, __ATOMIC_RELAXED);
	}
	for (i = 0; i < n; i++) {
		size_t got = probe_copy(part[i].dst, (unsigned long)part[i].src,
					part[i].n);

		done += got;
		if (got != part[i].n)
			break;
	}
	return done;
}

size_t js__fetchv(const struct js__part *part, size_t n)
{
	size_t i, got;

	if (n > JS__FETCH_MAX)
		n = JS__FETCH_MAX;
	got = copy(part, n);
	for (i = 0; i < n && got >= part[i].n; i++)
		got -= part[i].n;
	return i;
}

size_t js__fetch(void *dst, const void *src, size_t n, int safe)
{
	struct js__part p = { dst, src, n };

	(void)safe;	/* kept for the decoders' calls: every read is safe */
	return copy(&p, 1);
}
