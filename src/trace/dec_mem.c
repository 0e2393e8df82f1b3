/* Memory calls as strace 6.1 shows them (its mem.c and mman.c are the
 * behaviour matched, not the code): addresses in hex, madvise's and
 * msync's names, mremap's fifth argument only with MREMAP_FIXED,
 * mincore's vector after the call. */
#include <libjs/sys.h>
#include <libjs/mem.h>
#include "trace.h"

#define FL(x) JS__FLAG(x)
#define NE(t) JS__NELEM(t)

static const struct js__flag madv[] = {
	FL(MADV_NORMAL), FL(MADV_RANDOM), FL(MADV_SEQUENTIAL),
	FL(MADV_WILLNEED), FL(MADV_DONTNEED), FL(MADV_FREE), FL(MADV_REMOVE),
	FL(MADV_DONTFORK), FL(MADV_DOFORK), FL(MADV_MERGEABLE),
	FL(MADV_UNMERGEABLE), FL(MADV_HUGEPAGE), FL(MADV_NOHUGEPAGE),
	FL(MADV_DONTDUMP), FL(MADV_DODUMP), FL(MADV_WIPEONFORK),
	FL(MADV_KEEPONFORK), FL(MADV_COLD), FL(MADV_PAGEOUT),
	FL(MADV_POPULATE_READ), FL(MADV_POPULATE_WRITE),
	FL(MADV_DONTNEED_LOCKED), FL(MADV_COLLAPSE), FL(MADV_HWPOISON),
	FL(MADV_SOFT_OFFLINE),
};
static const struct js__flag msyncfl[] = { FL(MS_ASYNC), FL(MS_SYNC), FL(MS_INVALIDATE) };
static const struct js__flag mclfl[] = { FL(MCL_CURRENT), FL(MCL_FUTURE), FL(MCL_ONFAULT) };
static const struct js__flag mremapfl[] = {
	FL(MREMAP_MAYMOVE), FL(MREMAP_FIXED), FL(MREMAP_DONTUNMAP),
};
static const struct js__flag mlock2fl[] = { FL(MLOCK_ONFAULT) };
static const struct js__flag mfdfl[] = {
	FL(MFD_CLOEXEC), FL(MFD_ALLOW_SEALING), FL(MFD_HUGETLB),
	FL(MFD_NOEXEC_SEAL), FL(MFD_EXEC),
};

static void sep(struct js__w *w)
{
	JS__PUTS(w, ", ");
}

/* Address, length: the head of most of these calls. */
static void range(struct js__ctx *c)
{
	js__put_ptr(c->w, c->a[0]);
	sep(c->w);
	js__put_udec(c->w, (unsigned long)c->a[1]);
}

/* mincore's vector: one byte per page, at most 32 shown. */
static void mincore_vec(struct js__ctx *c)
{
	unsigned long pages = ((unsigned long)c->a[1] + 4095) / 4096, i;
	unsigned char b[STRMAX];
	size_t n = pages > STRMAX ? STRMAX : (size_t)pages;
	struct js__w *w = c->w;

	if (c->failed || !c->a[2] || js__fetch(b, (const void *)c->a[2], n, 1) != n) {
		js__put_ptr(w, c->a[2]);
		return;
	}
	js__putc(w, '[');
	for (i = 0; i < n; i++) {
		if (i)
			sep(w);
		js__put_udec(w, b[i]);
	}
	if (pages > n)
		JS__PUTS(w, ", ...");
	js__putc(w, ']');
}

int js__dec_mem(struct js__ctx *c)
{
	struct js__w *w = c->w;
	const long *a = c->a;
	long nr = c->nr;

	if (nr == JS_NR_madvise) {
		range(c);
		sep(w);
		if (!js__put_name(w, madv, NE(madv), (unsigned long)a[2])) {
			js__put_hex(w, (unsigned int)a[2]);
			JS__PUTS(w, " /* MADV_??? */");
		}
		return JS__DEC_ARGS;
	}
	if (nr == JS_NR_mlock || nr == JS_NR_munlock) {
		range(c);
		return JS__DEC_ARGS;
	}
	if (nr == JS_NR_mlock2) {
		range(c);
		sep(w);
		js__put_bits(w, mlock2fl, NE(mlock2fl), (unsigned int)a[2], 0);
		return JS__DEC_ARGS;
	}
	if (nr == JS_NR_mlockall) {
		js__put_bits(w, mclfl, NE(mclfl), (unsigned int)a[0], 0);
		return JS__DEC_ARGS;
	}
	if (nr == JS_NR_msync) {
		range(c);
		sep(w);
		js__put_bits(w, msyncfl, NE(msyncfl), (unsigned int)a[2], 0);
		return JS__DEC_ARGS;
	}
	if (nr == JS_NR_mincore) {
		range(c);
		sep(w);
		mincore_vec(c);
		return JS__DEC_ARGS;
	}
	if (nr == JS_NR_mremap) {
		range(c);
		sep(w);
		js__put_udec(w, (unsigned long)a[2]);
		sep(w);
		js__put_bits(w, mremapfl, NE(mremapfl), (unsigned long)a[3], 0);
		if ((a[3] & (JS_MREMAP_MAYMOVE | JS_MREMAP_FIXED)) ==
		    (JS_MREMAP_MAYMOVE | JS_MREMAP_FIXED)) {
			sep(w);
			js__put_ptr(w, a[4]);
		}
		js__putc(w, ')');
		js__put_result(c, R_HEX);
		return JS__DEC_ALL;
	}
	if (nr == JS_NR_memfd_create) {
		{
			int keep = c->safe;

			c->safe = 1;	/* read safely whatever the result */
			js__put_path(c, a[0]);
			c->safe = keep;
		}
		sep(w);
		js__put_bits(w, mfdfl, NE(mfdfl), (unsigned int)a[1], 0);
		return JS__DEC_ARGS;
	}
	return 0;
}
