/* libjs-cc --sandbox=errno: the filter answers any other call with -ENOSYS.  libjs-cc links
 * this file with -u js__sandbox_errno; its js__sandbox_start replaces the
 * start code's weak one (src/rt/start.c). */
#include <libjs/sandbox.h>
#include <libjs/errno.h>
#include "rt.h"

const char js__sandbox_errno = 0;

void js__sandbox_start(void)
{
	js__sandbox_install(JS_SECCOMP_RET_ERRNO | JS_ENOSYS);
}
