/* The digits reader behind js_strtol and family (strto.c). */
#ifndef LIBJS_SRC_STRTO_H
#define LIBJS_SRC_STRTO_H

#include "../internal.h"

/* Reads [space][sign][prefix]digits of s in base (0, 2..36): the
 * magnitude, *neg for a '-', *over when it exceeded 64 bits, *end after
 * the last digit (s when none).  Returns the magnitude; 0 with *over =
 * -1 for a bad base, -2 for a NULL s. */
JS__HIDDEN unsigned long long js__strto(const char *s, char **end, int base,
					int *neg, int *over);

#endif
