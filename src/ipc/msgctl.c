#include <libjs/ipc.h>
#include "../call.h"

/* msgctl(2), cmd passed bare: as for shmctl (src/mem/shmctl.c), the
 * msgctl entry of x86_64, aarch64 and riscv64 always works on msqid64_ds
 * and msginfo, and a cmd carrying IPC_64 is -EINVAL (ipc/msg.c). */
long js_msgctl(int msqid, int cmd, struct js_msqid_ds *buf)
{
	return JS_SC3(JS_NR_msgctl, msqid, cmd, buf);
}
