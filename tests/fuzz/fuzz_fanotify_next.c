/* Fuzz target for js_fanotify_next: any bytes, at any alignment, as a
 * buffer read from a fanotify fd.  The iterator must stop with 0 or
 * -JS_EINVAL, never read outside the buffer (ASan watches the heap copy,
 * sized exactly), and hand out only records that lie inside it, with a
 * head of at least FAN_EVENT_METADATA_LEN and metadata inside the record.
 * Built by `make fuzz` / `make check`, run by tests/fuzz/run.sh. */
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

static void walk(const unsigned char *buf, long len)
{
	size_t pos = 0, prev = 0;
	struct js_fanotify_event_metadata m;
	const unsigned char *rec;
	long r;

	while ((r = js_fanotify_next(buf, len, &pos, &m, &rec)) > 0) {
		check(rec == buf + prev);
		check(m.vers == JS_FANOTIFY_METADATA_VERSION);
		check(m.event_len >= JS_FAN_EVENT_METADATA_LEN);
		check(m.metadata_len >= JS_FAN_EVENT_METADATA_LEN);
		check(m.metadata_len <= m.event_len);
		check(pos == prev + m.event_len && pos <= (size_t)len);
		check(memcmp(&m, rec, JS_FAN_EVENT_METADATA_LEN) == 0);
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
	unsigned char *mem = malloc(off + len + 1);

	if (!mem)
		return 0;
	if (len)
		memcpy(mem + off, data + 1, len);
	mem[off + len] = 'X';
	walk(mem + off, (long)len);
	free(mem);
	return 0;
}
