/* Fuzz target for js_inotify_next: any bytes, at any alignment, as a
 * buffer read from an inotify fd.  The iterator must stop with 0 or
 * -JS_EINVAL, never read outside the buffer (ASan watches the heap copy,
 * sized exactly), and hand out only records that lie inside it with a
 * NUL-terminated name.  Built and run by tests/fuzz/run.sh: with libFuzzer
 * when clang has it, else as a random-buffer loop (FUZZ_STANDALONE). */
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

#ifdef FUZZ_STANDALONE
#include <stdio.h>
#include <time.h>

/* Without libFuzzer: random buffers, half of them built from well-formed
 * records with a few bytes spoiled, for argv[1] seconds. */
int main(int argc, char **argv)
{
	long secs = argc > 1 ? atol(argv[1]) : 60, runs = 0;
	time_t end = time(0) + secs;
	uint8_t b[512];

	srand48((long)time(0));
	while (time(0) < end) {
		size_t n = 1 + (size_t)(lrand48() % (long)(sizeof b - 1));
		for (size_t i = 0; i < n; i++)
			b[i] = (uint8_t)lrand48();
		if (lrand48() & 1) {
			size_t at = 1;
			while (at + 16 <= n) {
				uint32_t nl = (uint32_t)(lrand48() % 3) * 16;
				if (at + 16 + nl > n)
					nl = 0;
				uint32_t h[4] = { 1, 2, 3, nl };
				memcpy(b + at, h, 16);
				if (nl)
					b[at + 16 + nl - 1] = 0;
				at += 16 + nl;
			}
			if (n > 1)
				b[1 + lrand48() % (long)(n - 1)] ^=
					(uint8_t)lrand48();
		}
		LLVMFuzzerTestOneInput(b, n);
		runs++;
	}
	printf("random-buffer loop: %ld buffers in %ld s, no finding\n", runs,
	       secs);
	return 0;
}
#endif
