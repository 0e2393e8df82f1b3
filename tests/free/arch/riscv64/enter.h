/* Jump to a program entry with a stack the test built (the kernel's
 * entry state: sp at argc, a0 an atexit function or 0). */
static inline __attribute__((noreturn)) void jt_enter(void *sp, void (*entry)(void))
{
	__asm__ __volatile__("mv sp, %0\n\tli a0, 0\n\tjr %1"
			     : : "r"(sp), "r"(entry) : "a0", "memory");
	__builtin_unreachable();
}
