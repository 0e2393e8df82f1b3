#include <libjs/net.h>
#include <libjs/errno.h>

long js_sockaddr_port(const struct js_sockaddr *sa)
{
	js_sa_family_t family;
	js_in_port_t port;

	if (!sa)
		return -JS_EFAULT;
	/* Read as bytes: sa usually points into a sockaddr_storage or a
	 * sockaddr_in6, not at a struct js_sockaddr.  sin_port and
	 * sin6_port both follow the family (linux/in.h, linux/in6.h). */
	__builtin_memcpy(&family, sa, sizeof family);
	if (family != JS_AF_INET && family != JS_AF_INET6)
		return -JS_EAFNOSUPPORT;
	__builtin_memcpy(&port, (const char *)sa + sizeof family, sizeof port);
	return js_ntohs(port);
}
