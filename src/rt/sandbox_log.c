/* libjs-cc --sandbox=log: the filter logs any other call (kernel audit log) and allows it.  libjs-cc links
 * this file with -u js__sandbox_log; its js__sandbox_start replaces the
 * start code's weak one (src/rt/start.c). */
#include <libjs/sandbox.h>
#include <libjs/errno.h>
#include "rt.h"

const char js__sandbox_log = 0;

void js__sandbox_start(void)
{
	js__sandbox_install(JS_SECCOMP_RET_LOG);
}
