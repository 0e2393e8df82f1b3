/* The trace's line formatter (js_trace_format) on any call number,
 * arguments and result.  Two modes, picked by the first byte:
 *  - a failed or injected call: every argument is any 64-bit value.  The
 *    formatter then reads memory only through process_vm_readv, so no
 *    value may crash it (docs/tracing.md: a bad pointer prints as an
 *    address).
 *  - a successful call: the kernel has just read or written what the
 *    pointer arguments point at, so those (the kinds the call's row reads)
 *    point into a mapped arena filled with the input; the other arguments
 *    are any value.  Pointers the formatter finds inside the arena (iovec
 *    bases) are made to point back into it, as a kernel that accepted
 *    them guarantees.
 * Either way the line fits the buffer, ends in "\n\0" and is what the
 * result says; the arguments are a heap block of exactly six longs. */
#include <libjs/trace.h>
#include <libjs/sys.h>
#include "../../src/trace/trace.h"
#include "fuzz.h"

#define ARENA 16384
#define SLACK 4096	/* past any pointer the formatter follows */

static int reads_memory(int k)
{
	switch (k) {
	case K_STR: case K_IBUF: case K_OBUF: case K_OBUFX: case K_OSTR:
	case K_OFDS: case K_IOVIN: case K_IOVOUT: case K_SOCKADDR:
	case K_TIMESPEC: case K_EPEV:
	/* futex(2)'s timeout is one of its K_FUTEXARG arguments (which one
	 * the operation says); futex_waitv's array (at most 32 elements of
	 * 24 bytes shown: within SLACK). */
	case K_FUTEXARG: case K_FUTEXWAITV:
		return 1;
	}
	return 0;
}

static long take(const uint8_t **d, size_t *n)
{
	unsigned long v = 0;

	for (int i = 0; i < 8 && *n; i++, (*d)++, (*n)--)
		v = v << 8 | **d;
	return (long)v;
}

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
	static unsigned char *arena;
	long *a = malloc(6 * sizeof *a), nr, ret;
	char line[1024];
	size_t len, size;
	int ok_mode, injected;

	if (!a)
		return 0;
	if (!arena)
		arena = aligned_alloc(16, ARENA + SLACK);
	if (!n || !arena) {
		free(a);
		return 0;
	}
	ok_mode = d[0] & 1;
	injected = !ok_mode && (d[0] & 2);
	size = (size_t)(d[0] >> 2) * 16 + 2;	/* also tiny lines */
	if (size > sizeof line)
		size = sizeof line;
	d++, n--;
	nr = (long)(take(&d, &n) & 0x1ff);	/* every number a table has */
	ret = take(&d, &n);
	for (int i = 0; i < 6; i++)
		a[i] = take(&d, &n);
	if (ok_mode) {
		const struct js__sc *sc = js__sc_desc(nr);

		/* A successful call's result is not an error. */
		if (JS_IS_ERR_VALUE(ret))
			ret = (long)((unsigned long)ret >> 13);
		memset(arena, 0, ARENA + SLACK);
		memcpy(arena, d, n < ARENA ? n : ARENA);
		/* Every even word could be an iov_base: into the arena. */
		for (size_t o = 0; o < ARENA; o += 16) {
			unsigned long w;

			memcpy(&w, arena + o, sizeof w);
			w = (unsigned long)(arena + (w % ARENA));
			memcpy(arena + o, &w, sizeof w);
		}
		for (int i = 0; i < sc->n && i < 6; i++)
			if (reads_memory(sc->k[i]))
				a[i] = (long)(arena + ((unsigned long)a[i] % ARENA & ~15UL));
	} else if (!JS_IS_ERR_VALUE(ret) && !injected) {
		ret = -(long)(((unsigned long)ret % JS_MAX_ERRNO) + 1);
	}
	len = js_trace_format(line, size, nr, a, ret, injected);
	FUZZ_CHECK(len < size && line[len] == 0);
	FUZZ_CHECK(len == strlen(line));
	if (size >= 32)
		FUZZ_CHECK(len > 0 && line[len - 1] == '\n');
	free(a);
	return 0;
}
