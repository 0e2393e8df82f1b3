#include <libjs/sys.h>
#include "../../call.h"

/* The kernel's modify_ldt returns its int result zero-extended
 * (arch/x86/kernel/ldt.c returns (unsigned int)ret, for the int the ABI
 * promised), so an error arrives as 0xffffffea, not -22: narrowed back to
 * int it is -errno again, as glibc's int-returning modify_ldt sees it. */
long js_modify_ldt(int func, void *ptr, unsigned long bytecount)
{
	return (int)JS_SC3(JS_NR_modify_ldt, func, ptr, bytecount);
}
