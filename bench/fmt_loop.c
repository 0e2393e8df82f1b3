/* fmt_loop K N: N calls of snprintf (js_snprintf with -DLIBJS) with the
 * typical format K (0: "%d", 1: "%s: %s (%d)\n", 2: "%08lx %-10s|%5u").
 * bench/fmt.sh counts instructions at two N and divides the difference. */
#ifdef LIBJS
#include <libjs/libjs.h>
#define SNPRINTF js_snprintf
#define ATOI(s) ((int)js_strtol(s, 0, 10, 0))
#else
#include <stdio.h>
#include <stdlib.h>
#define SNPRINTF snprintf
#define ATOI atoi
#endif

static char buf[128];
volatile int sink;

int main(int argc, char **argv)
{
	int k = argc > 2 ? ATOI(argv[1]) : 0, n = argc > 2 ? ATOI(argv[2]) : 1;

	for (int i = 0; i < n; i++) {
		int r;

		if (k == 0)
			r = SNPRINTF(buf, sizeof buf, "%d", i * 7919 - 5000000);
		else if (k == 1)
			r = SNPRINTF(buf, sizeof buf, "%s: %s (%d)\n", "open", "No such file or directory", -2);
		else
			r = SNPRINTF(buf, sizeof buf, "%08lx %-10s|%5u", (unsigned long)i * 0x9e3779b9UL,
				     "name", (unsigned int)i);
		sink = r;
	}
	return 0;
}
