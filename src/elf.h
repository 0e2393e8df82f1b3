/* The few ELF64 structures libjs reads at run time, as the ELF gABI (and
 * the kernel's include/uapi/linux/elf.h, Elf64_*) lays them out: the vDSO
 * reader (src/vdso/) and the start code (src/rt/: program headers, the
 * static-pie dynamic section and relocations).  All three architectures
 * are 64-bit, little-endian.  Proven against glibc's <elf.h> by
 * tests/host/test_vdso_elf_layout.c. */
#ifndef LIBJS_SRC_ELF_H
#define LIBJS_SRC_ELF_H

#include <stdint.h>

struct js__elf_ehdr {
	unsigned char e_ident[16];
	uint16_t e_type, e_machine;
	uint32_t e_version;
	uint64_t e_entry, e_phoff, e_shoff;
	uint32_t e_flags;
	uint16_t e_ehsize, e_phentsize, e_phnum, e_shentsize, e_shnum,
		e_shstrndx;
};

struct js__elf_phdr {
	uint32_t p_type, p_flags;
	uint64_t p_offset, p_vaddr, p_paddr, p_filesz, p_memsz, p_align;
};

struct js__elf_dyn {
	int64_t d_tag;
	uint64_t d_val;
};

struct js__elf_rela {
	uint64_t r_offset, r_info;
	int64_t r_addend;
};

struct js__elf_sym {
	uint32_t st_name;
	unsigned char st_info, st_other;
	uint16_t st_shndx;
	uint64_t st_value, st_size;
};

struct js__elf_verdef {
	uint16_t vd_version, vd_flags, vd_ndx, vd_cnt;
	uint32_t vd_hash, vd_aux, vd_next;
};

struct js__elf_verdaux {
	uint32_t vda_name, vda_next;
};

#define JS__ELFCLASS64   2
#define JS__PT_LOAD      1
#define JS__PT_DYNAMIC   2
#define JS__PT_TLS       7
#define JS__DT_NULL      0
#define JS__DT_PLTRELSZ  2
#define JS__DT_HASH      4
#define JS__DT_STRTAB    5
#define JS__DT_SYMTAB    6
#define JS__DT_RELA      7
#define JS__DT_RELASZ    8
#define JS__DT_JMPREL    23
#define JS__DT_GNU_HASH  0x6ffffef5
#define JS__DT_VERSYM    0x6ffffff0
#define JS__DT_VERDEF    0x6ffffffc
#define JS__SHN_UNDEF    0
#define JS__SHN_ABS      0xfff1
#define JS__STB_GLOBAL   1
#define JS__STB_WEAK     2
#define JS__STT_OBJECT   1
#define JS__STT_FUNC     2
#define JS__VER_FLG_BASE 1

#endif
