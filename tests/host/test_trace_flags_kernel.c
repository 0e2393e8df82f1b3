/* The tracer's flag names that glibc does not define (or defines as 0, as
 * O_LARGEFILE on 64-bit), against the kernel's UAPI headers.  A file of its
 * own: the kernel's headers and glibc's conflict. */
#include <asm/fcntl.h>
#include <asm/mman.h>
#include <linux/eventpoll.h>
#include <linux/mman.h>
#include <string.h>
#include "host.h"
#include "../../src/trace/trace.h"

static void kernel_only_names(void **state)
{
	(void)state;
	char buf[64];
	struct { int k; unsigned long v; const char *text; } rows[] = {
		{ K_OFLAGS, O_LARGEFILE, "O_RDONLY|O_LARGEFILE" },
		{ K_EPEV, EPOLLNVAL, "EPOLLNVAL" },
		{ K_PROT, PROT_SEM, "PROT_SEM" },
		/* strace 6.1 takes MAP_UNINITIALIZED's bit as a huge page size. */
		{ K_MAPF, MAP_PRIVATE | MAP_UNINITIALIZED, "MAP_PRIVATE|1<<MAP_HUGE_SHIFT" },
	};

	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		struct js__w w = { buf, buf + sizeof buf - 2 };

		js__put_flags(&w, rows[i].k, rows[i].v);
		*w.p = 0;
		assert_string_equal(buf, rows[i].text);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(kernel_only_names),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
