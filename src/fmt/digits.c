/* The digit writer of the formatter core (fmt.h). */
#include "fmt.h"

char *js__utoa(char *q, unsigned long long v, unsigned int base)
{
	const char *dig = base & JS__UPPER ? "0123456789ABCDEF" : "0123456789abcdef";

	if (base == 10) {
		do
			*--q = (char)('0' + v % 10);
		while (v /= 10);
	} else {
		unsigned int shift = (base & 31) == 16 ? 4 : 3;

		do
			*--q = dig[v & ((1u << shift) - 1)];
		while (v >>= shift);
	}
	return q;
}
