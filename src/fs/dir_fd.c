#include <libjs/fs.h>
#include <libjs/errno.h>

int js_dir_fd(const struct js_dir *d)
{
	return d ? d->fd : -JS_EFAULT;
}
