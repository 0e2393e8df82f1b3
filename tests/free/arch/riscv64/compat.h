/* A 64-bit process here has no second system-call ABI to enter (aarch64
 * runs AArch32 code only in 32-bit processes; riscv64 has no compat entry
 * from 64-bit code), so there is nothing for the architecture check to
 * reject: the test says so (jt_not_run). */
#define JT_HAVE_COMPAT 0
static inline long jt_compat_getpid(void) { return -JS_ENOSYS; }
