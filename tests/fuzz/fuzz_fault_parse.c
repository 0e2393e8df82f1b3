/* The LIBJS_FAULT parser on any text: 0 or -JS_EINVAL/-JS_ENOSPC, and a
 * bad entry is reported as a piece of the input (the message js_trace_init
 * prints quotes it) with a reason.  Rules are cleared after each input. */
#include <libjs/trace.h>
#include <libjs/errno.h>
#include "../../src/trace/trace.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
	char *s = fuzz_str(d, n);
	const char *bad = 0, *why = 0;
	size_t badlen = 0;
	long r;

	if (!s)
		return 0;
	r = js__fault_parse(s, &bad, &badlen, &why);
	FUZZ_CHECK(r == 0 || r == -JS_EINVAL || r == -JS_ENOSPC);
	if (r < 0) {
		FUZZ_CHECK(bad >= s && bad + badlen <= s + strlen(s) && badlen);
		FUZZ_CHECK(why && *why);
	}
	js_fault_clear();
	FUZZ_CHECK(js_fault_parse(s) == r);
	js_fault_clear();
	free(s);
	return 0;
}
