/* The ELF structures and constants the vDSO reader walks
 * (src/elf.h) against glibc's <elf.h>, the gABI's own names. */
#include <elf.h>
#include "layout.h"
#include "../../src/elf.h"

#define T_SIZE(js, t) { "sizeof " #js, (long)sizeof(struct js), (long)sizeof(t) }
#define T_FIELD2(js, jm, t, tm)                                               \
	{ #js "." #jm, (long)offsetof(struct js, jm), (long)offsetof(t, tm) }, \
	{ "sizeof " #js "." #jm, (long)sizeof(((struct js *)0)->jm),           \
	  (long)sizeof(((t *)0)->tm) }
#define T_FIELD(js, t, m) T_FIELD2(js, m, t, m)

static void structs_match_elf_h(void **state)
{
	(void)state;
	static const struct layout_row rows[] = {
		T_SIZE(js__elf_ehdr, Elf64_Ehdr),
		T_FIELD(js__elf_ehdr, Elf64_Ehdr, e_ident),
		T_FIELD(js__elf_ehdr, Elf64_Ehdr, e_type),
		T_FIELD(js__elf_ehdr, Elf64_Ehdr, e_machine),
		T_FIELD(js__elf_ehdr, Elf64_Ehdr, e_version),
		T_FIELD(js__elf_ehdr, Elf64_Ehdr, e_entry),
		T_FIELD(js__elf_ehdr, Elf64_Ehdr, e_phoff),
		T_FIELD(js__elf_ehdr, Elf64_Ehdr, e_shoff),
		T_FIELD(js__elf_ehdr, Elf64_Ehdr, e_flags),
		T_FIELD(js__elf_ehdr, Elf64_Ehdr, e_ehsize),
		T_FIELD(js__elf_ehdr, Elf64_Ehdr, e_phentsize),
		T_FIELD(js__elf_ehdr, Elf64_Ehdr, e_phnum),
		T_FIELD(js__elf_ehdr, Elf64_Ehdr, e_shentsize),
		T_FIELD(js__elf_ehdr, Elf64_Ehdr, e_shnum),
		T_FIELD(js__elf_ehdr, Elf64_Ehdr, e_shstrndx),

		T_SIZE(js__elf_phdr, Elf64_Phdr),
		T_FIELD(js__elf_phdr, Elf64_Phdr, p_type),
		T_FIELD(js__elf_phdr, Elf64_Phdr, p_flags),
		T_FIELD(js__elf_phdr, Elf64_Phdr, p_offset),
		T_FIELD(js__elf_phdr, Elf64_Phdr, p_vaddr),
		T_FIELD(js__elf_phdr, Elf64_Phdr, p_paddr),
		T_FIELD(js__elf_phdr, Elf64_Phdr, p_filesz),
		T_FIELD(js__elf_phdr, Elf64_Phdr, p_memsz),
		T_FIELD(js__elf_phdr, Elf64_Phdr, p_align),

		T_SIZE(js__elf_dyn, Elf64_Dyn),
		T_FIELD(js__elf_dyn, Elf64_Dyn, d_tag),
		T_FIELD2(js__elf_dyn, d_val, Elf64_Dyn, d_un.d_val),

		T_SIZE(js__elf_rela, Elf64_Rela),
		T_FIELD(js__elf_rela, Elf64_Rela, r_offset),
		T_FIELD(js__elf_rela, Elf64_Rela, r_info),
		T_FIELD(js__elf_rela, Elf64_Rela, r_addend),

		T_SIZE(js__elf_sym, Elf64_Sym),
		T_FIELD(js__elf_sym, Elf64_Sym, st_name),
		T_FIELD(js__elf_sym, Elf64_Sym, st_info),
		T_FIELD(js__elf_sym, Elf64_Sym, st_other),
		T_FIELD(js__elf_sym, Elf64_Sym, st_shndx),
		T_FIELD(js__elf_sym, Elf64_Sym, st_value),
		T_FIELD(js__elf_sym, Elf64_Sym, st_size),

		T_SIZE(js__elf_verdef, Elf64_Verdef),
		T_FIELD(js__elf_verdef, Elf64_Verdef, vd_version),
		T_FIELD(js__elf_verdef, Elf64_Verdef, vd_flags),
		T_FIELD(js__elf_verdef, Elf64_Verdef, vd_ndx),
		T_FIELD(js__elf_verdef, Elf64_Verdef, vd_cnt),
		T_FIELD(js__elf_verdef, Elf64_Verdef, vd_hash),
		T_FIELD(js__elf_verdef, Elf64_Verdef, vd_aux),
		T_FIELD(js__elf_verdef, Elf64_Verdef, vd_next),

		T_SIZE(js__elf_verdaux, Elf64_Verdaux),
		T_FIELD(js__elf_verdaux, Elf64_Verdaux, vda_name),
		T_FIELD(js__elf_verdaux, Elf64_Verdaux, vda_next),
	};
	check_rows(rows, ARRAY_LEN(rows));
}

static void constants_match_elf_h(void **state)
{
	(void)state;
	static const struct layout_row rows[] = {
		CONST_ROW(JS__ELFCLASS64, ELFCLASS64),
		CONST_ROW(JS__PT_LOAD, PT_LOAD),
		CONST_ROW(JS__PT_DYNAMIC, PT_DYNAMIC),
		CONST_ROW(JS__PT_TLS, PT_TLS),
		CONST_ROW(JS__DT_NULL, DT_NULL),
		CONST_ROW(JS__DT_HASH, DT_HASH),
		CONST_ROW(JS__DT_STRTAB, DT_STRTAB),
		CONST_ROW(JS__DT_SYMTAB, DT_SYMTAB),
		CONST_ROW(JS__DT_PLTRELSZ, DT_PLTRELSZ),
		CONST_ROW(JS__DT_RELA, DT_RELA),
		CONST_ROW(JS__DT_RELASZ, DT_RELASZ),
		CONST_ROW(JS__DT_JMPREL, DT_JMPREL),
		CONST_ROW(JS__DT_GNU_HASH, DT_GNU_HASH),
		CONST_ROW(JS__DT_VERSYM, DT_VERSYM),
		CONST_ROW(JS__DT_VERDEF, DT_VERDEF),
		CONST_ROW(JS__SHN_UNDEF, SHN_UNDEF),
		CONST_ROW(JS__SHN_ABS, SHN_ABS),
		CONST_ROW(JS__STB_GLOBAL, STB_GLOBAL),
		CONST_ROW(JS__STB_WEAK, STB_WEAK),
		CONST_ROW(JS__STT_OBJECT, STT_OBJECT),
		CONST_ROW(JS__STT_FUNC, STT_FUNC),
		CONST_ROW(JS__VER_FLG_BASE, VER_FLG_BASE),
	};
	check_rows(rows, ARRAY_LEN(rows));
}

/* The relocation types the start code applies, each architecture's
 * reloc.h against <elf.h>, which names every architecture's. */
#undef LIBJS_ARCH_X86_64_RELOC_H
#include "../../src/arch/x86_64/reloc.h"
static const long x86_64_rel[2] = { JS_R_RELATIVE, JS_R_IRELATIVE };
#undef JS_R_RELATIVE
#undef JS_R_IRELATIVE
#undef JS_IFUNC_CALL
#include "../../src/arch/aarch64/reloc.h"
static const long aarch64_rel[2] = { JS_R_RELATIVE, JS_R_IRELATIVE };
#undef JS_R_RELATIVE
#undef JS_R_IRELATIVE
#undef JS_IFUNC_CALL
#include "../../src/arch/riscv64/reloc.h"
static const long riscv64_rel[2] = { JS_R_RELATIVE, JS_R_IRELATIVE };

static void relocation_types_match_elf_h(void **state)
{
	(void)state;
	assert_int_equal(x86_64_rel[0], R_X86_64_RELATIVE);
	assert_int_equal(x86_64_rel[1], R_X86_64_IRELATIVE);
	assert_int_equal(aarch64_rel[0], R_AARCH64_RELATIVE);
	assert_int_equal(aarch64_rel[1], R_AARCH64_IRELATIVE);
	assert_int_equal(riscv64_rel[0], R_RISCV_RELATIVE);
	assert_int_equal(riscv64_rel[1], R_RISCV_IRELATIVE);
	/* aarch64's resolvers: sys/ifunc.h's _IFUNC_ARG_HWCAP is bit 62
	 * (that header exists only on aarch64 systems). */
	assert_int_equal(JS_IFUNC_ARG_HWCAP, 1UL << 62);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(structs_match_elf_h),
		cmocka_unit_test(constants_match_elf_h),
		cmocka_unit_test(relocation_types_match_elf_h),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
