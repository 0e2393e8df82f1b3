/* Fuzz target for js_inotify_next: any bytes, at any alignment, as a
 * buffer read from an inotify fd.  The iterator must stop with 0 or
 * -JS_EINVAL, never read outside the buffer (ASan watches the heap copy,
 * sized exactly), and hand out only records that lie inside it with a
 * NUL-terminated name.  Built by `make fuzz` / `make check`, run by
 * tests/fuzz/run.sh. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <libjs/events.h>
#include <libjs/errno.h>

static void check(int ok)
{
	if (!ok)
		abort();
}

static void walk(const char *buf, long len)
{
	size_t pos = 0, prev = 0;
	const struct js_inotify_event *ev;
	long r;

	while ((r = js_inotify_next(buf, len, &pos, &ev)) > 0) {
		check((const char *)ev == buf + prev);
		check(pos >= prev + sizeof *ev && pos <= (size_t)len);
		check(pos == prev + sizeof *ev + ev->len);
		if (ev->len)
			check(strlen(ev->name) < ev->len);
		prev = pos;
	}
	check(r == 0 || r == -JS_EINVAL);
	check(pos == prev);
	check(r != 0 || pos == (size_t)len);
}

/* The first byte picks the misalignment (0..15) of the copy; the rest is
 * the buffer. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t off = size ? data[0] % 16 : 0;
	size_t len = size ? size - 1 : 0;
	char *mem = malloc(off + len + 1);

	if (!mem)
		return 0;
	if (len)
		memcpy(mem + off, data + 1, len);
	/* Only the len bytes are the buffer; ASan cannot flag the spare
	 * byte, so it is poisoned by value: the iterator must not need it. */
	mem[off + len] = 'X';
	walk(mem + off, (long)len);
	free(mem);
	return 0;
}
