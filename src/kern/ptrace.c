/* ptrace(2), the raw call: the PEEK requests store the word through data
 * and return 0 (glibc's wrapper passes its own buffer and returns the
 * word, leaving errno to tell a word of -1 from an error). */
#include <libjs/kern.h>
#include "../call.h"

long js_ptrace(long request, int pid, void *addr, void *data)
{
	return JS_SC4(JS_NR_ptrace, request, pid, addr, data);
}
