/* js_gmtime against glibc's gmtime_r: every day from 1900 to 2400 (at a
 * varying second of the day), the edges of time_t where glibc still
 * answers, and struct js_tm's layout against glibc's struct tm. */
#include <time.h>
#include <stddef.h>
#include <limits.h>
#include <string.h>
#include "host.h"
#include <libjs/libjs.h>

#define SAME(m) _Static_assert(offsetof(struct js_tm, m) == offsetof(struct tm, m), #m)
SAME(tm_sec); SAME(tm_min); SAME(tm_hour); SAME(tm_mday); SAME(tm_mon);
SAME(tm_year); SAME(tm_wday); SAME(tm_yday); SAME(tm_isdst); SAME(tm_gmtoff);
SAME(tm_zone);
_Static_assert(sizeof(struct js_tm) == sizeof(struct tm), "size");

static void check(long t)
{
	struct tm g;
	struct js_tm j;
	time_t tt = t;

	if (!gmtime_r(&tt, &g)) {
		assert_int_equal(js_gmtime(t, &j), -JS_EOVERFLOW);
		return;
	}
	assert_int_equal(js_gmtime(t, &j), 0);
	if (j.tm_sec != g.tm_sec || j.tm_min != g.tm_min || j.tm_hour != g.tm_hour ||
	    j.tm_mday != g.tm_mday || j.tm_mon != g.tm_mon || j.tm_year != g.tm_year ||
	    j.tm_wday != g.tm_wday || j.tm_yday != g.tm_yday || j.tm_isdst != g.tm_isdst ||
	    j.tm_gmtoff != g.tm_gmtoff || strcmp(j.tm_zone, g.tm_zone)) {
		print_error("t=%ld: glibc %d-%d-%d %d:%d:%d wd %d yd %d; libjs %d-%d-%d %d:%d:%d wd %d yd %d\n",
			    t, g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec,
			    g.tm_wday, g.tm_yday, j.tm_year, j.tm_mon, j.tm_mday, j.tm_hour,
			    j.tm_min, j.tm_sec, j.tm_wday, j.tm_yday);
		fail();
	}
}

static void every_day(void **state)
{
	/* 1900-01-01 to 2400-12-31 */
	long first = -2208988800L, last = 13569465600L + 86400L * 365, n = 0;

	(void)state;
	for (long t = first; t < last; t += 86400, n++) {
		check(t);
		check(t + (n * 7919) % 86400);
		check(t - 1);
	}
	print_message("%ld days, three times each\n", n);
}

static void edges(void **state)
{
	static const long e[] = { 0, -1, 1, 86399, 86400, -86400, -86401, 951782400, 951868800,
		LONG_MAX, LONG_MIN, LONG_MAX - 1, LONG_MIN + 1, 67767976233532799L,
		67767976233532800L, -67768040609740800L, -67768040609740801L,
		INT_MAX, (long)INT_MIN, 4102444800L, 253402300799L };

	(void)state;
	for (size_t i = 0; i < sizeof e / sizeof e[0]; i++)
		check(e[i]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_day),
		cmocka_unit_test(edges),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
