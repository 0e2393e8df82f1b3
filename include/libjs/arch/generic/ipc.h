/* System V IPC layouts of the architectures that follow the generic ABI
 * (aarch64, riscv64). */
#ifndef LIBJS_ARCH_GENERIC_IPC_H
#define LIBJS_ARCH_GENERIC_IPC_H

/* struct semid64_ds's two times, include/uapi/asm-generic/sembuf.h (the
 * __BITS_PER_LONG == 64 branch): no padding; 88 bytes. */
#define JS__SEMID_DS_TIMES                                                     \
	long sem_otime;                                                        \
	long sem_ctime;

#endif
