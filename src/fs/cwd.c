#include <libjs/fs.h>
#include <libjs/errno.h>
#include "../internal.h"

/* The JavaScript libjs's getcwd() helper retried with a PATH_MAX buffer after ERANGE and
 * returned a string with the NUL inside it.  In C without malloc, the retry
 * means: the caller's buffer is tried first (one syscall in the usual case);
 * only when it is too small is a PATH_MAX buffer on this stack used, so the
 * caller learns the real length and gets as much as fits, snprintf-style.
 * What fits is copied by the kernel (js__kcopy): a bad buf is -JS_EFAULT,
 * as from the first call, not a fault here.
 *
 * A directory outside the process's root (after chroot, pivot_root or
 * setns) comes back from the kernel as "(unreachable)/..." (getcwd(2),
 * BUGS): never a current directory a caller may use.  glibc answers ENOENT
 * since CVE-2018-1000001, and so does this. */
long js_cwd(char *buf, size_t size)
{
	char big[JS_PATH_MAX];
	long r = size ? js_getcwd(buf, size) : -JS_ERANGE;
	size_t n;

	/* The kernel has just written buf[0]: reading it cannot fault. */
	if (r > 0)
		return buf[0] == '/' ? r - 1 : -JS_ENOENT;
	if (r != -JS_ERANGE)
		return r;
	r = js_getcwd(big, sizeof big);
	if (r < 0)
		return r;
	if (big[0] != '/')
		return -JS_ENOENT;
	n = (size_t)r - 1;
	if (size) {
		size_t k = n < size - 1 ? n : size - 1;

		big[k] = 0;
		r = js__kcopy(buf, big, k + 1);
		if (r < 0)
			return r;
	}
	return (long)n;
}
