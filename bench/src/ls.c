/* ls: the names in argv[1] (default "."), one per line, in the order the
 * directory reader gives them; output gathered into 32 KiB writes. */
#include "shim.h"

static char out[32768];
static unsigned long outn;

int main(int argc, char **argv)
{
	const char *name;

	if (!b_dir_open(argc > 1 ? argv[1] : "."))
		return 1;
	while ((name = b_dir_next())) {
		if (sizeof out - outn < 257) {
			b_write_all(1, out, outn);
			outn = 0;
		}
		while (*name)
			out[outn++] = *name++;
		out[outn++] = '\n';
	}
	b_dir_close();
	return b_write_all(1, out, outn) < 0;
}
