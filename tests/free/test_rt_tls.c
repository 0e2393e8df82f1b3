/* TLS in the main thread (src/rt/tls.c, tcb.h): initialised __thread
 * data holds its image's values, zero-filled TLS is zero, an
 * _Alignas(64) TLS object is 64-byte aligned, and each TLS object is
 * where the thread pointer's ABI puts it (distinct, writable, not shared
 * with ordinary data).  libjs-cc links tls.c in because the program has a
 * PT_TLS segment.  Built as static-pie too (tests/sh/test_rt_pie.sh). */
#include <stdint.h>
#include "runner.h"

static __thread int counter = 5;
static __thread long zeros[64];
static __thread char word[8] = "libjs";
_Alignas(64) static __thread char aligned64[3] = "ab";
static __thread int *self_ptr;

static void t_initialised(void)
{
	CHECK_EQ(counter, 5);
	CHECK_STR(word, "libjs");
	CHECK_STR(aligned64, "ab");
}

static void t_zeroed(void)
{
	long sum = 0;

	for (int i = 0; i < 64; i++)
		sum |= zeros[i];
	CHECK_EQ(sum, 0);
	CHECK(self_ptr == 0);
}

static void t_aligned(void)
{
	CHECK_EQ((uintptr_t)aligned64 & 63, 0);
	CHECK_EQ((uintptr_t)&zeros[0] & 7, 0);
}

static void t_writable(void)
{
	volatile int one = 1;

	counter += one;
	zeros[63] = 7;
	word[0] = 'L';
	self_ptr = &counter;
	CHECK_EQ(counter, 6);
	CHECK_EQ(zeros[63], 7);
	CHECK_STR(word, "Libjs");
	CHECK(*self_ptr == 6);
	/* Distinct objects do not overlap. */
	CHECK((char *)&counter + sizeof counter <= (char *)zeros ||
	      (char *)zeros + sizeof zeros <= (char *)&counter);
}

JT_MAIN(T(t_initialised), T(t_zeroed), T(t_aligned), T(t_writable))
