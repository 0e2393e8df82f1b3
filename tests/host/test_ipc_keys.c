/* Keys (glibc wraps none of add_key, request_key, keyctl: libkeyutils
 * does): a "user" key added to the process keyring reads back, is found by
 * request_key and KEYCTL_SEARCH, described, updated, revoked; the errors
 * of each call.  Where the kernel has no keyrings (CONFIG_KEYS off, or a
 * seccomp filter of a container) the first call's exact error is the
 * finding, asserted and printed, and docs/ipc.md lists it.  The teardown
 * invalidates the key. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "host.h"
#include <libjs/ipc.h>
#include <libjs/errno.h>

static long key = -1;

static int cleanup(void **state)
{
	(void)state;
	if (key > 0)
		js_keyctl(JS_KEYCTL_INVALIDATE, (unsigned long)key, 0, 0, 0);
	key = -1;
	return 0;
}

/* 1 when keyrings work here; else the gap, asserted and printed. */
static int keyrings(void)
{
	long r = js_keyctl(JS_KEYCTL_GET_KEYRING_ID,
			   (unsigned long)JS_KEY_SPEC_PROCESS_KEYRING, 1, 0, 0);
	if (r > 0)
		return 1;
	assert_true(r == -JS_ENOSYS || r == -JS_EPERM || r == -JS_EACCES);
	printf("keyrings unavailable here: keyctl says %s\n", js_errname(r));
	return 0;
}

static void round_trip(void **state)
{
	(void)state;
	if (!keyrings())
		return;
	char desc[64];
	snprintf(desc, sizeof desc, "libjs-test-%d", (int)getpid());
	key = js_add_key("user", desc, "secret", 6, JS_KEY_SPEC_PROCESS_KEYRING);
	assert_true(key > 0);

	char buf[64];
	assert_int_equal(js_keyctl(JS_KEYCTL_READ, (unsigned long)key,
				   (unsigned long)buf, sizeof buf, 0), 6);
	assert_memory_equal(buf, "secret", 6);
	/* a short buffer: the full length comes back */
	assert_int_equal(js_keyctl(JS_KEYCTL_READ, (unsigned long)key,
				   (unsigned long)buf, 2, 0), 6);
	/* type;uid;gid;perm;description */
	char d[256];
	long n = js_keyctl(JS_KEYCTL_DESCRIBE, (unsigned long)key,
			   (unsigned long)d, sizeof d, 0);
	assert_true(n > 0);
	assert_memory_equal(d, "user;", 5);
	assert_non_null(strstr(d, desc));

	/* found by name in the keyrings this process searches */
	assert_int_equal(js_request_key("user", desc, 0, 0), key);
	assert_int_equal(js_keyctl(JS_KEYCTL_SEARCH,
				   (unsigned long)JS_KEY_SPEC_PROCESS_KEYRING,
				   (unsigned long)"user", (unsigned long)desc, 0), key);
	/* adding the same description updates the same key */
	assert_int_equal(js_add_key("user", desc, "other!", 6,
				    JS_KEY_SPEC_PROCESS_KEYRING), key);
	assert_int_equal(js_keyctl(JS_KEYCTL_READ, (unsigned long)key,
				   (unsigned long)buf, sizeof buf, 0), 6);
	assert_memory_equal(buf, "other!", 6);
	assert_int_equal(js_keyctl(JS_KEYCTL_UPDATE, (unsigned long)key,
				   (unsigned long)"third", 5, 0), 0);
	assert_int_equal(js_keyctl(JS_KEYCTL_READ, (unsigned long)key,
				   (unsigned long)buf, sizeof buf, 0), 5);
	/* revoked: reading it is EKEYREVOKED */
	assert_int_equal(js_keyctl(JS_KEYCTL_REVOKE, (unsigned long)key, 0, 0, 0), 0);
	assert_int_equal(js_keyctl(JS_KEYCTL_READ, (unsigned long)key,
				   (unsigned long)buf, sizeof buf, 0), -JS_EKEYREVOKED);
}

static void errors(void **state)
{
	(void)state;
	if (!keyrings())
		return;
	/* no such key, no upcall asked for: ENOKEY */
	assert_int_equal(js_request_key("user", "libjs-no-such-key", 0, 0), -JS_ENOKEY);
	assert_int_equal(js_add_key("no-such-type", "d", "x", 1,
				    JS_KEY_SPEC_PROCESS_KEYRING), -JS_ENODEV);
	assert_int_equal(js_add_key("user", 0, "x", 1,
				    JS_KEY_SPEC_PROCESS_KEYRING), -JS_EINVAL);
	assert_int_equal(js_add_key(0, "d", "x", 1,
				    JS_KEY_SPEC_PROCESS_KEYRING), -JS_EFAULT);
	assert_int_equal(js_keyctl(JS_KEYCTL_READ, 0x7ffffffe, 0, 0, 0), -JS_ENOKEY);
	assert_int_equal(js_keyctl(9999, 0, 0, 0, 0), -JS_EOPNOTSUPP);
	/* a new thread keyring on request, then its id again */
	long t = js_keyctl(JS_KEYCTL_GET_KEYRING_ID,
			   (unsigned long)JS_KEY_SPEC_THREAD_KEYRING, 1, 0, 0);
	assert_true(t > 0);
	assert_int_equal(js_keyctl(JS_KEYCTL_GET_KEYRING_ID,
				   (unsigned long)JS_KEY_SPEC_THREAD_KEYRING, 0, 0, 0), t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(round_trip, cleanup),
		cmocka_unit_test_teardown(errors, cleanup),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
