#include <libjs/net.h>
#include <libjs/errno.h>

long js_sockaddr_parse(struct js_sockaddr_storage *ss, const char *text,
		       uint16_t port)
{
	union {
		struct js_sockaddr_in in;
		struct js_sockaddr_in6 in6;
	} u;
	struct js_in_addr a4;
	struct js_in6_addr a6;
	long len;

	if (!ss || !text)
		return -JS_EFAULT;
	if (js_inet_pton(JS_AF_INET, text, &a4) == 1) {
		len = js_sockaddr_in_init(&u.in, 0, port);
		u.in.sin_addr = a4;
	} else if (js_inet_pton(JS_AF_INET6, text, &a6) == 1) {
		len = js_sockaddr_in6_init(&u.in6, &a6, port);
	} else {
		return -JS_EINVAL;
	}
	/* Built in its own type and copied as bytes: the storage is never
	 * written through a pointer of another structure type. */
	*ss = (struct js_sockaddr_storage){ 0 };
	__builtin_memcpy(ss, &u, (size_t)len);
	return len;
}
