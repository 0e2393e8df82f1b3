#include <libjs/net.h>
#include <libjs/errno.h>

long js_sockaddr_port(const struct js_sockaddr *sa)
{
	if (!sa)
		return -JS_EFAULT;
	if (sa->sa_family == JS_AF_INET)
		return js_ntohs(((const struct js_sockaddr_in *)sa)->sin_port);
	if (sa->sa_family == JS_AF_INET6)
		return js_ntohs(((const struct js_sockaddr_in6 *)sa)->sin6_port);
	return -JS_EAFNOSUPPORT;
}
