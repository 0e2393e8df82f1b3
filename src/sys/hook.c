/* The hook pointer (sys.h): the trace switch, one of libjs's two kinds of
 * global state (DESIGN.md rule 5).  NULL until trace.h's functions set it. */
#include <libjs/sys.h>

js_hook_fn js__hook;
