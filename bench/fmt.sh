#!/bin/sh
# The toolkit's figures for make bench (called by bench/run.sh; writes
# $B/bench-fmt.md): js_snprintf's instructions per call for three typical
# formats against glibc's and musl's snprintf (callgrind, (Ir at 2N - Ir
# at N) / N), the stripped size of a program printing one number (libjs
# js_dprintf, nolibc 6.1 printf, musl static dprintf), and js_strerror's
# table before (the plain-string table of commit eab2e49) and after.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
B=${B:-build}
W=$B/bench/fmt
NL=$B/bench/nolibc
mkdir -p "$W"
LINK="-Wl,-z,noseparate-code -Wl,--build-id=none"

CC=gcc "$B/bin/libjs-cc" -Os -DLIBJS bench/fmt_loop.c -o "$W/loop.libjs"
gcc -Os -static $LINK bench/fmt_loop.c -o "$W/loop.glibc"
musl-gcc -Os -static $LINK bench/fmt_loop.c -o "$W/loop.musl"

ir() {
	valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 > /dev/null |
		sed -n 's/^==[0-9]*== Collected : *\([0-9]*\).*/\1/p'
}
per() { # program k
	a=$(ir "$1" "$2" 1000) b=$(ir "$1" "$2" 2000)
	awk -v a="$a" -v b="$b" 'BEGIN { printf "%d", (b - a) / 1000 + 0.5 }'
}

CC=gcc "$B/bin/libjs-cc" -Os -DLIBJS bench/fmt_dprintf.c -o "$W/dp.libjs"
musl-gcc -Os -static $LINK bench/fmt_dprintf.c -o "$W/dp.musl"
nl_size=-
# nolibc's headers, as bench/run.sh extracts them.
if [ ! -f "$NL/nolibc.h" ] && [ -f /usr/src/linux-source-6.1.tar.xz ]; then
	mkdir -p "$NL"
	tar -xJf /usr/src/linux-source-6.1.tar.xz -C "$NL" --strip-components=4 --wildcards \
		'linux-source-6.1/tools/include/nolibc/*'
fi
if [ -f "$NL/nolibc.h" ]; then
	gcc -Os -fno-asynchronous-unwind-tables -fno-ident -nostdlib -static $LINK \
		-I"$NL" -include nolibc.h -DNOLIBC bench/fmt_dprintf.c -lgcc -o "$W/dp.nolibc"
	strip -s -o "$W/s" "$W/dp.nolibc"
	nl_size=$(wc -c < "$W/s")
fi
strip -s -o "$W/s" "$W/dp.libjs"; js_size=$(wc -c < "$W/s")
strip -s -o "$W/s" "$W/dp.musl"; musl_size=$(wc -c < "$W/s")
[ "$("$W/dp.libjs" a b)" = 3 ] || { echo "fmt.sh: dp.libjs printed the wrong thing" >&2; exit 1; }

# js_strerror's table: the read-only data of strerror.c's object, now and
# as it was (the old source compiled here with the same flags).
tab() { # object
	size -A "$1" | awk '$1 ~ /^\.rodata\.(text|msg_at|name_at|errtab_dict|errtab_text)$/ { s += $2 } END { print s }'
}
git show eab2e49:src/errno/strerror.c > "$W/strerror_old.c" 2>/dev/null &&
	cp src/errno/errno_list.h "$W/" &&
	gcc -std=c11 -Os -ffreestanding -ffunction-sections -fdata-sections -Iinclude \
		-c "$W/strerror_old.c" -o "$W/strerror_old.o" && old=$(tab "$W/strerror_old.o") || old=-
gcc -std=c11 -Os -ffreestanding -ffunction-sections -fdata-sections -Iinclude \
	-c src/errno/strerror.c -o "$W/strerror_new.o"
new=$(tab "$W/strerror_new.o")

{
	echo "| snprintf instructions per call (callgrind) | glibc static | musl static | libjs js_snprintf |"
	echo "|---|---:|---:|---:|"
	for k in 0 1 2; do
		case $k in
		0) f='`"%d"`' ;; 1) f='`"%s: %s (%d)\n"`' ;; 2) f='`"%08lx %-10s\|%5u"`' ;;
		esac
		printf '%s\n' "| $f | $(per "$W/loop.glibc" $k) | $(per "$W/loop.musl" $k) | $(per "$W/loop.libjs" $k) |"
	done
	echo
	printf '%s\n' "Stripped bytes of a program printing one number and a newline: libjs \`js_dprintf(1, \"%d\\n\", n)\` $js_size;"
	printf '%s\n' "nolibc 6.1 \`printf(\"%d\\n\", n)\` $nl_size; musl static \`dprintf\` $musl_size."
	echo
	echo "js_strerror's table (read-only bytes of strerror.c): before $old, after $new."
} > "$B/bench-fmt.md"
cat "$B/bench-fmt.md"
