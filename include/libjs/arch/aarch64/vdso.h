/* aarch64 vDSO symbols (vdso(7); arch/arm64/kernel/vdso/vdso.lds.S): all
 * under version LINUX_2.6.39.  There is no time() (js_time reads the
 * vDSO's realtime clock) and no getcpu (js_getcpu is the system call).
 * __kernel_getrandom since Linux 6.12. */
#ifndef LIBJS_ARCH_AARCH64_VDSO_H
#define LIBJS_ARCH_AARCH64_VDSO_H

#define JS_VDSO_VERSION           "LINUX_2.6.39"
#define JS_VDSO_SYM_CLOCK_GETTIME "__kernel_clock_gettime"
#define JS_VDSO_SYM_CLOCK_GETRES  "__kernel_clock_getres"
#define JS_VDSO_SYM_GETTIMEOFDAY  "__kernel_gettimeofday"
#define JS_VDSO_SYM_GETRANDOM     "__kernel_getrandom"

#endif
