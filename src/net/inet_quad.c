#include "inet.h"
#include "../fmt/fmt.h"

int js__parse_quad(const char *s, const char *end, uint8_t out[4])
{
	int octets = 0, digits = 0;
	unsigned int val = 0;

	for (;;) {
		if (s == end || *s == '.') {
			if (digits == 0)
				return 0;
			out[octets++] = (uint8_t)val;
			if (s == end)
				return octets == 4;
			if (octets == 4)
				return 0;
			s++;
			val = 0;
			digits = 0;
			continue;
		}
		if (*s < '0' || *s > '9')
			return 0;
		/* "0" may stand alone but never lead: 01 and 00 are
		 * rejected, as glibc does (and inet_aton's octal is not). */
		if (digits > 0 && val == 0)
			return 0;
		val = val * 10 + (unsigned int)(*s - '0');
		if (val > 255)
			return 0;
		digits++;
		s++;
	}
}

int js__format_quad(const uint8_t a[4], char *p)
{
	char *start = p;

	for (int i = 0; i < 4; i++) {
		unsigned int v = a[i];

		if (i)
			*p++ = '.';
		char t[3], *q = js__utoa(t + 3, v, 10);

		while (q < t + 3)
			*p++ = *q++;
	}
	return (int)(p - start);
}
