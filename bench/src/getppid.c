/* getppid, argv[1] times; the cheapest call there is, so what is measured
 * is the cost of reaching the kernel.  Instructions per call =
 * (Ir at 2N - Ir at N) / N, loop counter included. */
#include "shim.h"

int main(int argc, char **argv)
{
	long i, n = b_num(argc > 1 ? argv[1] : 0);

	for (i = 0; i < n; i++)
		b_getppid();
	return 0;
}
