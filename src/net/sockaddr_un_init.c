#include <libjs/string.h>
#include <libjs/net.h>
#include <libjs/errno.h>
#include "../internal.h"

long js_sockaddr_un_init(struct js_sockaddr_un *sa, const char *path)
{
	size_t len;

	if (!sa || !path)
		return -JS_EFAULT;
	len = js_strlen(path);
	/* An empty path would read as an abstract name or autobind. */
	if (len == 0)
		return -JS_EINVAL;
	/* Keep the NUL inside sun_path, so the path is a C string for
	 * whoever reads it back (unix(7), "Pathname sockets"). */
	if (len >= sizeof sa->sun_path)
		return -JS_ENAMETOOLONG;
	*sa = (struct js_sockaddr_un){ 0 };
	sa->sun_family = JS_AF_UNIX;
	for (size_t i = 0; i < len; i++)
		sa->sun_path[i] = path[i];
	return (long)(offsetof(struct js_sockaddr_un, sun_path) + len + 1);
}
