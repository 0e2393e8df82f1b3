/* bench/mutex.sh's loop: argv[1] uncontended lock + unlock pairs on one
 * mutex, with libjs (-DLIBJS: js_mutex, built by libjs-cc) or with glibc
 * (pthread_mutex_t, a default mutex, built gcc -static).  Both start from
 * a zero-filled static mutex and take no other lock.  Built with
 * -DSECOND_THREAD, glibc's run first starts and joins one thread: from then on
 * glibc knows the process is not single-threaded and its lock uses the
 * bus-locked instructions that js_mutex always uses (in a process that
 * never had a second thread glibc leaves the lock prefix out). */
#ifdef LIBJS
#include <libjs/libjs.h>
static struct js_mutex m;
#define LOCK() js_mutex_lock(&m)
#define UNLOCK() js_mutex_unlock(&m)
#else
#include <pthread.h>
#ifdef SECOND_THREAD
static void *nothing(void *arg)
{
	return arg;
}
static void second_thread(void)
{
	pthread_t t;

	if (pthread_create(&t, 0, nothing, 0) == 0)
		pthread_join(t, 0);
}
#endif
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
#define LOCK() pthread_mutex_lock(&m)
#define UNLOCK() pthread_mutex_unlock(&m)
#endif

int main(int argc, char **argv)
{
	long n = 0;
	const char *p = argc > 1 ? argv[1] : "0";

	while (*p >= '0' && *p <= '9')
		n = n * 10 + (*p++ - '0');
#ifdef SECOND_THREAD
	second_thread();
#endif
	for (long i = 0; i < n; i++) {
		LOCK();
		UNLOCK();
	}
	return 0;
}
