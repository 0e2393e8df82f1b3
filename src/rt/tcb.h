/* The thread control block (TCB): what libjs keeps per thread, and where
 * it sits relative to the thread pointer (tp) and the thread's copy of the
 * program's TLS block.  One definition for the main thread (set up by the
 * start code, src/rt/tls.c) and every thread js_thread_create makes.
 *
 * The architecture decides the layout (src/arch/<arch>/tp.h):
 *   variant II (x86_64):  [ TLS block ][ TCB ]      tp = TCB
 *   variant I (aarch64):  [ TCB ][ 16 reserved ][ TLS block ]
 *                                 tp ^
 *   variant I (riscv64):  [ TCB ][ TLS block ]      tp = TLS block
 * where the TLS block is the PT_TLS image: p_filesz bytes copied from
 * p_vaddr, then zeros up to p_memsz, placed at a p_align boundary. */
#ifndef LIBJS_SRC_RT_TCB_H
#define LIBJS_SRC_RT_TCB_H

#include <stddef.h>
#include <stdint.h>
#include "tp.h"

/* The program's TLS image (PT_TLS), as found at start. */
struct js__tls_image {
	const void *init;   /* p_vaddr at run time */
	size_t filesz, memsz, align;
};

struct js__tcb {
	JS_TCB_ABI_HEAD
	/* The kernel's CLONE_CHILD_CLEARTID word: the thread's id while it
	 * runs, 0 (and a futex wake) once it has exited. */
	int tid;
	int detached;
	/* The one mapping holding stack, guard page, TLS and this TCB (0 for
	 * the main thread, whose block is never unmapped). */
	void *map;
	size_t map_size;
	int (*fn)(void *);
	void *arg;
	int result;
	/* The image every new thread's TLS block is made from. */
	struct js__tls_image tls;
} __attribute__((aligned(16)));
JS_TCB_ABI_ASSERT();

#define JS__ROUND_UP(x, a) (((x) + (a) - 1) & ~((size_t)(a) - 1))

/* tp's alignment: the segment's (so the block is aligned) and the TCB's. */
static inline size_t js__tls_align(const struct js__tls_image *im)
{
	return im->align > 16 ? im->align : 16;
}

static inline struct js__tcb *js__tcb_of(void *tp)
{
	if (JS_TLS_BELOW_TP)
		return (struct js__tcb *)tp;
	return (struct js__tcb *)tp - 1;
}

static inline void js__tcb_of_init(void *tp, const struct js__tls_image *im)
{
	struct js__tcb *t = js__tcb_of(tp);

	JS_TCB_INIT(t, tp);
	t->tls = *im;
}

/* The TLS block's offset below tp (variant II) or above it (variant I):
 * the linker computed every local-exec offset from these, with the
 * segment's own p_align (x86_64: tp - round_up(p_memsz, p_align); aarch64:
 * tp + round_up(16, p_align); riscv64: tp). */
static inline size_t js__tls_offset(const struct js__tls_image *im)
{
	if (JS_TLS_BELOW_TP)
		return JS__ROUND_UP(im->memsz, im->align);
	return JS__ROUND_UP(JS_TLS_TP_RESERVED, im->align);
}

/* The size of a block holding one thread's TLS and TCB. */
static inline size_t js__tls_size(const struct js__tls_image *im)
{
	return js__tls_offset(im) + js__tls_align(im) + sizeof(struct js__tcb) +
	       (JS_TLS_BELOW_TP ? 0 : im->memsz);
}

/* Lays out TLS and TCB in zero-filled memory at base (js__tls_size bytes,
 * 16-byte aligned), copies the TLS image in, fills in the TCB
 * (js__tcb_of(tp)) and returns tp. */
static inline void *js__tls_place(void *base, const struct js__tls_image *im)
{
	size_t a = js__tls_align(im), off = js__tls_offset(im);
	uintptr_t b = (uintptr_t)base, tp;
	unsigned char *blk;
	const unsigned char *src = (const unsigned char *)im->init;

	if (JS_TLS_BELOW_TP) {
		tp = JS__ROUND_UP(b + off, a);
		blk = (unsigned char *)(tp - off);
	} else {
		tp = JS__ROUND_UP(b + sizeof(struct js__tcb), a);
		blk = (unsigned char *)(tp + off);
	}
	for (size_t i = 0; i < im->filesz; i++)
		blk[i] = src[i];
	js__tcb_of_init((void *)tp, im);
	return (void *)tp;
}

#endif
