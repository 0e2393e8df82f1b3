/* struct js_ifreq and the interface-flag constants (net.h, the boot's
 * block) against the kernel's linux/if.h and linux/sockios.h (glibc's
 * net/if.h copies the kernel's struct; the two cannot share a file). */
#include <linux/if.h>
#include <linux/sockios.h>
#include "layout.h"
#include <libjs/net.h>

static void struct_matches_kernel(void **state)
{
	(void)state;
	static const struct layout_row rows[] = {
		LAYOUT_SIZE(js_ifreq, ifreq),
		LAYOUT_ALIGN(js_ifreq, ifreq),
		LAYOUT_FIELD(js_ifreq, ifreq, ifr_ifrn.ifrn_name),
		LAYOUT_FIELD(js_ifreq, ifreq, ifr_ifru.ifru_flags),
		LAYOUT_FIELD(js_ifreq, ifreq, ifr_ifru.ifru_ivalue),
	};
	check_rows(rows, ARRAY_LEN(rows));
}

static void constants_match_kernel(void **state)
{
	(void)state;
	static const struct layout_row rows[] = {
		CONST_ROW(JS_IFNAMSIZ, IFNAMSIZ),
		CONST_ROW(JS_SIOCGIFFLAGS, SIOCGIFFLAGS),
		CONST_ROW(JS_SIOCSIFFLAGS, SIOCSIFFLAGS),
		CONST_ROW(JS_IFF_UP, IFF_UP),
		CONST_ROW(JS_IFF_LOOPBACK, IFF_LOOPBACK),
		CONST_ROW(JS_IFF_RUNNING, IFF_RUNNING),
	};
	check_rows(rows, ARRAY_LEN(rows));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(struct_matches_kernel),
		cmocka_unit_test(constants_match_kernel),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
