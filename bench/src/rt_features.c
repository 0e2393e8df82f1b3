/* hello plus one start-up feature, chosen by -D (bench/rt.sh): the
 * stripped size minus hello's is what the feature adds to a program.
 *   CTOR    a constructor      TLS     a __thread variable
 *   IFUNC   an ifunc           THREAD  one thread created and joined
 *   (the protector: hello.c built -fstack-protector-all) */
#include <libjs/libjs.h>

#ifdef CTOR
static int ready;
__attribute__((constructor)) static void init(void) { ready = 1; }
#define CHECK() (ready == 1)
#elif defined(TLS)
static __thread int count = 1;
#define CHECK() (++count == 2)
#elif defined(IFUNC)
static int impl(void) { return 1; }
__attribute__((used)) static int (*pick(void))(void) { return impl; }
int f(void) __attribute__((ifunc("pick")));
#define CHECK() (f() == 1)
#elif defined(THREAD)
static int run(void *p) { return p != 0; }
static int check(void)
{
	struct js_thread t;
	int r = 0;

	return js_thread_create(&t, run, &t, 0) == 0 && js_thread_join(&t, &r) == 0 && r == 1;
}
#define CHECK() check()
#else
#define CHECK() 1
#endif

int main(void)
{
	if (CHECK())
		js_write(1, "hello, world\n", 13);
	return 0;
}
