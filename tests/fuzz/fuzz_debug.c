/* js_debug_enabled (the DEBUG parser, npm debug's rules) on any spec and
 * namespace: the input is "spec\0namespace".  Properties that hold for
 * every spec: "*" enables every namespace, and an exclusion of the exact
 * namespace after the spec wins over whatever the spec says. */
#include <stdio.h>
#include <libjs/trace.h>
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
	size_t k = 0;
	char *spec, *ns, *both;
	int on;

	while (k < n && d[k])
		k++;
	spec = fuzz_str(d, k);
	ns = fuzz_str(d + (k < n ? k + 1 : n), k < n ? n - k - 1 : 0);
	if (!spec || !ns)
		goto out;
	on = js_debug_enabled(spec, ns);
	FUZZ_CHECK(on == 0 || on == 1);
	FUZZ_CHECK(js_debug_enabled("*", ns) == 1);
	both = malloc(strlen(spec) + strlen(ns) + 8);
	if (both) {
		/* A namespace with a separator or a '*' in it is not one
		 * pattern: the properties below hold for plain ones. */
		if (*ns && !strpbrk(ns, ", \t\n\r\f\v*") && ns[0] != '-') {
			sprintf(both, "%s,-%s", spec, ns);
			FUZZ_CHECK(js_debug_enabled(both, ns) == 0);
		}
		free(both);
	}
out:
	free(spec);
	free(ns);
	return 0;
}
