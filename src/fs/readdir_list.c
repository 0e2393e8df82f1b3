/* js_readdir_list, the JavaScript libjs's readdirList.  The directory is read into the
 * free tail of the caller's names buffer and each name is moved down to the
 * end of the list at once: a name (len + 1 bytes) is always shorter than
 * its record (19 + len + 1, 8-aligned), so the copy never overtakes the
 * records still to be read, and no second buffer is needed while the tail
 * can hold a record.  Near the end of the buffer it cannot (the last names
 * fit where their records would not), so the last records are read into
 * one maximal record's worth of stack: a list that fits exactly is not
 * reported as too small.  Names copied from there are written by this code,
 * not the kernel, so the rest of the caller's buffer is first handed to
 * the kernel once (js__kcopy onto itself): a bad buffer is -JS_EFAULT, not
 * a fault here. */
#include <libjs/fs.h>
#include <libjs/errno.h>
#include "../internal.h"

static int is_dot(const char *n)
{
	return n[0] == '.' && (n[1] == 0 || (n[1] == '.' && n[2] == 0));
}

long js_readdir_list(const char *path, char *names, size_t size)
{
	_Alignas(8) char spare[JS_DIR_MIN];
	size_t used = 0;
	int probed = 0;
	long fd, r;

	if (!names)
		return -JS_EFAULT;
	fd = js_open(path, JS_O_RDONLY | JS_O_DIRECTORY | JS_O_CLOEXEC);
	if (fd < 0)
		return fd;
	for (;;) {
		size_t at = used + (-(uintptr_t)(names + used) & 7), pos = 0;
		size_t room = at < size ? size - at : 0;
		char *rec = names + at;

		if (room < JS_DIR_MIN) {
			/* Under JS_DIR_MIN + 7 bytes: within JS__KCOPY_MAX. */
			if (!probed) {
				r = js__kcopy(names + used, names + used,
					      size - used);
				if (r < 0)
					goto out;
				probed = 1;
			}
			rec = spare;
			room = sizeof spare;
		}
		r = js_getdents64((int)fd, rec, room);
		if (r <= 0)
			break;
		while (pos < (size_t)r) {
			const struct js_linux_dirent64 *e = (const void *)(rec + pos);
			unsigned short len = e->d_reclen;
			const char *n = e->d_name;

			/* The kernel never gives a bad record, but a zero
			 * d_reclen would loop forever: refuse it. */
			if (len <= JS__DIRENT_HDR || len > (size_t)r - pos) {
				r = -JS_EIO;
				goto out;
			}
			pos += len;
			if (is_dot(n))
				continue;
			/* From the tail, n lies at or after names + used + 19:
			 * copying forwards is safe. */
			do {
				if (used == size) {
					r = -JS_ERANGE;
					goto out;
				}
				names[used++] = *n;
			} while (*n++);
		}
	}
out:
	js_close((int)fd);
	return r < 0 ? r : (long)used;
}
