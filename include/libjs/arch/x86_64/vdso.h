/* x86_64 vDSO symbols (vdso(7); arch/x86/entry/vdso/vdso.lds.S): all under
 * version LINUX_2.6.  __vdso_getrandom since Linux 6.11. */
#ifndef LIBJS_ARCH_X86_64_VDSO_H
#define LIBJS_ARCH_X86_64_VDSO_H

#define JS_VDSO_VERSION           "LINUX_2.6"
#define JS_VDSO_SYM_CLOCK_GETTIME "__vdso_clock_gettime"
#define JS_VDSO_SYM_CLOCK_GETRES  "__vdso_clock_getres"
#define JS_VDSO_SYM_GETTIMEOFDAY  "__vdso_gettimeofday"
#define JS_VDSO_SYM_TIME          "__vdso_time"
#define JS_VDSO_SYM_GETCPU        "__vdso_getcpu"
#define JS_VDSO_SYM_GETRANDOM     "__vdso_getrandom"

#endif
