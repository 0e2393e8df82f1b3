#include <libjs/mount.h>
#include "../call.h"

long js_move_mount(int from_dirfd, const char *from_path, int to_dirfd,
		   const char *to_path, unsigned int flags)
{
	return JS_SC5(JS_NR_move_mount, from_dirfd, from_path, to_dirfd, to_path,
		      flags);
}
