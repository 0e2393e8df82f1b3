#include <libjs/ipc.h>
#include "../call.h"

/* semctl(2).  The kernel takes the union as one unsigned long (ipc/sem.c,
 * ksys_semctl) and reads SETVAL's int from the bytes the union's val
 * occupies, so the union's bytes are passed as they are.  cmd bare, as
 * for msgctl. */
_Static_assert(sizeof(union js_semun) == sizeof(unsigned long),
	       "union semun is one register");

long js_semctl(int semid, int semnum, int cmd, union js_semun arg)
{
	unsigned long a;

	__builtin_memcpy(&a, &arg, sizeof a);
	return JS_SC4(JS_NR_semctl, semid, semnum, cmd, a);
}
