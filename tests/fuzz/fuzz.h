/* Shared by the libFuzzer targets (tests/fuzz/fuzz_*.c): a failed
 * property aborts, which libFuzzer reports as a finding with the input. */
#ifndef LIBJS_TESTS_FUZZ_H
#define LIBJS_TESTS_FUZZ_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define FUZZ_CHECK(e) ((e) ? (void)0 : abort())

/* The bytes as a C string in a heap block of exactly its size (ASan sees
 * any read past the NUL); stops at the first NUL byte.  Free it. */
static inline char *fuzz_str(const uint8_t *d, size_t n)
{
	size_t len = 0;
	char *s;

	while (len < n && d[len])
		len++;
	s = malloc(len + 1);
	if (s) {
		memcpy(s, d, len);
		s[len] = 0;
	}
	return s;
}

#endif
