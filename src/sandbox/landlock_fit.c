#include <libjs/sandbox.h>

/* Which ABI version brought each right: Documentation/userspace-api/
 * landlock.rst, "Previous limitations" and the ABI table. */
unsigned long long js_landlock_fs_rights(long abi)
{
	if (abi < 1)
		return 0;
	if (abi < 2)
		return (JS_LANDLOCK_ACCESS_FS_MAKE_SYM << 1) - 1;
	if (abi < 3)
		return (JS_LANDLOCK_ACCESS_FS_REFER << 1) - 1;
	if (abi < 5)
		return (JS_LANDLOCK_ACCESS_FS_TRUNCATE << 1) - 1;
	return (JS_LANDLOCK_ACCESS_FS_IOCTL_DEV << 1) - 1;
}

unsigned long long js_landlock_net_rights(long abi)
{
	return abi < 4 ? 0 : JS_LANDLOCK_ACCESS_NET_BIND_TCP |
				     JS_LANDLOCK_ACCESS_NET_CONNECT_TCP;
}

unsigned long long js_landlock_scopes(long abi)
{
	return abi < 6 ? 0 : JS_LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET |
				     JS_LANDLOCK_SCOPE_SIGNAL;
}

unsigned int js_landlock_restrict_flags(long abi)
{
	return abi < 7 ? 0 : JS_LANDLOCK_RESTRICT_SELF_LOG_SAME_EXEC_OFF |
				     JS_LANDLOCK_RESTRICT_SELF_LOG_NEW_EXEC_ON |
				     JS_LANDLOCK_RESTRICT_SELF_LOG_SUBDOMAINS_OFF;
}

void js_landlock_fit(struct js_landlock_ruleset_attr *attr, long abi)
{
	if (!attr)
		return;
	attr->handled_access_fs &= js_landlock_fs_rights(abi);
	attr->handled_access_net &= js_landlock_net_rights(abi);
	attr->scoped &= js_landlock_scopes(abi);
}
