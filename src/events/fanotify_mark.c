#include <libjs/events.h>
#include "../call.h"

long js_fanotify_mark(int fanotify_fd, unsigned int flags, uint64_t mask,
		      int dirfd, const char *pathname)
{
	return JS_SC5(JS_NR_fanotify_mark, fanotify_fd, flags, mask, dirfd,
		      pathname);
}
