/* What the start code's parts (start.c, tls.c, irel.c, ssp.c) and the
 * thread code share.  Internal: js__ names, not part of the API. */
#ifndef LIBJS_SRC_RT_RT_H
#define LIBJS_SRC_RT_RT_H

#include <libjs/proc.h>
#include "../elf.h"
#include "tcb.h"
#include "reloc.h"

/* The value of auxiliary vector entry t in av, 0 when absent. */
static inline unsigned long js__aux(const unsigned long *av, unsigned long t)
{
	for (; av[0] != JS_AT_NULL; av += 2)
		if (av[0] == t)
			return av[1];
	return 0;
}

/* Calls the ifunc resolver at fn with what glibc passes it on this
 * architecture (reloc.h) and returns the address it chose. */
static inline unsigned long js__ifunc(unsigned long fn, const unsigned long *av)
{
#define JS__AUX(t) js__aux(av, t)
	(void)av; /* x86_64's resolvers take no argument */
	return JS_IFUNC_CALL(fn, JS__AUX);
#undef JS__AUX
}

/* The main thread's TLS block and TCB, its thread pointer and the
 * stack-protector guard (tls.c, in libjs-rt.a; the start code's weak
 * default does nothing).  name: argv[0], for the
 * protector's message.  Ends the program if memory cannot be had. */
void js__tls_setup(const unsigned long *av, const char *name);
/* libjs-cc --sandbox (sandbox.c): the filter of the link-time set, with
 * default_action for every other call; js__sandbox_start is the start
 * code's hook, replaced by sandbox_kill.c, sandbox_errno.c or
 * sandbox_log.c. */
void js__sandbox_install(unsigned int default_action);
void js__sandbox_start(void);
/* argv[0] as js__tls_setup saw it; NULL when unknown or privileged. */
extern const char *js__prog_name __attribute__((visibility("hidden")));

/* In code that needs js__tls_setup (the protector, the thread code): a
 * reference to tls.c's js__tls_pull, which makes the linker take tls.c
 * from libjs-rt.a; its strong js__tls_setup then replaces the start
 * code's weak one.  A real load, not an assembler directive, so that it
 * survives link-time optimisation's symbol tables. */
extern const char js__tls_pull;
#define JS__NEED_TLS_SETUP() ((void)*(const volatile char *)&js__tls_pull)

#endif
