#include <libjs/sys.h>
#include "../../call.h"

/* The public wrapper, traced like every other; the start code keeps its
 * own untraced js__riscv_hwprobe (reloc.h) with the same number and
 * struct, since it runs before the hook may be looked at. */
long js_riscv_hwprobe(struct js_riscv_hwprobe *pairs, size_t pair_count,
		      size_t cpusetsize, unsigned long *cpus,
		      unsigned int flags)
{
	return JS_SC5(JS_NR_riscv_hwprobe, pairs, pair_count, cpusetsize, cpus,
		      flags);
}
