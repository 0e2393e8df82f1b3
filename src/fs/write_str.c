#include <libjs/string.h>
#include <libjs/fs.h>
#include <libjs/errno.h>
#include "../internal.h"

/* The JavaScript libjs's write(fd, string) appended a NUL to the data; this writes the
 * string's bytes only.  NULL is refused before strlen would fault. */
long js_write_str(int fd, const char *s)
{
	if (!s)
		return -JS_EFAULT;
	return js_write(fd, s, js_strlen(s));
}
