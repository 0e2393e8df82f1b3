/* The readdir iterator (the JavaScript libjs's readdir, without its defects: no fd is
 * leaked on any path, the last entry of a batch is not dropped, and the
 * buffer is the caller's, of any size >= JS_DIR_MIN). */
#include <libjs/fs.h>
#include <libjs/errno.h>
#include "../internal.h"

long js_dir_openat(struct js_dir *d, int dirfd, const char *path, void *buf,
		   size_t size)
{
	size_t skip;
	long fd;

	if (!d)
		return -JS_EFAULT;
	d->fd = -1;
	d->pos = d->end = d->size = 0;
	d->buf = 0;
	if (!buf)
		return -JS_EFAULT;
	/* Records are read in place and hold 8-byte fields: a char array on
	 * the caller's stack need not be aligned, so start at its first
	 * 8-aligned byte rather than hand out misaligned records. */
	skip = -(uintptr_t)buf & 7;
	if (size < skip || size - skip < JS_DIR_MIN)
		return -JS_EINVAL;
	size -= skip;
	fd = js_openat(dirfd, path, JS_O_RDONLY | JS_O_DIRECTORY | JS_O_CLOEXEC);
	if (fd < 0)
		return fd;
	d->fd = (int)fd;
	d->buf = (char *)buf + skip;
	/* js_getdents64 never reads more than this at once: the rest of a
	 * larger buffer would go unused, and the size fits the struct. */
	d->size = size > JS__GETDENTS_MAX ? JS__GETDENTS_MAX : (unsigned int)size;
	return 0;
}

long js_dir_open(struct js_dir *d, const char *path, void *buf, size_t size)
{
	return js_dir_openat(d, JS_AT_FDCWD, path, buf, size);
}

long js_dir_read(struct js_dir *d, const struct js_linux_dirent64 **ent)
{
	const struct js_linux_dirent64 *e;
	unsigned int left;

	if (!d || !ent)
		return -JS_EFAULT;
	if (d->fd < 0)
		return -JS_EBADF;
	if (d->pos >= d->end) {
		long r = js_getdents64(d->fd, d->buf, d->size);

		if (r <= 0)
			return r;
		d->pos = 0;
		d->end = (unsigned int)r;
	}
	e = (const struct js_linux_dirent64 *)(d->buf + d->pos);
	/* The kernel never gives a bad record, but a zero d_reclen would make
	 * this loop forever, a batch that ends inside a header would have
	 * d_reclen read past it, and a length that is not a multiple of 8
	 * (fs/readdir.c aligns every record to u64) would hand out the next
	 * record misaligned (tests/fuzz/fuzz_dir_read.c): refuse them rather
	 * than trust them.  The smallest valid record is 24 bytes (19 + a
	 * 1-byte name + NUL, 8-aligned); compared unsigned, len - 24 >
	 * left - 24 also catches len < 24. */
	left = d->end - d->pos;
	if (left < 24 || (e->d_reclen & 7) ||
	    (unsigned int)e->d_reclen - 24 > left - 24)
		return -JS_EIO;
	d->pos += e->d_reclen;
	*ent = e;
	return 1;
}

long js_dir_close(struct js_dir *d)
{
	int fd;

	if (!d)
		return -JS_EFAULT;
	fd = d->fd;
	if (fd < 0)
		return -JS_EBADF;
	d->fd = -1;
	d->pos = d->end = 0;
	return js_close(fd);
}
