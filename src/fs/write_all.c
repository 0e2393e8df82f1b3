#include <libjs/fs.h>
#include <libjs/errno.h>

long js_write_all(int fd, const void *buf, size_t count)
{
	const char *p = buf;
	size_t left = count;

	while (left) {
		long r = js_write(fd, p, left);

		if (r == -JS_EINTR)
			continue;
		if (r < 0)
			return r;
		/* write(2) returning 0 for a non-empty buffer means no progress
		 * is possible; looping would never end. */
		if (r == 0)
			return -JS_EIO;
		p += r;
		left -= (size_t)r;
	}
	return (long)count;
}
