/* For tests/sh/test_trace_threads.sh: the main thread and 4 threads each
 * make 200 getppid calls at the same time, traced (`libjs-cc --trace`). */
#include <libjs/libjs.h>

#define CALLS 200

static volatile int go;

static int worker(void *p)
{
	(void)p;
	while (!go)
		js_sched_yield();
	for (int i = 0; i < CALLS; i++)
		js_getppid();
	return 0;
}

int main(void)
{
	struct js_thread t[4];

	for (int i = 0; i < 4; i++)
		if (js_thread_create(&t[i], worker, 0, 0) != 0)
			return 1;
	go = 1;
	for (int i = 0; i < CALLS; i++)
		js_getppid();
	for (int i = 0; i < 4; i++)
		if (js_thread_join(&t[i], 0) != 0)
			return 2;
	return 0;
}
