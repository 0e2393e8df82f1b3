/* x86_64 memory constants that other architectures lack
 * (arch/x86/include/uapi/asm/mman.h). */
#ifndef LIBJS_ARCH_X86_64_MEM_H
#define LIBJS_ARCH_X86_64_MEM_H

/* mmap(2): map into the first 2 GiB (x86_64 only). */
#define JS_MAP_32BIT 0x40

#endif
