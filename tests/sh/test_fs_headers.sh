#!/bin/sh
# The public headers compile on their own as strict C99 with only the
# compiler's freestanding headers visible, and the umbrella header compiles
# in one translation unit with glibc's file headers, in either order, with
# member names such as st_atim used on both sides (docs/design.md rules 1, 6).
#   tests/sh/test_fs_headers.sh BUILD_DIR TOP
B=$1 top=$2
cc=${CC:-cc}
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }
tmp=$(mktemp -d /tmp/libjs-hdr.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
inc=$($cc -print-file-name=include)

# Each header alone.  Skipped: X-macro bodies (*_list.h, not headers of
# their own) and other architectures' folders (their inline asm is not for
# this machine; arch/arch.h reaches this one's).
arch=$(uname -m)
for h in $(cd "$top/include" && find libjs -name '*.h' ! -name '*_list.h' | sort); do
	case $h in libjs/arch/*/*) case $h in libjs/arch/$arch/*) ;; *) continue ;; esac ;; esac
	printf '#include <%s>\n#include <%s>\nint js_header_test;\n' "$h" "$h" > "$tmp/one.c"
	if $cc -std=c99 -pedantic -Wall -Wextra -Werror -ffreestanding -nostdinc \
		-isystem "$inc" -I"$top/include" -c "$tmp/one.c" -o "$tmp/one.o" 2>"$tmp/err"; then
		ok
	else
		ko "$h does not compile alone as C99 freestanding"; cat "$tmp/err"
	fi
done

cat > "$tmp/use.h" <<'EOT'
/* Both worlds in one function: glibc's st_atime macro and our st_atim. */
static int use(void)
{
	struct stat g;
	struct js_stat s;
	struct dirent64 *d = 0;
	const struct js_linux_dirent64 *e = 0;
	struct js_dir it;
	char buf[JS_DIR_MIN];

	if (stat(".", &g) != 0 || js_stat(".", &s) != 0)
		return 1;
	if (g.st_atime != s.st_atim.tv_sec || g.st_mtim.tv_nsec != s.st_mtim.tv_nsec)
		return 2;
	if (O_CREAT != JS_O_CREAT || EEXIST != JS_EEXIST || R_OK != JS_R_OK)
		return 3;
	(void)d; (void)e; (void)it; (void)buf;
	return access(".", F_OK) + (int)js_access(".", JS_F_OK);
}
EOT
glibc='#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <dirent.h>
#include <errno.h>'
for order in glibc-first libjs-first; do
	for std in c99 c11 gnu11; do
		if [ $order = glibc-first ]; then
			printf '%s\n#include <libjs/libjs.h>\n' "$glibc" > "$tmp/both.c"
		else
			printf '#include <libjs/libjs.h>\n%s\n' "$glibc" > "$tmp/both.c"
		fi
		printf '#include "use.h"\nint main(void) { return use(); }\n' >> "$tmp/both.c"
		if $cc -std=$std -D_GNU_SOURCE -Wall -Wextra -Werror -I"$top/include" \
			"$tmp/both.c" -o "$tmp/both" "$B/libjs.a" 2>"$tmp/err" && (cd "$tmp" && ./both); then
			ok
		else
			ko "libjs.h with glibc headers ($order, -std=$std)"; cat "$tmp/err"
		fi
	done
done
echo "$pass passed, $fail failed"
