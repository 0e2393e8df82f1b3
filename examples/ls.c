/* ls: the names in a directory (argv[1], default "."), one per line, in
 * the kernel's order, "." and ".." included: what `ls -a1f` prints.  Uses
 * the js_dir iterator with its default 32 KiB buffer and batches output
 * into one write per 32 KiB. */
#include <libjs/libjs.h>

static char out[32768];
static size_t outn;

static long flush(void)
{
	long r = js_write_all(1, out, outn);

	outn = 0;
	return r;
}

int main(int argc, char **argv)
{
	static unsigned long long buf[JS_DIR_BUFSIZE / 8];
	const char *path = argc > 1 ? argv[1] : ".";
	const struct js_linux_dirent64 *e;
	struct js_dir d;
	long r = js_dir_open(&d, path, buf, sizeof buf);

	if (r < 0)
		goto fail;
	while ((r = js_dir_read(&d, &e)) > 0) {
		const char *s = e->d_name;

		/* A name is at most 255 bytes: room for it and the newline. */
		if (sizeof out - outn < 257 && flush() < 0)
			break;
		while (*s)
			out[outn++] = *s++;
		out[outn++] = '\n';
	}
	js_dir_close(&d);
	if (r < 0)
		goto fail;
	return flush() < 0;
fail:
	js_write_str(2, "ls: ");
	js_write_str(2, path);
	js_write_str(2, ": ");
	js_write_str(2, js_strerror(r));
	js_write_str(2, "\n");
	return 1;
}
