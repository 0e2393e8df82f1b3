/* ls: the names in a directory (argv[1], default "."), one per line, in
 * the kernel's order, "." and ".." included: what `ls -a1f` prints.  Uses
 * the js_dir iterator with its default 32 KiB buffer and batches output
 * into one write per 32 KiB (a js_out). */
#include <libjs/libjs.h>

static char outbuf[32768];
static struct js_out out;

int main(int argc, char **argv)
{
	static unsigned long long buf[JS_DIR_BUFSIZE / 8];
	const char *path = argc > 1 ? argv[1] : ".";
	const struct js_linux_dirent64 *e;
	struct js_dir d;
	long r = js_dir_open(&d, path, buf, sizeof buf);

	js_out_init(&out, 1, outbuf, sizeof outbuf);
	if (r < 0)
		goto fail;
	while ((r = js_dir_read(&d, &e)) > 0) {
		if (js_out_str(&out, e->d_name) < 0 || js_out_write(&out, "\n", 1) < 0)
			break;
	}
	js_dir_close(&d);
	if (r < 0)
		goto fail;
	return js_out_flush(&out) < 0;
fail:
	js_dprintf(2, "ls: %s: %s\n", path, js_strerror(r));
	return 1;
}
