/* js_thread_exit (thread.h): the result goes into the control block,
 * where js_thread_join reads it once the kernel has cleared the tid
 * (CLONE_CHILD_CLEARTID); exit(2) ends this thread only.  A thread that
 * used js_getrandom's vDSO path hands its state back to the pool first
 * (weak: a program that never calls js_getrandom carries none of it). */
#include <libjs/proc.h>
#include "../internal.h"
#include "thread.h"

extern void js__getrandom_thread_exit(void) __attribute__((weak));

void js_thread_exit(int result)
{
	if (js__getrandom_thread_exit)
		js__getrandom_thread_exit();
	js__self()->result = result;
	js_exit(result);
}
