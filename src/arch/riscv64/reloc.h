/* riscv64 self-relocation for static-pie: the only relocation a static-pie
 * link leaves is R_RISCV_RELATIVE (elf.h: 3, RISC-V ELF psABI),
 * *(base + r_offset) = base + r_addend. */
#ifndef LIBJS_ARCH_RISCV64_RELOC_H
#define LIBJS_ARCH_RISCV64_RELOC_H
#define JS_R_RELATIVE 3
#endif
