/* The directory iterator (js_dir_read) over crafted getdents64 records:
 * the bytes are one batch already read into the caller's buffer, with a
 * struct js_dir in the state js_dir_read leaves after a getdents64 call
 * (pos 0, end = the batch's length) and an fd that is not open, so the
 * next batch ends the walk with the kernel's -JS_EBADF.  Every record
 * handed out lies inside the batch and is longer than its header; a bad
 * record ends the walk with -JS_EIO.  The batch is a heap block of
 * exactly its size, 8-aligned as js_dir_open makes it. */
#include <libjs/fs.h>
#include <libjs/errno.h>
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
	char *b;
	struct js_dir dir;
	const struct js_linux_dirent64 *e;
	size_t prev_end = 0;
	long r;

	if (n > 65536)
		return 0;
	b = aligned_alloc(8, (n + 7) & ~(size_t)7);
	if (!b)
		return 0;
	memcpy(b, d, n);
	dir.fd = 0x7fffffff;
	dir.pos = 0;
	dir.end = (unsigned int)n;
	dir.size = (unsigned int)n;
	dir.buf = b;
	while ((r = js_dir_read(&dir, &e)) > 0) {
		size_t off = (size_t)((const char *)e - b);

		FUZZ_CHECK(off == prev_end);
		FUZZ_CHECK(e->d_reclen > 19 && off + e->d_reclen <= n);
		prev_end = off + e->d_reclen;
	}
	FUZZ_CHECK(r == -JS_EBADF || r == -JS_EIO);
	FUZZ_CHECK(r == -JS_EIO || prev_end == n);
	free(b);
	return 0;
}
