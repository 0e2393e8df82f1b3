/* System call names by number and back, from the architecture's generated
 * list (JS_ARCH_NR_LIST) plus the calls newer than it (nr_new.h, and the
 * architecture's own, arch/<a>/nr_arch_new.h).  Same
 * layout as the errno table: one struct of char arrays reached through
 * 16-bit offsets, no pointers to relocate. */
#include <stddef.h>
#include <libjs/sys.h>
#include <libjs/nr_new.h>
#include "trace.h"

#define JS_NR_X(name) char n_##name[sizeof(#name)];
struct names {
	char none;
#include JS_ARCH_NR_LIST
#define JS_NR_NEW_X(name) char n_##name[sizeof(#name)];
	JS_NR_NEW_LIST(JS_NR_NEW_X)
	JS_NR_ARCH_NEW_LIST(JS_NR_NEW_X)
#undef JS_NR_NEW_X
	char pad[8];	/* js__sc_name's word copies may read past the last */
};
#undef JS_NR_X

static const struct names text = {
	0,
#define JS_NR_X(name) #name,
#include JS_ARCH_NR_LIST
#undef JS_NR_X
#define JS_NR_NEW_X(name) #name,
	JS_NR_NEW_LIST(JS_NR_NEW_X)
	JS_NR_ARCH_NEW_LIST(JS_NR_NEW_X)
#undef JS_NR_NEW_X
	"",
};

#define JS_NR_X(name) [JS_NR_##name] = offsetof(struct names, n_##name),
static const unsigned short name_at[] = {
#include JS_ARCH_NR_LIST
#define JS_NR_NEW_X(name) [JS_NR_##name] = offsetof(struct names, n_##name),
	JS_NR_NEW_LIST(JS_NR_NEW_X)
	JS_NR_ARCH_NEW_LIST(JS_NR_NEW_X)
#undef JS_NR_NEW_X
};
#undef JS_NR_X

_Static_assert(sizeof(struct names) < 65536, "offsets must fit 16 bits");

/* Each name's length, so that a trace line copies it without a scan. */
#define JS_NR_X(name) [JS_NR_##name] = sizeof(#name) - 1,
static const unsigned char name_len[sizeof name_at / sizeof name_at[0]] = {
#include JS_ARCH_NR_LIST
#define JS_NR_NEW_X(name) [JS_NR_##name] = sizeof(#name) - 1,
	JS_NR_NEW_LIST(JS_NR_NEW_X)
	JS_NR_ARCH_NEW_LIST(JS_NR_NEW_X)
#undef JS_NR_NEW_X
};
#undef JS_NR_X

const char *js__sc_name(long nr, size_t *len)
{
	if (nr < 0 || (unsigned long)nr >= sizeof name_at / sizeof name_at[0] ||
	    !name_at[nr])
		return 0;
	*len = name_len[nr];
	return (const char *)&text + name_at[nr];
}

const char *js_syscall_name(long nr)
{
	if (nr < 0 || (unsigned long)nr >= sizeof name_at / sizeof name_at[0] ||
	    !name_at[nr])
		return 0;
	return (const char *)&text + name_at[nr];
}

long js_syscall_nr(const char *name)
{
	long nr;

	if (!name)
		return -1;
	for (nr = 0; nr < (long)(sizeof name_at / sizeof name_at[0]); nr++)
		if (name_at[nr] && js__streq((const char *)&text + name_at[nr], name))
			return nr;
	return -1;
}

int js__streq(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}
