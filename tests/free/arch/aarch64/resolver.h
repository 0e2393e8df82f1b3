/* What an ifunc resolver receives here (glibc's dl-irel.h, sys/ifunc.h):
 * AT_HWCAP with _IFUNC_ARG_HWCAP (bit 62) set, and a __ifunc_arg_t
 * { _size, _hwcap, _hwcap2, ... } whose _size covers at least those. */
static unsigned long jt_hw, jt_size, jt_hwcap, jt_hwcap2;
#define JT_RESOLVER_PARAMS unsigned long hw, const unsigned long *arg
#define JT_RESOLVER_SAVE()                                                     \
	(jt_hw = hw, jt_size = arg[0], jt_hwcap = arg[1], jt_hwcap2 = arg[2])
#define JT_RESOLVER_ARGS_OK()                                                  \
	((jt_hw >> 62 & 1) && jt_size >= 24 &&                                 \
	 (jt_hw & ~(1UL << 62)) == js_getauxval(JS_AT_HWCAP) &&               \
	 jt_hwcap == js_getauxval(JS_AT_HWCAP) &&                              \
	 jt_hwcap2 == js_getauxval(JS_AT_HWCAP2))
