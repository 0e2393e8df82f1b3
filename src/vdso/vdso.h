/* How wrappers use the vDSO (include/libjs/vdso.h, docs/vdso.md).
 *
 * Each vDSO function a wrapper may call has a slot: 0 = not looked up
 * yet, 1 = this process's vDSO has none (make the system call), anything
 * else = the function.  The lookup runs on first use; threads racing on
 * it find and store the same value, so no lock is needed, and the slot is
 * read with a relaxed load: the vDSO was mapped before the program
 * started and nothing else is published through the pointer.  With
 * tracing off a call costs that load, one compare and the vDSO's own
 * work. */
#ifndef LIBJS_SRC_VDSO_VDSO_H
#define LIBJS_SRC_VDSO_VDSO_H

#include <stddef.h>
#include <stdint.h>
#include <libjs/vdso.h>
#include "../internal.h"
#include "../call.h"

/* js_vdso_sym on the image at ehdr; sysv != 0 uses DT_HASH even when the
 * image also has DT_GNU_HASH (so tests reach both lookups). */
JS__HIDDEN void *js__vdso_sym_in(const void *ehdr, const char *name,
				 const char *version, int sysv);

/* The slow side of js__vdso_fn: looks name up (JS_VDSO_VERSION), stores
 * the answer in *slot and returns the function or NULL.  When the
 * auxiliary vector is not recorded yet (next to glibc, before
 * js_env_init) it returns NULL and stores nothing, so a later call looks
 * again. */
JS__HIDDEN void *js__vdso_lookup(void **slot, const char *name);

/* The function in *slot, or NULL: make the system call. */
static inline void *js__vdso_fn(void **slot, const char *name)
{
	void *p = __atomic_load_n(slot, __ATOMIC_RELAXED);

	if (__builtin_expect((uintptr_t)p > 1, 1))
		return p;
	if (p)
		return 0;	/* looked up: none */
	return js__vdso_lookup(slot, name);
}

/* The function in *slot if it has been looked up and exists, else NULL
 * (the caller's out-of-line path then calls js__vdso_fn).  Just the load
 * and a compare, for wrappers' fast paths. */
static inline void *js__vdso_ready(void **slot)
{
	void *p = __atomic_load_n(slot, __ATOMIC_RELAXED);

	return (uintptr_t)p > 1 ? p : 0;
}

/* The clocks the kernel's generic vDSO (lib/vdso/gettimeofday.c, used by
 * all three architectures) reads in user space: REALTIME, MONOTONIC,
 * MONOTONIC_RAW, REALTIME_COARSE, MONOTONIC_COARSE, BOOTTIME, TAI.  For
 * any other clock the vDSO makes the system call itself; the traced path
 * sends those to the system call directly, so that a line marked as
 * answered by the vDSO never hides a system call. */
#define JS__VDSO_CLOCKS 0x8f3ul
static inline int js__vdso_clock(long id)
{
	return (unsigned long)id < 32 && ((JS__VDSO_CLOCKS >> id) & 1);
}

/* ---- getrandom (src/vdso/vgetrandom.c) ------------------------------ */

/* The vDSO's getrandom(buffer, len, flags, opaque_state, opaque_len)
 * (lib/vdso/getrandom.c). */
typedef long (*js__vgetrandom_fn)(void *buf, size_t len, unsigned int flags,
				  void *state, size_t state_len);
/* The flags it handles itself: GRND_NONBLOCK, GRND_RANDOM, GRND_INSECURE. */
#define JS__VGETRANDOM_FLAGS 0x7u

/* The function, or NULL (no vDSO getrandom): looked up once, with the
 * kernel's vgetrandom_opaque_params. */
JS__HIDDEN js__vgetrandom_fn js__vgetrandom(void);
/* The size of one opaque state (valid once js__vgetrandom() != NULL). */
JS__HIDDEN size_t js__vgetrandom_state_size(void);
/* A state from the pool (mapping a new batch when it is empty), or NULL
 * when none can be had; lock-free, async-signal-safe. */
JS__HIDDEN void *js__vgetrandom_state_get(void);
/* Give a state back to the pool; lock-free, async-signal-safe. */
JS__HIDDEN void js__vgetrandom_state_put(void *state);

#endif
