/* js_readdir_list, the seed's readdirList.  The directory is read into the
 * free tail of the caller's names buffer and each name is moved down to the
 * end of the list at once: a name (len + 1 bytes) is always shorter than
 * its record (19 + len + 1, 8-aligned), so the copy never overtakes the
 * records still to be read, and no second buffer is needed. */
#include <libjs/fs.h>
#include <libjs/errno.h>

#define DIRENT_HDR 19

static int is_dot(const char *n)
{
	return n[0] == '.' && (n[1] == 0 || (n[1] == '.' && n[2] == 0));
}

long js_readdir_list(const char *path, char *names, size_t size)
{
	size_t used = 0;
	long fd, r;

	if (!names)
		return -JS_EFAULT;
	fd = js_open(path, JS_O_RDONLY | JS_O_DIRECTORY | JS_O_CLOEXEC);
	if (fd < 0)
		return fd;
	for (;;) {
		size_t at = used + (-(unsigned long)(names + used) & 7), pos = 0;

		/* A full buffer still asks, with count 0: at the end of the
		 * directory the kernel answers 0 rather than EINVAL, so an
		 * exact fit is not reported as too small. */
		if (at > size)
			at = size;
		r = js_getdents64((int)fd, names + at, size - at);
		if (r <= 0) {
			/* EINVAL: the next entry does not fit what is left. */
			if (r == -JS_EINVAL)
				r = -JS_ERANGE;
			break;
		}
		while (pos < (size_t)r) {
			const struct js_linux_dirent64 *e =
				(const void *)(names + at + pos);
			unsigned short len = e->d_reclen;
			const char *n = e->d_name;

			if (len <= DIRENT_HDR || len > (size_t)r - pos) {
				r = -JS_EIO;
				goto out;
			}
			pos += len;
			if (is_dot(n))
				continue;
			/* n lies at or after names + used + 19: copy forwards. */
			do
				names[used++] = *n;
			while (*n++);
		}
	}
out:
	js_close((int)fd);
	return r < 0 ? r : (long)used;
}
