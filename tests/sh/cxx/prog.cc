// A C++17 program next to glibc using libjs (tests/sh/test_cxx.sh): the
// headers compile at -pedantic -Werror, the functions link (extern "C"),
// and the structures with a flexible array member keep C's layout.
#include <cstdio>
#include <cstddef>
#include <string>
#include <libjs/libjs.h>

static_assert(offsetof(js_linux_dirent64, d_name) == 19, "dirent64 layout");
static_assert(sizeof(js_inotify_event) == 16, "inotify_event layout");
static_assert(offsetof(js_inotify_event, name) == 16, "inotify_event layout");
static_assert(JS_VERSION_MAJOR >= 0 && JS_VERSION_MINOR >= 0 && JS_VERSION_PATCH >= 0,
	      "version numbers");

int main()
{
	std::string v = JS_VERSION;
	long fd = js_open("/nonexistent/libjs-cxx", JS_O_RDONLY);
	std::printf("%s %s %s\n", v.c_str(), js_errname(fd), js_strerror(-JS_EACCES));
	long pid = js_getpid();
	char buf[4096];
	long d = js_open(".", JS_O_RDONLY | JS_O_DIRECTORY);
	long n = d < 0 ? d : js_getdents64((int)d, buf, sizeof buf);
	if (d >= 0)
		js_close((int)d);
	bool dot = false;
	for (long off = 0; n > 0 && off < n;) {
		const js_linux_dirent64 *e = reinterpret_cast<const js_linux_dirent64 *>(buf + off);
		if (std::string(e->d_name) == ".")
			dot = true;
		off += e->d_reclen;
	}
	std::printf("pid %s, dot %s\n", pid > 0 ? "ok" : "bad", dot ? "found" : "missing");
	return 0;
}
