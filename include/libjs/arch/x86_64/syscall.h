/* x86_64 system call primitive: the only place libjs talks to the kernel.
 * Kernel ABI (arch/x86/entry/entry_64.S): number in rax, arguments in rdi,
 * rsi, rdx, r10, r8, r9; result in rax; the `syscall` instruction itself
 * overwrites rcx (return rip) and r11 (rflags).  "memory" is clobbered
 * because the kernel may read or write any buffer we pass. */
#ifndef LIBJS_ARCH_X86_64_SYSCALL_H
#define LIBJS_ARCH_X86_64_SYSCALL_H

#ifdef __cplusplus
extern "C" {
#endif

static inline long js_syscall0(long n)
{
	long r;
	__asm__ __volatile__("syscall" : "=a"(r) : "a"(n) : "rcx", "r11", "memory");
	return r;
}

static inline long js_syscall1(long n, long a)
{
	long r;
	__asm__ __volatile__("syscall" : "=a"(r) : "a"(n), "D"(a)
			     : "rcx", "r11", "memory");
	return r;
}

static inline long js_syscall2(long n, long a, long b)
{
	long r;
	__asm__ __volatile__("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b)
			     : "rcx", "r11", "memory");
	return r;
}

static inline long js_syscall3(long n, long a, long b, long c)
{
	long r;
	__asm__ __volatile__("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c)
			     : "rcx", "r11", "memory");
	return r;
}

static inline long js_syscall4(long n, long a, long b, long c, long d)
{
	long r;
	register long r10 __asm__("r10") = d;
	__asm__ __volatile__("syscall" : "=a"(r)
			     : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10)
			     : "rcx", "r11", "memory");
	return r;
}

static inline long js_syscall5(long n, long a, long b, long c, long d, long e)
{
	long r;
	register long r10 __asm__("r10") = d;
	register long r8 __asm__("r8") = e;
	__asm__ __volatile__("syscall" : "=a"(r)
			     : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8)
			     : "rcx", "r11", "memory");
	return r;
}

static inline long js_syscall6(long n, long a, long b, long c, long d, long e,
			       long f)
{
	long r;
	register long r10 __asm__("r10") = d;
	register long r8 __asm__("r8") = e;
	register long r9 __asm__("r9") = f;
	__asm__ __volatile__("syscall" : "=a"(r)
			     : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8),
			       "r"(r9)
			     : "rcx", "r11", "memory");
	return r;
}

#ifdef __cplusplus
}
#endif

#endif
