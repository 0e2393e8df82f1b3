#include <libjs/mem.h>
#include "../call.h"

/* shmat(2): the system call returns the address itself (or -errno), so
 * it is the error-pointer convention already. */
void *js_shmat(int shmid, const void *shmaddr, int shmflg)
{
	return (void *)JS_SC3(JS_NR_shmat, shmid, shmaddr, shmflg);
}
