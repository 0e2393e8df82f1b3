#include <libjs/net.h>
#include <libjs/errno.h>

long js_sockaddr_in_init(struct js_sockaddr_in *sa, uint32_t addr,
			 uint16_t port)
{
	if (!sa)
		return -JS_EFAULT;
	*sa = (struct js_sockaddr_in){ 0 };
	sa->sin_family = JS_AF_INET;
	sa->sin_port = js_htons(port);
	sa->sin_addr.s_addr = js_htonl(addr);
	return sizeof *sa;
}
