/* libjs-cc --sandbox=kill: the filter kills the process (SIGSYS) on any other call.  libjs-cc links
 * this file with -u js__sandbox_kill; its js__sandbox_start replaces the
 * start code's weak one (src/rt/start.c). */
#include <libjs/sandbox.h>
#include <libjs/errno.h>
#include "rt.h"

const char js__sandbox_kill = 0;

void js__sandbox_start(void)
{
	js__sandbox_install(JS_SECCOMP_RET_KILL_PROCESS);
}
