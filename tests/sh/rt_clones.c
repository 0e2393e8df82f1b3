/* For tests/sh/test_rt_link.sh: a target_clones function, called once to
 * check it computes, and the address its IRELATIVE relocation resolved to
 * printed in hex (read back from the GOT slot that .rela.iplt names), so
 * the script can compare it with the clone this CPU should get. */
#include <libjs/libjs.h>

struct rela { unsigned long offset, info; long addend; };
extern const struct rela __rela_iplt_start[] __attribute__((visibility("hidden")));
extern const struct rela __rela_iplt_end[] __attribute__((visibility("hidden")));

__attribute__((target_clones("avx2", "default"))) int which(int x)
{
	return x * 3;
}

int main(void)
{
	char line[20], *p = line + sizeof line;
	unsigned long a;

	if (__rela_iplt_end - __rela_iplt_start != 1 || which(3) != 9)
		return 1;
	a = *(const unsigned long *)__rela_iplt_start[0].offset;
	*--p = '\n';
	do
		*--p = "0123456789abcdef"[a & 15];
	while (a >>= 4);
	js_write(1, p, (size_t)(line + sizeof line - p));
	return 0;
}
