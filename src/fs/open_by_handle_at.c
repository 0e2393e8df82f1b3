#include <libjs/fs.h>
#include "../call.h"

long js_open_by_handle_at(int mount_fd, struct js_file_handle *handle,
			  int flags)
{
	return JS_SC3(JS_NR_open_by_handle_at, mount_fd, handle, flags);
}
