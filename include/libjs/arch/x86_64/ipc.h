/* x86_64's System V IPC layouts that differ from the generic ABI. */
#ifndef LIBJS_ARCH_X86_64_IPC_H
#define LIBJS_ARCH_X86_64_IPC_H

/* struct semid64_ds's two times, arch/x86/include/uapi/asm/sembuf.h (the
 * !__i386__ branch): each followed by an unused word, padding x86_64
 * kept from x32 ("incorrectly added", says the header); 104 bytes. */
#define JS__SEMID_DS_TIMES                                                     \
	long sem_otime;                                                        \
	unsigned long __unused1;                                               \
	long sem_ctime;                                                        \
	unsigned long __unused2;

#endif
