/* js_gmtime: days since the Epoch to a Gregorian date by whole 400-year
 * eras (146,097 days each), which makes the leap-year rule a matter of
 * division; the year is counted from March so that February's odd
 * length comes last. */
#include <libjs/time.h>
#include <libjs/errno.h>

long js_gmtime(long t, struct js_tm *tm)
{
	long days = t / 86400, secs = t % 86400;
	long era, doe, yoe, doy, mp, y, m, d, yday, wday;

	if (!tm)
		return -JS_EFAULT;
	if (secs < 0)
		secs += 86400, days--;
	/* 1970-01-01 was a Thursday (4). */
	wday = (days % 7 + 11) % 7;
	/* Days from 0000-03-01; eras start on a March 1st. */
	days += 719468;
	era = (days >= 0 ? days : days - 146096) / 146097;
	doe = days - era * 146097;			/* 0..146096 */
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;	/* 0..399 */
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);	/* from March 1st */
	mp = (5 * doy + 2) / 153;			/* 0 = March */
	d = doy - (153 * mp + 2) / 5 + 1;
	m = mp < 10 ? mp + 3 : mp - 9;			/* 1..12 */
	if (m <= 2)
		y++;
	if (y - 1900 > 0x7fffffffL || y - 1900 < -0x7fffffffL - 1)
		return -JS_EOVERFLOW;
	/* Day of the year from January 1st. */
	yday = m <= 2 ? doy - 306 : doy + 59 +
		((y % 4 == 0 && y % 100 != 0) || y % 400 == 0);
	tm->tm_sec = (int)(secs % 60);
	tm->tm_min = (int)(secs / 60 % 60);
	tm->tm_hour = (int)(secs / 3600);
	tm->tm_mday = (int)d;
	tm->tm_mon = (int)m - 1;
	tm->tm_year = (int)(y - 1900);
	tm->tm_wday = (int)wday;
	tm->tm_yday = (int)yday;
	tm->tm_isdst = 0;
	tm->tm_gmtoff = 0;
	tm->tm_zone = "GMT";
	return 0;
}
