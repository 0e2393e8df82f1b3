/* The smallest printing program: one number and a newline to fd 1.  libjs:
 * js_dprintf; nolibc and musl: printf / dprintf. */
#ifdef LIBJS
#include <libjs/fmt.h>
int main(int argc, char **argv)
{
	(void)argv;
	js_dprintf(1, "%d\n", argc);
	return 0;
}
#elif defined(NOLIBC)
int main(int argc, char **argv)
{
	(void)argv;
	printf("%d\n", argc);
	return 0;
}
#else
#include <stdio.h>
int main(int argc, char **argv)
{
	(void)argv;
	dprintf(1, "%d\n", argc);
	return 0;
}
#endif
