/* hello: one write, then exit.  Size, syscalls and startup cost. */
#include "shim.h"

int main(void)
{
	b_write(1, "hello, world\n", 13);
	return 0;
}
