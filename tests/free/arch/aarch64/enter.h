/* Jump to a program entry with a stack the test built (the kernel's
 * entry state: sp at argc, x0 an atexit function or 0). */
static inline __attribute__((noreturn)) void jt_enter(void *sp, void (*entry)(void))
{
	__asm__ __volatile__("mov sp, %0\n\tmov x0, #0\n\tbr %1"
			     : : "r"(sp), "r"(entry) : "x0", "memory");
	__builtin_unreachable();
}
