/* js_strerror / js_errname over a compressed table (errtab.h, made by
 * tools/gen-errtab.py from errno_list.h): glibc's messages repeat their
 * words ("not", "No such", "Protocol"), so the repeats are one-byte codes
 * into a dictionary, which keeps the table under 3 KiB of every program
 * that prints an error (4.6 KiB as plain strings with offset tables).
 *
 * The strings are decoded once, on the first call, into a static buffer
 * (bss: no file bytes) that later calls point into.  Decoding is
 * idempotent: every thread that finds the buffer not yet marked ready
 * decodes it again and stores the very same bytes (atomic stores), then
 * marks it ready.  So there is no lock to wait for (safe in a signal
 * handler and after js_vfork) and every pointer handed out points at
 * bytes that never change. */
#include <stddef.h>
#include <libjs/errno.h>
#include "errtab.h"

/* messages 1..TOP, names 1..TOP, NUL-terminated, in that order */
static char text[ERRTAB_DECODED];
static unsigned short at[2 * ERRTAB_TOP];
static int ready;

static void put(char *o, char c)
{
	__atomic_store_n(o, c, __ATOMIC_RELAXED);
}

static char *expand(const unsigned short *dict, unsigned char c, char *o)
{
	const unsigned char *p = (const unsigned char *)errtab_dict + dict[c - 0x80];

	for (; *p; p++)
		if (*p >= 0x80)	/* entries use only earlier entries */
			o = expand(dict, *p, o);
		else
			put(o++, (char)*p);
	return o;
}

static void decode(void)
{
	unsigned short dict[ERRTAB_NDICT];
	const unsigned char *p = (const unsigned char *)errtab_dict;
	char *o = text;
	int i;

	for (i = 0; i < ERRTAB_NDICT; i++) {
		dict[i] = (unsigned short)((const char *)p - errtab_dict);
		while (*p++)
			;
	}
	p = (const unsigned char *)errtab_text;
	for (i = 0; i < 2 * ERRTAB_TOP; i++) {
		__atomic_store_n(&at[i], (unsigned short)(o - text), __ATOMIC_RELAXED);
		for (; *p; p++)
			if (*p >= 0x80)
				o = expand(dict, *p, o);
			else
				put(o++, (char)*p);
		put(o++, 0);
		p++;
	}
	__atomic_store_n(&ready, 1, __ATOMIC_RELEASE);
}

/* The decoded message (or, with names, name) of n, or NULL when there is
 * none. */
static const char *get(unsigned long n, int names)
{
	const char *s;

	if (n < 1 || n > ERRTAB_TOP)
		return NULL;
	if (!__atomic_load_n(&ready, __ATOMIC_ACQUIRE))
		decode();
	/* Atomic: a thread still decoding may be storing the same value. */
	s = text + __atomic_load_n(&at[(names ? ERRTAB_TOP : 0) + n - 1], __ATOMIC_RELAXED);
	return *s ? s : NULL;
}

static unsigned long errnum(long e)
{
	return e < 0 ? 0 - (unsigned long)e : (unsigned long)e;
}

const char *js_strerror(long e)
{
	unsigned long n = errnum(e);
	const char *s;

	if (n == 0)
		return "Success";
	s = get(n, 0);
	return s ? s : "Unknown error";
}

const char *js_errname(long e)
{
	const char *s = get(errnum(e), 1);

	return s ? s : "EUNKNOWN";
}
