#include <libjs/net.h>
#include <libjs/errno.h>

long js_sockaddr_parse(struct js_sockaddr_storage *ss, const char *text,
		       uint16_t port)
{
	struct js_sockaddr_in *in = (struct js_sockaddr_in *)ss;
	struct js_sockaddr_in6 *in6 = (struct js_sockaddr_in6 *)ss;
	struct js_in_addr a4;
	struct js_in6_addr a6;

	if (!ss || !text)
		return -JS_EFAULT;
	if (js_inet_pton(JS_AF_INET, text, &a4) == 1) {
		*ss = (struct js_sockaddr_storage){ 0 };
		in->sin_family = JS_AF_INET;
		in->sin_port = js_htons(port);
		in->sin_addr = a4;
		return sizeof *in;
	}
	if (js_inet_pton(JS_AF_INET6, text, &a6) == 1) {
		*ss = (struct js_sockaddr_storage){ 0 };
		return js_sockaddr_in6_init(in6, &a6, port);
	}
	return -JS_EINVAL;
}
