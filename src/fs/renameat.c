#include <libjs/fs.h>
#include "../call.h"

/* renameat(2).  riscv64's table has only renameat2, which with flags 0 is
 * renameat (the kernel's renameat is do_renameat2(..., 0)). */
long js_renameat(int olddirfd, const char *oldpath, int newdirfd, const char *newpath)
{
#ifdef JS_NR_renameat
	return JS_SC4(JS_NR_renameat, olddirfd, oldpath, newdirfd, newpath);
#else
	return JS_SC5(JS_NR_renameat2, olddirfd, oldpath, newdirfd, newpath, 0);
#endif
}
