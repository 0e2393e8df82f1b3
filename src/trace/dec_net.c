/* The network calls' decoders: sockets, addresses, messages, options,
 * as strace decodes them (net.c, sockaddr.c, msghdr.c in strace). */
#include <libjs/sys.h>
#include "trace.h"
#include "../fmt/fmt.h"

static unsigned int be16(const unsigned char *b)
{
	return (unsigned int)b[0] << 8 | b[1];
}

static void ipv6(struct js__w *w, const unsigned char *b)
{
	int best = -1, bestlen = 0, i, j;

	/* The longest run of two or more zero groups becomes "::" (RFC 5952). */
	for (i = 0; i < 8; i = j + 1) {
		for (j = i; j < 8 && !be16(b + 2 * j); j++)
			;
		if (j - i > bestlen && j - i >= 2)
			best = i, bestlen = j - i;
	}
	for (i = 0; i < 8; i++) {
		if (i == best) {
			JS__PUTS(w, "::");
			i += bestlen - 1;
			continue;
		}
		if (i && i != best + bestlen)
			js__putc(w, ':');
		{
			char t[4], *e = t + 4, *q = js__utoa(e, be16(b + 2 * i), 16);

			js__put_cut(w, q, (size_t)(e - q));
		}
	}
}

void js__put_sockaddr(struct js__ctx *c, long p, long len)
{
	unsigned char b[128];
	size_t n = len < 0 ? 0 : len > 128 ? 128 : (size_t)len;
	struct js__w *w = c->w;
	unsigned int fam;
	int i;

	if (!p) {
		JS__PUTS(w, "NULL");
		return;
	}
	if (n < 2 || js__fetch(b, (const void *)p, n, c->failed) != n) {
		js__put_ptr(w, p);
		return;
	}
	fam = b[0] | (unsigned int)b[1] << 8;
	JS__PUTS(w, "{sa_family=");
	js__put_flags(w, K_AF, fam);
	if (fam == 1) {			/* AF_UNIX: linux/un.h */
		size_t e;

		JS__PUTS(w, ", sun_path=");
		if (n > 2 && !b[2]) {
			js__putc(w, '@');
			js__put_quoted(w, b + 3, n - 3, 0);
		} else {
			for (e = 2; e < n && b[e]; e++)
				;
			js__put_quoted(w, b + 2, e - 2, 0);
		}
	} else if (fam == 2 && n >= 8) {	/* AF_INET: linux/in.h */
		JS__PUTS(w, ", sin_port=htons(");
		js__put_udec(w, be16(b + 2));
		JS__PUTS(w, "), sin_addr=inet_addr(\"");
		for (i = 4; i < 8; i++) {
			if (i > 4)
				js__putc(w, '.');
			js__put_udec(w, b[i]);
		}
		JS__PUTS(w, "\")");
	} else if (fam == 10 && n >= 28) {	/* AF_INET6: linux/in6.h */
		JS__PUTS(w, ", sin6_port=htons(");
		js__put_udec(w, be16(b + 2));
		JS__PUTS(w, "), sin6_flowinfo=htonl(");
		js__put_udec(w, (unsigned long)be16(b + 4) << 16 | be16(b + 6));
		JS__PUTS(w, "), inet_pton(AF_INET6, \"");
		ipv6(w, b + 8);
		JS__PUTS(w, "\", &sin6_addr), sin6_scope_id=");
		js__put_udec(w, b[24] | (unsigned long)b[25] << 8 |
				   (unsigned long)b[26] << 16 | (unsigned long)b[27] << 24);
	}
	js__putc(w, '}');
}

int js__dec_net(struct js__ctx *c)
{
	(void)c;
	return 0;
}
