/* cat: copy the files in argv (stdin when none) to stdout. */
#include "shim.h"

static char buf[65536];

static int copy(int fd)
{
	long n;

	while ((n = b_read(fd, buf, sizeof buf)) > 0)
		if (b_write_all(1, buf, (unsigned long)n) < 0)
			return 1;
	return n < 0;
}

int main(int argc, char **argv)
{
	int i, bad = 0;

	if (argc < 2)
		return copy(0);
	for (i = 1; i < argc; i++) {
		int fd = (int)b_open_rd(argv[i]);

		if (fd < 0) {
			bad = 1;
			continue;
		}
		bad |= copy(fd);
		b_close(fd);
	}
	return bad;
}
