/* js_qsort: a heapsort (Williams 1964, Floyd's sift-down), chosen for its
 * guarantees: O(n log n) in every case, no allocation, no recursion, a
 * few hundred bytes.  The price is stability (equal elements may swap). */
#include <libjs/util.h>

static void swap(unsigned char *a, unsigned char *b, size_t size)
{
	while (size--) {
		unsigned char t = *a;

		*a++ = *b;
		*b++ = t;
	}
}

/* Moves element i down the heap of n elements until its children are no
 * greater. */
static void sift(unsigned char *base, size_t i, size_t n, size_t size,
		 int (*cmp)(const void *, const void *))
{
	for (;;) {
		size_t c = 2 * i + 1;

		if (c >= n)
			return;
		if (c + 1 < n && cmp(base + c * size, base + (c + 1) * size) < 0)
			c++;
		if (cmp(base + i * size, base + c * size) >= 0)
			return;
		swap(base + i * size, base + c * size, size);
		i = c;
	}
}

void js_qsort(void *base, size_t n, size_t size,
	      int (*cmp)(const void *, const void *))
{
	unsigned char *b = (unsigned char *)base;
	size_t i;

	if (n < 2 || !size || !base || !cmp)
		return;
	for (i = n / 2; i--;)
		sift(b, i, n, size, cmp);
	for (i = n - 1; i > 0; i--) {
		swap(b, b + i * size, size);
		sift(b, 0, i, size, cmp);
	}
}
