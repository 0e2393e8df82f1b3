/* js_qsort against glibc's qsort on random arrays of several element
 * sizes, with a comparison that has many ties: the keys come out in
 * glibc's order and the elements are a permutation of the input (js_qsort
 * is not stable, so equal keys may differ in their payload's order). */
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include "host.h"
#include <libjs/libjs.h>

struct rec { int key; int payload; char pad[5]; };

static int by_key(const void *a, const void *b)
{
	const struct rec *x = a, *y = b;

	return (x->key > y->key) - (x->key < y->key);
}
static int by_all(const void *a, const void *b)
{
	const struct rec *x = a, *y = b;

	return x->key != y->key ? (x->key > y->key) - (x->key < y->key)
				: (x->payload > y->payload) - (x->payload < y->payload);
}
static int by_byte(const void *a, const void *b)
{
	return *(const unsigned char *)a - *(const unsigned char *)b;
}

static void random_arrays(void **state)
{
	static struct rec g[3000], j[3000], s1[3000], s2[3000];
	static unsigned char gb[5000], jb[5000];
	unsigned int seed = 7;

	(void)state;
	for (int round = 0; round < 400; round++) {
		size_t n = (size_t)(rand_r(&seed) % 3000);
		int range = 1 + rand_r(&seed) % (round % 3 ? 50 : 100000);

		for (size_t i = 0; i < n; i++) {
			g[i].key = rand_r(&seed) % range - range / 2;
			g[i].payload = (int)i;
			memset(g[i].pad, 0, sizeof g[i].pad);
		}
		if (round % 7 == 0)	/* sorted and reversed inputs */
			for (size_t i = 0; i < n; i++)
				g[i].key = round % 2 ? (int)i : -(int)i;
		memcpy(j, g, n * sizeof g[0]);
		qsort(g, n, sizeof g[0], by_key);
		js_qsort(j, n, sizeof j[0], by_key);
		for (size_t i = 0; i < n; i++)
			assert_int_equal(g[i].key, j[i].key);
		/* The same elements: equal once ties are broken by payload. */
		memcpy(s1, g, n * sizeof g[0]);
		memcpy(s2, j, n * sizeof j[0]);
		qsort(s1, n, sizeof s1[0], by_all);
		qsort(s2, n, sizeof s2[0], by_all);
		assert_memory_equal(s1, s2, n * sizeof s1[0]);

		n = (size_t)(rand_r(&seed) % 5000);
		for (size_t i = 0; i < n; i++)
			gb[i] = jb[i] = (unsigned char)rand_r(&seed);
		qsort(gb, n, 1, by_byte);
		js_qsort(jb, n, 1, by_byte);
		assert_memory_equal(gb, jb, n);
	}
}

/* Not stable: a case where a heapsort reorders equal keys, so nobody
 * relies on stability by accident (the documentation says so). */
static void not_stable(void **state)
{
	struct rec r[8];
	int moved = 0;

	(void)state;
	for (int i = 0; i < 8; i++)
		r[i] = (struct rec){ i % 2, i, { 0 } };
	js_qsort(r, 8, sizeof r[0], by_key);
	for (int i = 1; i < 8; i++)
		if (r[i].key == r[i - 1].key && r[i].payload < r[i - 1].payload)
			moved = 1;
	assert_true(moved);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(random_arrays),
		cmocka_unit_test(not_stable),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
