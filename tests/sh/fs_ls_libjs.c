/* List a directory with the libjs iterator and its default buffer, print
 * the entry count; with "make N" first create N files.  For
 * test_fs_getdents_calls.sh. */
#include <libjs/libjs.h>

static char *num(char *p, long v)
{
	char t[24];
	int n = 0;

	do
		t[n++] = (char)('0' + v % 10);
	while (v /= 10);
	while (n)
		*p++ = t[--n];
	*p = 0;
	return p;
}

int main(int argc, char **argv)
{
	static _Alignas(8) char buf[JS_DIR_BUFSIZE];
	struct js_dir d;
	const struct js_linux_dirent64 *e;
	char line[64];
	long n = 0, r;

	if (argc == 4 && argv[1][0] == 'm') {
		long want = 0;

		for (const char *p = argv[3]; *p; p++)
			want = want * 10 + (*p - '0');
		js_mkdir(argv[2], 0755);
		for (long i = 0; i < want; i++) {
			char path[128], *p = path;

			for (const char *s = argv[2]; *s; s++)
				*p++ = *s;
			for (const char *s = "/entry-with-a-longish-name-"; *s; s++)
				*p++ = *s;
			num(p, i);
			js_close((int)js_open(path, JS_O_WRONLY | JS_O_CREAT, 0644));
		}
		return 0;
	}
	if (argc != 2 || js_dir_open(&d, argv[1], buf, sizeof buf) < 0)
		return 2;
	while ((r = js_dir_read(&d, &e)) == 1)
		n++;
	js_dir_close(&d);
	*num(line, n) = 0;
	js_write_str(1, line);
	js_write_str(1, "\n");
	return r < 0;
}
