/* The issue-14 file and mount layouts against the kernel's headers, in
 * the host build too (gcc and clang, and again under the sanitizers):
 * tests/sh/fs_more_layout_kernel.c holds the proofs as _Static_asserts
 * (tests/sh/test_fs_more_arch_layout.sh compiles it for all three
 * architectures); here it must compile, and the sizes the kernel checks
 * at run time are asserted once more. */
#include "../sh/fs_more_layout_kernel.c"
#include "host.h"

static void sizes(void **state)
{
	(void)state;
	assert_int_equal(sizeof(struct js_open_how), JS_OPEN_HOW_SIZE_VER0);
	assert_int_equal(sizeof(struct js_mount_attr), JS_MOUNT_ATTR_SIZE_VER0);
	assert_int_equal(sizeof(struct js_statmount), 512);
	assert_int_equal(sizeof(struct js_xattr_args), JS_XATTR_ARGS_SIZE_VER0);
	assert_int_equal(sizeof(struct js_file_attr), JS_FILE_ATTR_SIZE_VER0);
	assert_int_equal(sizeof(struct js_fanotify_event_metadata), JS_FAN_EVENT_METADATA_LEN);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(sizes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
