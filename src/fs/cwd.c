#include <libjs/fs.h>
#include <libjs/errno.h>

/* The seed's getcwd() helper retried with a PATH_MAX buffer after ERANGE and
 * returned a string with the NUL inside it.  In C without malloc, the retry
 * means: the caller's buffer is tried first (one syscall in the usual case);
 * only when it is too small is a PATH_MAX buffer on this stack used, so the
 * caller learns the real length and gets as much as fits, snprintf-style. */
long js_cwd(char *buf, size_t size)
{
	char big[JS_PATH_MAX];
	long r = size ? js_getcwd(buf, size) : -JS_ERANGE;
	size_t i, n;

	if (r != -JS_ERANGE)
		return r > 0 ? r - 1 : r;
	r = js_getcwd(big, sizeof big);
	if (r < 0)
		return r;
	n = (size_t)r - 1;
	if (size) {
		for (i = 0; i < n && i < size - 1; i++)
			buf[i] = big[i];
		buf[i] = 0;
	}
	return (long)n;
}
