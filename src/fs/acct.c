#include <libjs/fs.h>
#include "../call.h"

long js_acct(const char *filename)
{
	return JS_SC1(JS_NR_acct, filename);
}
