/* Processes: identity, exit, and what the program entry records (the
 * environment and the auxiliary vector). */
#ifndef LIBJS_PROC_H
#define LIBJS_PROC_H

#include "sys.h"
#include "types.h"

/* ---- Identity (the seed's) ------------------------------------------ */
long js_getpid(void);                           /* getpid(2) */
long js_getppid(void);                          /* getppid(2) */
long js_getuid(void);                           /* getuid(2) */
long js_geteuid(void);                          /* geteuid(2) */
long js_getgid(void);                           /* getgid(2) */
long js_getegid(void);                          /* getegid(2) */

/* ---- Exit ----------------------------------------------------------- */
/* _exit(2) for this thread only (the raw exit syscall). */
__attribute__((noreturn)) void js_exit(int status);
/* exit_group(2): every thread; what returning from main does. */
__attribute__((noreturn)) void js_exit_group(int status);

/* ---- Environment and auxiliary vector ------------------------------- */

/* The environment, as recorded by the freestanding entry (_start) or by
 * js_env_init.  NULL in a program whose entry recorded nothing. */
extern char **js_environ;

/* For programs with their own entry (or linked next to libc): record envp
 * (main's third argument) so that js_getenv and js_getauxval work. */
void js_env_init(char **envp);

/* getenv(3): the value of name, or NULL. */
char *js_getenv(const char *name);

/* getauxval(3): the value of auxv entry type, 0 when absent. */
unsigned long js_getauxval(unsigned long type);

/* Auxiliary vector types (include/uapi/linux/auxvec.h, asm/auxvec.h). */
#define JS_AT_NULL          0
#define JS_AT_IGNORE        1
#define JS_AT_EXECFD        2
#define JS_AT_PHDR          3
#define JS_AT_PHENT         4
#define JS_AT_PHNUM         5
#define JS_AT_PAGESZ        6
#define JS_AT_BASE          7
#define JS_AT_FLAGS         8
#define JS_AT_ENTRY         9
#define JS_AT_NOTELF        10
#define JS_AT_UID           11
#define JS_AT_EUID          12
#define JS_AT_GID           13
#define JS_AT_EGID          14
#define JS_AT_PLATFORM      15
#define JS_AT_HWCAP         16
#define JS_AT_CLKTCK        17
#define JS_AT_SECURE        23
#define JS_AT_BASE_PLATFORM 24
#define JS_AT_RANDOM        25
#define JS_AT_HWCAP2        26
#define JS_AT_EXECFN        31
#define JS_AT_SYSINFO_EHDR  33
#define JS_AT_MINSIGSTKSZ   51

#endif
