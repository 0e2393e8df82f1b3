/* N thread create + join cycles (N = argv[1]), each thread returning its
 * argument: libjs's js_thread_create/join (-DLIBJS) or a libc's
 * pthread_create/join, the same work (bench/rt.sh). */
#ifdef LIBJS
#include <libjs/libjs.h>
static int run(void *p) { return (int)(long)p; }
static long num(const char *s) { long n = 0; while (*s >= '0' && *s <= '9') n = n * 10 + *s++ - '0'; return n; }
int main(int argc, char **argv)
{
	long n = argc > 1 ? num(argv[1]) : 1000, sum = 0;

	for (long i = 0; i < n; i++) {
		struct js_thread t;
		int r;

		if (js_thread_create(&t, run, (void *)(i & 1), 0) || js_thread_join(&t, &r))
			return 1;
		sum += r;
	}
	return sum != n / 2;
}
#else
#include <pthread.h>
#include <stdlib.h>
static void *run(void *p) { return p; }
int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 1000, sum = 0;

	for (long i = 0; i < n; i++) {
		pthread_t t;
		void *r;

		if (pthread_create(&t, 0, run, (void *)(i & 1)) || pthread_join(t, &r))
			return 1;
		sum += (long)r;
	}
	return sum != n / 2;
}
#endif
