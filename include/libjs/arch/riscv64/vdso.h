/* riscv64 vDSO symbols (vdso(7); arch/riscv/kernel/vdso/vdso.lds.S): all
 * under version LINUX_4.15.  There is no time() (js_time reads the vDSO's
 * realtime clock).  The vDSO does export __vdso_getcpu, but its body is
 * only the getcpu system call (arch/riscv/kernel/vdso/getcpu.S), so
 * js_getcpu makes the call itself and the trace shows it as one: no
 * JS_VDSO_SYM_GETCPU here.  __vdso_getrandom since Linux 6.16. */
#ifndef LIBJS_ARCH_RISCV64_VDSO_H
#define LIBJS_ARCH_RISCV64_VDSO_H

#define JS_VDSO_VERSION           "LINUX_4.15"
#define JS_VDSO_SYM_CLOCK_GETTIME "__vdso_clock_gettime"
#define JS_VDSO_SYM_CLOCK_GETRES  "__vdso_clock_getres"
#define JS_VDSO_SYM_GETTIMEOFDAY  "__vdso_gettimeofday"
#define JS_VDSO_SYM_GETRANDOM     "__vdso_getrandom"

#endif
