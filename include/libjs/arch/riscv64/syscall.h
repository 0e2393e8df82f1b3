/* riscv64 system call primitive: the only place libjs talks to the kernel.
 * Kernel ABI (arch/riscv/kernel/entry.S, syscall(2) "Architecture calling
 * conventions"): number in a7, arguments in a0..a5, `ecall`, result in a0.
 * The kernel restores every other register on return, so nothing but a0
 * changes; "memory" is clobbered because the kernel may read or write any
 * buffer we pass. */
#ifndef LIBJS_ARCH_RISCV64_SYSCALL_H
#define LIBJS_ARCH_RISCV64_SYSCALL_H

#ifdef __cplusplus
extern "C" {
#endif

static inline long js_syscall0(long n)
{
	register long a7 __asm__("a7") = n;
	register long a0 __asm__("a0");
	__asm__ __volatile__("ecall" : "=r"(a0) : "r"(a7) : "memory");
	return a0;
}

static inline long js_syscall1(long n, long a)
{
	register long a7 __asm__("a7") = n;
	register long a0 __asm__("a0") = a;
	__asm__ __volatile__("ecall" : "+r"(a0) : "r"(a7) : "memory");
	return a0;
}

static inline long js_syscall2(long n, long a, long b)
{
	register long a7 __asm__("a7") = n;
	register long a0 __asm__("a0") = a;
	register long a1 __asm__("a1") = b;
	__asm__ __volatile__("ecall" : "+r"(a0) : "r"(a7), "r"(a1) : "memory");
	return a0;
}

static inline long js_syscall3(long n, long a, long b, long c)
{
	register long a7 __asm__("a7") = n;
	register long a0 __asm__("a0") = a;
	register long a1 __asm__("a1") = b;
	register long a2 __asm__("a2") = c;
	__asm__ __volatile__("ecall" : "+r"(a0) : "r"(a7), "r"(a1), "r"(a2)
			     : "memory");
	return a0;
}

static inline long js_syscall4(long n, long a, long b, long c, long d)
{
	register long a7 __asm__("a7") = n;
	register long a0 __asm__("a0") = a;
	register long a1 __asm__("a1") = b;
	register long a2 __asm__("a2") = c;
	register long a3 __asm__("a3") = d;
	__asm__ __volatile__("ecall" : "+r"(a0)
			     : "r"(a7), "r"(a1), "r"(a2), "r"(a3)
			     : "memory");
	return a0;
}

static inline long js_syscall5(long n, long a, long b, long c, long d, long e)
{
	register long a7 __asm__("a7") = n;
	register long a0 __asm__("a0") = a;
	register long a1 __asm__("a1") = b;
	register long a2 __asm__("a2") = c;
	register long a3 __asm__("a3") = d;
	register long a4 __asm__("a4") = e;
	__asm__ __volatile__("ecall" : "+r"(a0)
			     : "r"(a7), "r"(a1), "r"(a2), "r"(a3), "r"(a4)
			     : "memory");
	return a0;
}

static inline long js_syscall6(long n, long a, long b, long c, long d, long e,
			       long f)
{
	register long a7 __asm__("a7") = n;
	register long a0 __asm__("a0") = a;
	register long a1 __asm__("a1") = b;
	register long a2 __asm__("a2") = c;
	register long a3 __asm__("a3") = d;
	register long a4 __asm__("a4") = e;
	register long a5 __asm__("a5") = f;
	__asm__ __volatile__("ecall" : "+r"(a0)
			     : "r"(a7), "r"(a1), "r"(a2), "r"(a3), "r"(a4),
			       "r"(a5)
			     : "memory");
	return a0;
}

#ifdef __cplusplus
}
#endif

#endif
