#include <libjs/net.h>
#include <libjs/errno.h>

long js_sockaddr_un_abstract(struct js_sockaddr_un *sa, const void *name,
			     size_t len)
{
	const char *n = name;

	if (!sa || (!name && len))
		return -JS_EFAULT;
	if (len > sizeof sa->sun_path - 1)
		return -JS_ENAMETOOLONG;
	*sa = (struct js_sockaddr_un){ 0 };
	sa->sun_family = JS_AF_UNIX;
	for (size_t i = 0; i < len; i++)
		sa->sun_path[1 + i] = n[i];
	/* The kernel takes every byte up to the length as the name, NULs
	 * included; a longer length would name a different socket
	 * (unix(7), "Abstract sockets"). */
	return (long)(offsetof(struct js_sockaddr_un, sun_path) + 1 + len);
}
