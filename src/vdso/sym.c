/* js_vdso_sym: look a symbol up in the vDSO's dynamic symbol table, as
 * tools/testing/selftests/vDSO/parse_vdso.c describes and the ELF gABI
 * ("Dynamic Section", "Hash Table", "Symbol Versioning") specifies.  The
 * image is the kernel's own, so it is trusted to be well formed; what is
 * checked is only what may legitimately be absent (no vDSO, no GNU hash,
 * no version tables). */
#include <libjs/vdso.h>
#include <libjs/proc.h>
#include "../elf.h"
#include "vdso.h"

struct image {
	uintptr_t load;			/* added to every address in the image */
	const char *strtab;
	const struct js__elf_sym *symtab;
	const uint32_t *hash;		/* DT_HASH, or NULL */
	const uint32_t *gnu_hash;	/* DT_GNU_HASH, or NULL */
	const uint16_t *versym;		/* NULL: no versions */
	const struct js__elf_verdef *verdef;
};

static int streq(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

/* The SysV ELF hash (gABI "Hash Table"); also the vd_hash of a version. */
static uint32_t elf_hash(const char *s)
{
	uint32_t h = 0, g;

	while (*s) {
		h = (h << 4) + (unsigned char)*s++;
		g = h & 0xf0000000u;
		if (g)
			h ^= g >> 24;
		h &= ~g;
	}
	return h;
}

/* The GNU hash (DJB's h * 33 + c), as binutils' DT_GNU_HASH uses it. */
static uint32_t gnu_hash(const char *s)
{
	uint32_t h = 5381;

	while (*s)
		h = h * 33 + (unsigned char)*s++;
	return h;
}

static int open_image(struct image *im, const struct js__elf_ehdr *eh)
{
	const struct js__elf_phdr *ph;
	const struct js__elf_dyn *dyn = 0, *d;
	int i, have_load = 0;

	if (!eh || eh->e_ident[0] != 0x7f || eh->e_ident[1] != 'E' ||
	    eh->e_ident[2] != 'L' || eh->e_ident[3] != 'F' ||
	    eh->e_ident[4] != JS__ELFCLASS64)
		return 0;
	ph = (const void *)((uintptr_t)eh + eh->e_phoff);
	for (i = 0; i < eh->e_phnum; i++) {
		/* The first PT_LOAD maps file offset p_offset at p_vaddr;
		 * the image sits at eh, so addresses move by the difference. */
		if (ph[i].p_type == JS__PT_LOAD && !have_load) {
			im->load = (uintptr_t)eh + ph[i].p_offset - ph[i].p_vaddr;
			have_load = 1;
		} else if (ph[i].p_type == JS__PT_DYNAMIC) {
			dyn = (const void *)((uintptr_t)eh + ph[i].p_offset);
		}
	}
	if (!have_load || !dyn)
		return 0;
	im->strtab = 0;
	im->symtab = 0;
	im->hash = im->gnu_hash = 0;
	im->versym = 0;
	im->verdef = 0;
	for (d = dyn; d->d_tag != JS__DT_NULL; d++) {
		const void *p = (const void *)(im->load + d->d_val);

		switch (d->d_tag) {
		case JS__DT_STRTAB: im->strtab = p; break;
		case JS__DT_SYMTAB: im->symtab = p; break;
		case JS__DT_HASH: im->hash = p; break;
		case JS__DT_GNU_HASH: im->gnu_hash = p; break;
		case JS__DT_VERSYM: im->versym = p; break;
		case JS__DT_VERDEF: im->verdef = p; break;
		}
	}
	/* Versions need both tables; with one missing, ignore versions as
	 * parse_vdso.c does. */
	if (!im->versym || !im->verdef)
		im->versym = 0;
	return im->strtab && im->symtab && (im->hash || im->gnu_hash);
}

/* Does symbol i carry version `version`?  Its DT_VERSYM entry is the index
 * of a DT_VERDEF entry whose first auxiliary entry names the version. */
static int version_ok(const struct image *im, uint32_t i, const char *version)
{
	const struct js__elf_verdef *vd = im->verdef;
	unsigned ndx;

	if (!version || !im->versym)
		return 1;
	ndx = im->versym[i] & 0x7fff;	/* bit 15: hidden */
	for (;;) {
		if (!(vd->vd_flags & JS__VER_FLG_BASE) && vd->vd_ndx == ndx) {
			const struct js__elf_verdaux *aux =
				(const void *)((const char *)vd + vd->vd_aux);

			return vd->vd_hash == elf_hash(version) &&
			       streq(im->strtab + aux->vda_name, version);
		}
		if (!vd->vd_next)
			return 0;
		vd = (const void *)((const char *)vd + vd->vd_next);
	}
}

static void *match(const struct image *im, uint32_t i, const char *name,
		   const char *version)
{
	const struct js__elf_sym *s = &im->symtab[i];
	unsigned type = s->st_info & 0xf, bind = s->st_info >> 4;

	/* SHN_ABS: the version names themselves (LINUX_2.6 = 0), not code. */
	if (s->st_shndx == JS__SHN_UNDEF || s->st_shndx == JS__SHN_ABS ||
	    (type != JS__STT_FUNC && type != JS__STT_OBJECT) ||
	    (bind != JS__STB_GLOBAL && bind != JS__STB_WEAK) ||
	    !streq(im->strtab + s->st_name, name) ||
	    !version_ok(im, i, version))
		return 0;
	return (void *)(im->load + s->st_value);
}

/* DT_GNU_HASH: nbuckets, symoffset, bloom_size, bloom_shift, the Bloom
 * filter (bloom_size 64-bit words), the buckets, then one chain word per
 * symbol from symoffset on, whose low bit ends a chain. */
static void *lookup_gnu(const struct image *im, const char *name,
			const char *version)
{
	const uint32_t *g = im->gnu_hash;
	uint32_t nbuckets = g[0], symoffset = g[1], bloom_size = g[2];
	uint32_t shift = g[3], h = gnu_hash(name), i;
	const uint64_t *bloom = (const uint64_t *)(g + 4);
	const uint32_t *buckets = (const uint32_t *)(bloom + bloom_size);
	const uint32_t *chain = buckets + nbuckets;
	uint64_t word;

	if (!nbuckets || !bloom_size)
		return 0;
	word = bloom[(h / 64) % bloom_size];
	if (!((word >> (h % 64)) & (word >> ((h >> shift) % 64)) & 1))
		return 0;
	for (i = buckets[h % nbuckets]; i >= symoffset && i; i++) {
		uint32_t h2 = chain[i - symoffset];
		void *p;

		if ((h | 1) == (h2 | 1) && (p = match(im, i, name, version)))
			return p;
		if (h2 & 1)
			break;
	}
	return 0;
}

/* DT_HASH: nbucket, nchain, the buckets, then the chains. */
static void *lookup_sysv(const struct image *im, const char *name,
			 const char *version)
{
	const uint32_t *h = im->hash;
	uint32_t nbucket = h[0], i;
	const uint32_t *chain = h + 2 + nbucket;

	if (!nbucket)
		return 0;
	for (i = h[2 + elf_hash(name) % nbucket]; i; i = chain[i]) {
		void *p = match(im, i, name, version);

		if (p)
			return p;
	}
	return 0;
}

void *js__vdso_sym_in(const void *ehdr, const char *name,
		       const char *version, int sysv)
{
	struct image im;

	if (!ehdr || !name || !open_image(&im, ehdr))
		return 0;
	if (im.gnu_hash && !(sysv && im.hash))
		return lookup_gnu(&im, name, version);
	return lookup_sysv(&im, name, version);
}

void *js_vdso_sym(const char *name, const char *version)
{
	return js__vdso_sym_in((const void *)js_getauxval(JS_AT_SYSINFO_EHDR),
			       name, version, 0);
}
