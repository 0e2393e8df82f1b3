#include <libjs/fs.h>

int js_dir_fd(const struct js_dir *d)
{
	return d->fd;
}
