/* js_perror: "prefix: message\n" built first, so that the line reaches
 * fd 2 in one write and cannot interleave with another thread's. */
#include <libjs/errno.h>
#include <libjs/fs.h>
#include "fmt.h"

long js_perror(const char *prefix, long err)
{
	char buf[512];
	int n;

	if (prefix && *prefix)
		n = js_snprintf(buf, sizeof buf, "%s: %s\n", prefix, js_strerror(err));
	else
		n = js_snprintf(buf, sizeof buf, "%s\n", js_strerror(err));
	if (n >= (int)sizeof buf) {	/* cut: still one line */
		n = sizeof buf;
		buf[n - 1] = '\n';
	}
	return js_write_all(2, buf, (size_t)n);
}
