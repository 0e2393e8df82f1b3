/* stat("/"), argv[1] times, summing st_size so the result is used. */
#include "shim.h"

int main(int argc, char **argv)
{
	long i, n = b_num(argc > 1 ? argv[1] : 0), sum = 0;
	b_stat_t st;

	for (i = 0; i < n; i++)
		if (b_stat("/", &st) == 0)
			sum += st.st_size;
	return sum < 0;
}
