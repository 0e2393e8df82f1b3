/* The vDSO getrandom's opaque states (lib/vdso/getrandom.c, the kernel's
 * tools/testing/selftests/vDSO/vdso_test_getrandom.c): each thread needs
 * one; the vDSO says how big one is and how to map them, and no state may
 * straddle a page.  The mapping (MAP_DROPPABLE) is wiped on fork and may
 * be zeroed under memory pressure; the vDSO notices either and re-keys.
 *
 * States are kept in batches of up to 64.  Which are free is a bitmap per
 * batch in ordinary memory (never in the droppable pages, which can be
 * wiped under us); taking one is a compare-and-swap on the bitmap, giving
 * one back a fetch-or, so the pool is lock-free, needs no futex and is
 * async-signal-safe.  Batches are mapped on demand and never unmapped; at
 * most BATCHES of them (4,096 states), after which js_getrandom makes the
 * system call. */
#include <libjs/mem.h>
#include <libjs/proc.h>
#include "vdso.h"

#define BATCHES 64

/* struct vgetrandom_opaque_params (include/uapi/linux/random.h). */
struct params {
	uint32_t size_of_opaque_state, mmap_prot, mmap_flags, reserved[13];
};

/* 0: not looked up, 1: none, else the function; size, prot and flags are
 * stored before the function is published (release) and read after it is
 * seen (acquire). */
static void *slot;
static size_t state_size;
static unsigned int map_prot, map_flags;

struct batch {
	char *base;		/* set before ready */
	unsigned int n;		/* states in the batch, 0 if mapping failed */
	int ready;		/* release-stored once base and n are set */
	uint64_t free;		/* bit i: state i is free */
};
static struct batch batches[BATCHES];
static unsigned int nbatches;	/* batches claimed, may pass BATCHES */

static void *lookup(void)
{
	js__vgetrandom_fn f =
		(js__vgetrandom_fn)js_vdso_sym(JS_VDSO_SYM_GETRANDOM, JS_VDSO_VERSION);
	struct params p;

	if (!f && !js_getauxval(JS_AT_PAGESZ))
		return 0;	/* auxv not recorded yet: look again later */
	/* buffer, len, flags 0 and opaque_len ~0 ask for the parameters;
	 * any answer but 0 means the function must not be used. */
	if (f && f(0, 0, 0, &p, ~0UL) != 0)
		f = 0;
	if (f) {
		__atomic_store_n(&state_size, p.size_of_opaque_state, __ATOMIC_RELAXED);
		__atomic_store_n(&map_prot, p.mmap_prot, __ATOMIC_RELAXED);
		__atomic_store_n(&map_flags, p.mmap_flags, __ATOMIC_RELAXED);
	}
	__atomic_store_n(&slot, f ? (void *)f : (void *)1, __ATOMIC_RELEASE);
	return (void *)f;
}

js__vgetrandom_fn js__vgetrandom(void)
{
	void *p = __atomic_load_n(&slot, __ATOMIC_ACQUIRE);

	if (__builtin_expect((uintptr_t)p > 1, 1))
		return (js__vgetrandom_fn)p;
	return p ? 0 : (js__vgetrandom_fn)lookup();
}

size_t js__vgetrandom_state_size(void)
{
	return __atomic_load_n(&state_size, __ATOMIC_RELAXED);
}

static size_t page_size(void)
{
	size_t pg = js_getauxval(JS_AT_PAGESZ);

	return pg ? pg : 4096;
}

/* State i of a batch: whole states per page, none across a boundary. */
static char *state_at(const struct batch *b, unsigned int i, size_t size,
		      size_t pg)
{
	size_t per = pg / size;

	return b->base + (i / per) * pg + (i % per) * size;
}

static size_t batch_bytes(size_t size, size_t pg, unsigned int *n)
{
	size_t per = pg / size, pages = (64 + per - 1) / per;

	*n = pages * per < 64 ? (unsigned int)(pages * per) : 64;
	return pages * pg;
}

static void *take(struct batch *b, size_t size, size_t pg)
{
	uint64_t f = __atomic_load_n(&b->free, __ATOMIC_RELAXED);

	while (f) {
		unsigned int i = (unsigned int)__builtin_ctzll(f);

		if (__atomic_compare_exchange_n(&b->free, &f, f & ~(1ull << i), 1,
						__ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
			return state_at(b, i, size, pg);
	}
	return 0;
}

void *js__vgetrandom_state_get(void)
{
	size_t size = js__vgetrandom_state_size(), pg = page_size(), len;
	unsigned int i, n = __atomic_load_n(&nbatches, __ATOMIC_ACQUIRE);
	struct batch *b;
	void *p;

	if (!size || size > pg)
		return 0;
	for (i = 0; i < n && i < BATCHES; i++)
		if (__atomic_load_n(&batches[i].ready, __ATOMIC_ACQUIRE) &&
		    (p = take(&batches[i], size, pg)))
			return p;
	i = __atomic_fetch_add(&nbatches, 1, __ATOMIC_ACQ_REL);
	if (i >= BATCHES)
		return 0;
	b = &batches[i];
	len = batch_bytes(size, pg, &n);
	p = js_mmap(0, len, (int)__atomic_load_n(&map_prot, __ATOMIC_RELAXED),
		    (int)__atomic_load_n(&map_flags, __ATOMIC_RELAXED), -1, 0);
	if (JS_IS_ERR(p)) {
		b->n = 0;	/* ready and empty: skipped from now on */
		__atomic_store_n(&b->ready, 1, __ATOMIC_RELEASE);
		return 0;
	}
	b->base = p;
	b->n = n;
	/* All but state 0, which is this caller's. */
	__atomic_store_n(&b->free, (n == 64 ? ~0ull : (1ull << n) - 1) & ~1ull,
			 __ATOMIC_RELAXED);
	__atomic_store_n(&b->ready, 1, __ATOMIC_RELEASE);
	return b->base;
}

void js__vgetrandom_state_put(void *state)
{
	size_t size = js__vgetrandom_state_size(), pg = page_size(), len;
	unsigned int i, n = __atomic_load_n(&nbatches, __ATOMIC_ACQUIRE), k;
	uintptr_t s = (uintptr_t)state;

	for (i = 0; i < n && i < BATCHES; i++) {
		struct batch *b = &batches[i];

		if (!__atomic_load_n(&b->ready, __ATOMIC_ACQUIRE) || !b->n)
			continue;
		len = batch_bytes(size, pg, &k);
		if (s >= (uintptr_t)b->base && s < (uintptr_t)b->base + len) {
			size_t off = s - (uintptr_t)b->base;
			unsigned int idx = (unsigned int)((off / pg) * (pg / size) +
							  (off % pg) / size);

			__atomic_fetch_or(&b->free, 1ull << idx, __ATOMIC_RELEASE);
			return;
		}
	}
}
