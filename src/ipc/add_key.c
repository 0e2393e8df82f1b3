#include <libjs/ipc.h>
#include "../call.h"

long js_add_key(const char *type, const char *description,
		const void *payload, size_t plen, js_key_serial_t keyring)
{
	return JS_SC5(JS_NR_add_key, type, description, payload, plen, keyring);
}
