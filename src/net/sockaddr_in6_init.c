#include <libjs/net.h>
#include <libjs/errno.h>

long js_sockaddr_in6_init(struct js_sockaddr_in6 *sa,
			  const struct js_in6_addr *addr, uint16_t port)
{
	if (!sa)
		return -JS_EFAULT;
	*sa = (struct js_sockaddr_in6){ 0 };
	sa->sin6_family = JS_AF_INET6;
	sa->sin6_port = js_htons(port);
	if (addr)
		sa->sin6_addr = *addr;
	return sizeof *sa;
}
