/* The vDSO: the small shared object the kernel maps into every process
 * (vdso(7)), whose functions answer some calls without entering the
 * kernel.  libjs's js_clock_gettime, js_clock_getres, js_gettimeofday,
 * js_time, js_getcpu and js_getrandom use it by themselves (docs/vdso.md
 * says which, per architecture); this header is for programs that want
 * another of its symbols.
 *
 * The reader follows the ELF image at getauxval(AT_SYSINFO_EHDR) as the
 * kernel's reference parser (tools/testing/selftests/vDSO/parse_vdso.c)
 * does: the dynamic symbol table through DT_GNU_HASH or DT_HASH, symbol
 * versions through DT_VERSYM/DT_VERDEF.  It keeps nothing between calls.
 * Next to glibc it finds the vDSO only after js_env_init(envp). */
#ifndef LIBJS_VDSO_H
#define LIBJS_VDSO_H

#include "sys.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The address of the vDSO's defined function or object `name` with
 * version `version` (NULL: any version), or NULL when the process has no
 * vDSO (qemu-user, vdso=0 on the kernel command line, auxv not recorded
 * yet) or the vDSO has no such symbol.  The per-architecture names and
 * version of the calls libjs uses are JS_VDSO_VERSION and JS_VDSO_SYM_*
 * (include/libjs/arch/<arch>/vdso.h); a JS_VDSO_SYM_* that is not defined
 * is a call that architecture's vDSO does not have (or has only as a
 * system call in disguise). */
void *js_vdso_sym(const char *name, const char *version);

#ifdef __cplusplus
}
#endif

#endif
