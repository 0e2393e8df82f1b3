/* Small internal helpers shared by several wrappers.  Hidden: not part of
 * the API, but still js_-prefixed so libjs.a exports nothing unprefixed. */
#ifndef LIBJS_SRC_INTERNAL_H
#define LIBJS_SRC_INTERNAL_H

#include <stddef.h>

#define JS__HIDDEN __attribute__((visibility("hidden")))

/* strlen(3) without libc. */
JS__HIDDEN size_t js__strlen(const char *s);

#endif
