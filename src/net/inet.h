/* Internal to the address-text helpers: the dotted-quad parser is shared
 * by js_inet_pton (AF_INET) and the trailing quad of an IPv6 address. */
#ifndef LIBJS_SRC_NET_INET_H
#define LIBJS_SRC_NET_INET_H

#include <stdint.h>
#include "../internal.h"

/* 1 when [s, end) is exactly four decimal octets 0..255 without leading
 * zeros (glibc's inet_pton(3) rule), the bytes then in out[0..3]; else
 * 0 with out[] partly written. */
JS__HIDDEN int js__parse_quad(const char *s, const char *end, uint8_t out[4]);

/* The dotted quad of a[0..3] at p, with no NUL; returns the length. */
JS__HIDDEN int js__format_quad(const uint8_t a[4], char *p);

#endif
