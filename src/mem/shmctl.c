#include <libjs/mem.h>
#include "../call.h"

/* shmctl(2), cmd passed unchanged.  No IPC_64 flag is added: in the
 * kernel (ipc/shm.c) the shmctl system call always works on the 64-bit
 * structures (shmid64_ds, shminfo64) and only the old_shmctl entry of
 * CONFIG_ARCH_WANT_IPC_PARSE_VERSION architectures strips IPC_64 from cmd;
 * x86_64, aarch64 and riscv64 have no such entry, and a cmd carrying
 * IPC_64 is an unknown command there (-EINVAL; the asm-generic table
 * maps __NR_shmctl to sys_shmctl too).  glibc on x86_64 passes cmd bare
 * as well (tests/host/test_mem_shm.c checks both facts). */
long js_shmctl(int shmid, int cmd, struct js_shmid_ds *buf)
{
	return JS_SC3(JS_NR_shmctl, shmid, cmd, buf);
}
