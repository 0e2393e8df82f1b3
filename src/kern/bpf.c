#include <libjs/kern.h>
#include "../call.h"

long js_bpf(int cmd, union js_bpf_attr *attr, unsigned int size)
{
	return JS_SC3(JS_NR_bpf, cmd, attr, size);
}
