/* js_strerror / js_errname over one generated table (errno_list.h).
 * All names and messages sit in one constant struct of char arrays and are
 * found through 16-bit offsets: no pointer array, hence no relocations (safe
 * in a static-pie that was never relocated) and less than half the size. */
#include <stddef.h>
#include <libjs/errno.h>

#define JS_ERRNO_X(name, num, msg) char m_##name[sizeof(msg)]; char n_##name[sizeof(#name)];
struct errtext {
	char none;	/* offset 0 marks numbers the kernel does not define */
#include "errno_list.h"
};
#undef JS_ERRNO_X

static const struct errtext text = {
	0,
#define JS_ERRNO_X(name, num, msg) msg, #name,
#include "errno_list.h"
#undef JS_ERRNO_X
};

#define JS_ERRNO_X(name, num, msg) [num] = offsetof(struct errtext, m_##name),
static const unsigned short msg_at[] = {
#include "errno_list.h"
};
#undef JS_ERRNO_X

#define JS_ERRNO_X(name, num, msg) [num] = offsetof(struct errtext, n_##name),
static const unsigned short name_at[] = {
#include "errno_list.h"
};
#undef JS_ERRNO_X

_Static_assert(sizeof(struct errtext) < 65536, "offsets must fit 16 bits");

static unsigned long errnum(long e)
{
	return e < 0 ? 0 - (unsigned long)e : (unsigned long)e;
}

const char *js_strerror(long e)
{
	unsigned long n = errnum(e);
	unsigned short at = n < sizeof msg_at / sizeof msg_at[0] ? msg_at[n] : 0;

	if (n == 0)
		return "Success";
	return at ? (const char *)&text + at : "Unknown error";
}

const char *js_errname(long e)
{
	unsigned long n = errnum(e);
	unsigned short at = n < sizeof name_at / sizeof name_at[0] ? name_at[n] : 0;

	return at ? (const char *)&text + at : "EUNKNOWN";
}
