/* What an ifunc resolver receives here (glibc's dl-irel.h): AT_HWCAP, a
 * function with __riscv_hwprobe's signature (0 or a positive error
 * number), and NULL. */
static unsigned long jt_hw;
static int (*jt_probe)(void *, unsigned long, unsigned long, unsigned long *, unsigned);
static void *jt_third = (void *)1;
#define JT_RESOLVER_PARAMS unsigned long hw, void *probe, void *third
#define JT_RESOLVER_SAVE()                                                     \
	(jt_hw = hw, jt_probe = (int (*)(void *, unsigned long, unsigned long, \
					 unsigned long *, unsigned))probe,     \
	 jt_third = third)
#define JT_RESOLVER_ARGS_OK()                                                  \
	(jt_hw == js_getauxval(JS_AT_HWCAP) && jt_third == 0 && jt_probe &&    \
	 jt_probe(0, 0, 0, 0, 0) >= 0)
