#include <libjs/sandbox.h>
#include <libjs/errno.h>
#include <libjs/proc.h>

long js_seccomp_install(const struct js_sock_filter *prog, size_t len,
			unsigned int flags)
{
	struct js_sock_fprog fp;
	long r;

	if (len == 0 || len > JS_BPF_MAXINSNS)
		return -JS_EINVAL;
	fp.len = (unsigned short)len;
	fp.filter = (struct js_sock_filter *)prog;
	if (flags & JS_SECCOMP_INSTALL_KEEP_PRIVS) {
		struct js_user_cap_header_struct h = {
			JS_LINUX_CAPABILITY_VERSION_3, 0
		};
		struct js_user_cap_data_struct d[2];

		flags &= ~JS_SECCOMP_INSTALL_KEEP_PRIVS;
		r = js_capget(&h, d);
		if (r < 0)
			return r;
		if (!(d[0].effective & JS_CAP_TO_MASK(JS_CAP_SYS_ADMIN)))
			return -JS_EACCES;
	} else {
		r = js_prctl(JS_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
		if (r < 0)
			return r;
	}
	return js_seccomp(JS_SECCOMP_SET_MODE_FILTER, flags, &fp);
}
