/* How the tracer shows futex(2) and futex_waitv(2), as strace 6.1 does
 * (its futex.c): after the operation, futex(2) shows only the arguments
 * that operation reads, each in its own way -- the fourth argument is a
 * timeout for the waits and the number val2 for the requeues and
 * WAKE_OP; val3 is a bitset, a WAKE_OP encoding or a number. */
#include <libjs/thread.h>
#include "trace.h"

enum { OUT, U32, TIME, ADDR, HEX, BITSET, WAKEOP };

/* Arguments 2..5 (val, timeout/val2, uaddr2, val3) per command; a
 * command not listed shows all four as raw values. */
static const unsigned char shape[][4] = {
	[JS_FUTEX_WAIT] = { U32, TIME, OUT, OUT },
	[JS_FUTEX_WAKE] = { U32, OUT, OUT, OUT },
	[JS_FUTEX_FD] = { U32, OUT, OUT, OUT },
	[JS_FUTEX_REQUEUE] = { U32, U32, ADDR, OUT },
	[JS_FUTEX_CMP_REQUEUE] = { U32, U32, ADDR, U32 },
	[JS_FUTEX_WAKE_OP] = { U32, U32, ADDR, WAKEOP },
	[JS_FUTEX_LOCK_PI] = { OUT, TIME, OUT, OUT },
	[JS_FUTEX_UNLOCK_PI] = { OUT, OUT, OUT, OUT },
	[JS_FUTEX_TRYLOCK_PI] = { OUT, OUT, OUT, OUT },
	[JS_FUTEX_WAIT_BITSET] = { U32, TIME, OUT, BITSET },
	[JS_FUTEX_WAKE_BITSET] = { U32, OUT, OUT, BITSET },
	[JS_FUTEX_WAIT_REQUEUE_PI] = { U32, TIME, ADDR, OUT },
	[JS_FUTEX_CMP_REQUEUE_PI] = { U32, U32, ADDR, U32 },
	[JS_FUTEX_LOCK_PI2] = { OUT, TIME, OUT, OUT },
};
static const unsigned char other[4] = { U32, ADDR, ADDR, HEX };

static void addr(struct js__w *w, long p)
{
	if (p)
		js__put_hex(w, (unsigned long)p);
	else
		JS__PUTS(w, "NULL");
}

int js__put_futex_arg(struct js__w *w, const long a[6], int i, int safe)
{
	/* strace picks the shape by the low 7 bits: the private flag and
	 * the clock do not change which arguments are read. */
	unsigned int cmd = (unsigned int)a[1] & (JS_FUTEX_PRIVATE_FLAG - 1);
	const unsigned char *s =
		cmd < sizeof shape / sizeof shape[0] ? shape[cmd] : other;
	long v = a[i];

	switch (s[i - 2]) {
	case OUT: return 0;
	case U32: js__put_udec(w, (uint32_t)v); break;
	case TIME: js__put_timespec(w, v, safe); break;
	case ADDR: addr(w, v); break;
	case HEX: js__put_hex(w, (uint32_t)v); break;
	case BITSET: js__put_flags(w, K_FUTEXBITSET, (uint32_t)v); break;
	case WAKEOP: js__put_flags(w, K_FUTEXWAKEOP, (uint32_t)v); break;
	}
	return 1;
}

/* strace -s 32 shows at most 32 elements of an array. */
#define WAITV_SHOWN 32

void js__put_futex_waitv(struct js__w *w, long p, unsigned int n, int safe)
{
	struct js_futex_waitv e;
	unsigned int i;

	if (!p) {
		JS__PUTS(w, "NULL");
		return;
	}
	/* The address alone when even the first element cannot be read. */
	if (n && js__fetch(&e, (const void *)p, sizeof e, safe) != sizeof e) {
		addr(w, p);
		return;
	}
	js__putc(w, '[');
	for (i = 0; i < n && i < WAITV_SHOWN; i++) {
		if (i && js__fetch(&e, (const struct js_futex_waitv *)p + i,
				   sizeof e, safe) != sizeof e) {
			JS__PUTS(w, ", ...");
			break;
		}
		if (i)
			JS__PUTS(w, ", ");
		JS__PUTS(w, "{val=");
		js__put_hex(w, e.val);
		JS__PUTS(w, ", uaddr=");
		addr(w, (long)e.uaddr);
		JS__PUTS(w, ", flags=");
		js__put_flags(w, K_FUTEX2, e.flags);
		if (e.__reserved) {
			JS__PUTS(w, ", __reserved=");
			js__put_hex(w, e.__reserved);
		}
		js__putc(w, '}');
	}
	if (i == WAITV_SHOWN && n > WAITV_SHOWN)
		JS__PUTS(w, ", ...");
	js__putc(w, ']');
}
