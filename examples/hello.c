/* The smallest useful program: one write, then exit (bench's `hello`). */
#include <libjs/fs.h>

int main(void)
{
	js_write(1, "hello, world\n", 13);
	return 0;
}
