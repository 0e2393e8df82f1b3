#include <libjs/sandbox.h>
#include <libjs/errno.h>
#include <libjs/proc.h>

long js_cap_drop_all(void)
{
	struct js_user_cap_header_struct h = { JS_LINUX_CAPABILITY_VERSION_3, 0 };
	struct js_user_cap_data_struct d[2] = { { 0, 0, 0 }, { 0, 0, 0 } };
	long r = js_cap_ambient_clear();

	/* A kernel without ambient capabilities (before 4.3) has none to
	 * clear. */
	if (r < 0 && r != -JS_EINVAL)
		return r;
	r = js_capget(&h, d);
	if (r < 0)
		return r;
	if (d[0].effective & JS_CAP_TO_MASK(JS_CAP_SETPCAP)) {
		/* Up to the kernel's last capability, which answers EINVAL
		 * past it: a newer kernel's extra capabilities go too. */
		for (int cap = 0; cap < 64; cap++) {
			r = js_cap_bound_drop(cap);
			if (r == -JS_EINVAL)
				break;
			if (r < 0)
				return r;
		}
	}
	d[0].effective = d[0].permitted = d[0].inheritable = 0;
	d[1].effective = d[1].permitted = d[1].inheritable = 0;
	return js_capset(&h, d);
}
