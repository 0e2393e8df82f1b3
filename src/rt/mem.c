/* The four functions the compiler may call on its own even in freestanding
 * code (gcc's "Standards" node: memcpy, memmove, memset, memcmp).  They are
 * in the runtime archive, never libjs.a, so a program linked with glibc
 * keeps glibc's.  Simple byte loops: the compiler inlines the small fixed
 * copies itself; these serve the rest. */
#include <stddef.h>

/* Stop gcc from turning these loops back into calls to themselves. */
#define NOLIB __attribute__((optimize("no-tree-loop-distribute-patterns")))

#if defined(__clang__)
#undef NOLIB
#define NOLIB
#endif

NOLIB void *memcpy(void *restrict d, const void *restrict s, size_t n)
{
	unsigned char *dp = d;
	const unsigned char *sp = s;

	while (n--)
		*dp++ = *sp++;
	return d;
}

NOLIB void *memmove(void *d, const void *s, size_t n)
{
	unsigned char *dp = d;
	const unsigned char *sp = s;

	if (dp < sp) {
		while (n--)
			*dp++ = *sp++;
	} else {
		while (n--)
			dp[n] = sp[n];
	}
	return d;
}

NOLIB void *memset(void *d, int c, size_t n)
{
	unsigned char *dp = d;

	while (n--)
		*dp++ = (unsigned char)c;
	return d;
}

NOLIB int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *ap = a, *bp = b;

	for (; n; n--, ap++, bp++)
		if (*ap != *bp)
			return *ap - *bp;
	return 0;
}
