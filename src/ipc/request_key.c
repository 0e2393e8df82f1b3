#include <libjs/ipc.h>
#include "../call.h"

long js_request_key(const char *type, const char *description,
		    const char *callout_info, js_key_serial_t dest_keyring)
{
	return JS_SC4(JS_NR_request_key, type, description, callout_info,
		      dest_keyring);
}
