/* aarch64 self-relocation for static-pie: the only relocation a static-pie
 * link leaves is R_AARCH64_RELATIVE (elf.h: 1027, ELF for the Arm 64-bit
 * Architecture), *(base + r_offset) = base + r_addend. */
#ifndef LIBJS_ARCH_AARCH64_RELOC_H
#define LIBJS_ARCH_AARCH64_RELOC_H
#define JS_R_RELATIVE 1027
#endif
