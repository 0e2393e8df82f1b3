#include <libjs/fs.h>
#include "../call.h"

long js_name_to_handle_at(int dirfd, const char *path,
			  struct js_file_handle *handle, int *mount_id,
			  int flags)
{
	return JS_SC5(JS_NR_name_to_handle_at, dirfd, path, handle, mount_id,
		      flags);
}
