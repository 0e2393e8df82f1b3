/* The one struct-layout and constant check, used by every layout test:
 * a table of (libjs size/offset, kernel or glibc size/offset) rows built
 * with the macros below and compared row by row.
 *
 *   static const struct layout_row rows[] = {
 *       LAYOUT_SIZE(js_stat, stat),
 *       LAYOUT_FIELD(js_stat, stat, st_ino),          same member name
 *       LAYOUT_FIELD2(js_stat, st_atim, stat, st_atime), renamed member
 *       CONST_ROW(JS_O_CREAT, O_CREAT),
 *   };
 *   ... check_rows(rows, ARRAY_LEN(rows));
 */
#ifndef LIBJS_TESTS_LAYOUT_H
#define LIBJS_TESTS_LAYOUT_H
#include <stdio.h>
#include "host.h"

struct layout_row {
	const char *what;
	long ours, theirs;
};

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))
#define LAYOUT_SIZE(js, k) \
	{ "sizeof " #js, (long)sizeof(struct js), (long)sizeof(struct k) }
#define LAYOUT_ALIGN(js, k) \
	{ "alignof " #js, (long)_Alignof(struct js), (long)_Alignof(struct k) }
#define LAYOUT_FIELD2(js, jm, k, km)                                          \
	{ #js "." #jm, (long)offsetof(struct js, jm), (long)offsetof(struct k, km) }, \
	{ "sizeof " #js "." #jm, (long)sizeof(((struct js *)0)->jm),           \
	  (long)sizeof(((struct k *)0)->km) }
#define LAYOUT_FIELD(js, k, m) LAYOUT_FIELD2(js, m, k, m)
#define CONST_ROW(ours, theirs) { #ours, (long)(ours), (long)(theirs) }

static inline void check_rows(const struct layout_row *rows, size_t n)
{
	int bad = 0;

	for (size_t i = 0; i < n; i++) {
		if (rows[i].ours != rows[i].theirs) {
			print_error("%s: libjs %ld, kernel/glibc %ld\n", rows[i].what,
				    rows[i].ours, rows[i].theirs);
			bad++;
		}
	}
	assert_int_equal(bad, 0);
	assert_true(n > 0);
}

#endif
