#!/bin/sh
# The toolkit's headers (<libjs/fmt.h>, <libjs/string.h>, <libjs/util.h>)
# next to glibc's <string.h>, <stdio.h> and <stdlib.h>, in either order, as
# C99, C11 and C++98/11/17 with gcc and clang: the mem* declarations agree
# with glibc's (noexcept in C++, as glibc's), nothing clashes, and the
# program links against libjs.a and glibc together.
#   tests/sh/test_toolkit_headers.sh BUILD_DIR TOP
B=$1
pass=0 fail=0
tmp=$(mktemp -d /tmp/libjs-tkhdr.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
top=${2:-$(pwd)}
cat > "$tmp/body" <<'EOT'
int main(int argc, char **argv)
{
	char b[32];
	struct js_getopt g = JS_GETOPT_INIT;
	struct js_out o;

	(void)js_getopt(&g, argc, argv, "a");
	js_out_init(&o, 1, b, sizeof b);
	memcpy(b, "abc", 4);
	if (js_snprintf(b, sizeof b, "%s-%d", "x", argc) != 3 || strcmp(b, "x-1") ||
	    js_strtol("12", 0, 10, 0) != 12 || memcmp(b, "x-1", 3) || js_strlen(b) != 3)
		return 1;
	return 0;
}
EOT
for order in glibc-first libjs-first; do
	if [ $order = glibc-first ]; then
		printf '#include <string.h>\n#include <stdio.h>\n#include <stdlib.h>\n#include <libjs/libjs.h>\n' > "$tmp/t.c"
	else
		printf '#include <libjs/fmt.h>\n#include <libjs/string.h>\n#include <libjs/util.h>\n#include <string.h>\n#include <stdio.h>\n#include <stdlib.h>\n' > "$tmp/t.c"
	fi
	cat "$tmp/body" >> "$tmp/t.c"
	cp "$tmp/t.c" "$tmp/t.cc"
	for c in "gcc -std=c99" "gcc -std=c11" "clang -std=c99" "g++ -std=c++98" "g++ -std=c++11" \
		 "g++ -std=c++17" "clang++ -std=c++11"; do
		src=$tmp/t.c
		case $c in *++*) src=$tmp/t.cc ;; esac
		if $c -Wall -Wextra -Werror -I"$top/include" "$src" -o "$tmp/t" "$B/libjs.a" \
			2>"$tmp/err" && "$tmp/t"; then
			pass=$((pass + 1))
		else
			fail=$((fail + 1))
			echo "FAIL: $c, $order"
			cat "$tmp/err"
		fi
	done
done
echo "$pass passed, $fail failed"
