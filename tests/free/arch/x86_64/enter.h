/* Jump to a program entry with a stack the test built (System V x86_64
 * ABI, 3.4.1: rsp at argc, rdx an atexit function or 0). */
static inline __attribute__((noreturn)) void jt_enter(void *sp, void (*entry)(void))
{
	__asm__ __volatile__("mov %0, %%rsp\n\txor %%edx, %%edx\n\tjmp *%1"
			     : : "r"(sp), "r"(entry) : "rdx", "memory");
	__builtin_unreachable();
}
