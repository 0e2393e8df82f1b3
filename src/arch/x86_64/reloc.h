/* x86_64 self-relocation for static-pie: the only relocation a static-pie
 * link leaves is R_X86_64_RELATIVE (elf.h: 8), *(base + r_offset) =
 * base + r_addend. */
#ifndef LIBJS_ARCH_X86_64_RELOC_H
#define LIBJS_ARCH_X86_64_RELOC_H
#define JS_R_RELATIVE 8
#endif
