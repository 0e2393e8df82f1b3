#!/bin/sh
# make bench: the stripped size of every example (examples/*.c, as `make`
# builds them: libjs-cc -Os) against its twin built with glibc static and
# musl static.  A twin is the example's own source compiled against libc
# through bench/twins/libjs/libjs.h, which maps each libjs call the
# example makes to the libc function doing that job (js_dprintf ->
# dprintf, js_getopt -> getopt, js_dir_* -> opendir/readdir, js_qsort ->
# qsort, ...): the same program with libc underneath.  Examples the
# header does not cover (sockets, the sandbox) have no twin here (the echo
# server's glibc build is in bench/echo.sh).  Also: each example's size on
# aarch64 and riscv64, and how many of its bytes are the formatter
# (js_dprintf's engine) and js_strerror's table.  Target (issue 15):
# every example at least 4x smaller than its musl twin; the table says
# which are.  Figures, not tests: nothing here fails on a missed target.
#
#   libjs   $B/examples/NAME (make: libjs-cc -Os -Wall -Wextra -Werror)
#   glibc   gcc -Os -static -Ibench/twins            examples/NAME.c
#   musl    musl-gcc -Os -static -Ibench/twins       examples/NAME.c
#   aarch64, riscv64  libjs-cc --target=ARCH -Os     examples/NAME.c
# Every link gets -Wl,-z,noseparate-code -Wl,--build-id=none (libjs-cc
# does it itself); every binary is stripped (strip -s) before it is
# measured with wc -c.
# Environment: B (build dir, default build).  Writes $B/bench-examples.md.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
B=${B:-build}
W=$B/bench/examples
LINK="-Wl,-z,noseparate-code -Wl,--build-id=none"
TWINS="hello true false cat env mknod mount umount switch-root ls"
ARCHS="aarch64 riscv64"
mkdir -p "$W"
command -v musl-gcc > /dev/null || { echo "bench/examples.sh: musl-gcc missing (tools/need-tools.sh bench)" >&2; exit 1; }

size() { # strip-program file
	"$1" -s -o "$W/stripped" "$2" && wc -c < "$W/stripped" | tr -d ' '
}
commas() { printf '%s' "$1" | sed -e :a -e 's/\([0-9]\)\([0-9]\{3\}\)\($\|[,.]\)/\1,\2\3/; ta'; }

for a in $ARCHS; do
	env -u MAKEFLAGS -u MAKELEVEL -u MFLAGS make -s -j2 ARCH=$a CC=$a-linux-gnu-gcc BB=$B B=$B-$a \
		"$B-$a/libjs.a" "$B-$a/crt1.o" "$B-$a/libjs-rt.a" "$B-$a/cflags" > "$W/build-$a.log" 2>&1 ||
		{ cat "$W/build-$a.log"; exit 1; }
done

out=$B/bench-examples.md
{
	echo "| example | libjs x86_64 | glibc static | musl static | musl / libjs | 4x target | formatter + strerror bytes in libjs | libjs aarch64 | libjs riscv64 |"
	echo "|---|---:|---:|---:|---:|---|---:|---:|---:|"
} > "$out"
met=0 missed=0
for src in examples/*.c; do
	p=$(basename "$src" .c)
	[ -x "$B/examples/$p" ] || { echo "bench/examples.sh: $B/examples/$p missing (make)" >&2; exit 1; }
	lj=$(size strip "$B/examples/$p")
	# The library parts every printing example carries (nm of the
	# unstripped program): the formatter's engine and sinks, js_strerror
	# and its compressed table.
	fe=$(nm -S --size-sort "$B/examples/$p" | awk '
		$4 ~ /^(js__vfmt|js_v?dprintf|js__fsink|js_out_v?printf|js_strerror|errtab_text|errtab_dict|decode|expand|out)(\.|$)/ &&
		$3 ~ /^[tTrR]$/ { print $2 }' | while read -r h; do echo $((0x$h)); done | awk '{ s += $1 } END { print s + 0 }')
	g=- m=- ratio=- target="no twin"
	if echo " $TWINS " | grep -q " $p "; then
		gcc -std=c11 -Os -static -Wall -Wextra -Werror -Ibench/twins $LINK "$src" -o "$W/$p.glibc"
		musl-gcc -std=c11 -Os -static -Wall -Wextra -Werror -Ibench/twins $LINK "$src" -o "$W/$p.musl"
		g=$(size strip "$W/$p.glibc") m=$(size strip "$W/$p.musl")
		ratio=$(awk -v m="$m" -v l="$lj" 'BEGIN { printf "%.1f", m / l }')
		if [ $((lj * 4)) -le "$m" ]; then target=met; met=$((met + 1)); else target=MISSED; missed=$((missed + 1)); fi
		g=$(commas "$g") m=$(commas "$m")
	fi
	cross=
	for a in $ARCHS; do
		env -u CC "$B/bin/libjs-cc" --target=$a -Os -Wall -Wextra -Werror "$src" -o "$W/$p.$a"
		cross="$cross $(commas "$(size $a-linux-gnu-strip "$W/$p.$a")") |"
	done
	echo "| \`$p\` | $(commas "$lj") | $g | $m | $ratio | $target | $(commas "$fe") |$cross" >> "$out"
done
rm -f "$W/stripped"
echo >> "$out"
echo "4x smaller than the musl twin: $met met, $missed missed, of $((met + missed)) examples with a twin." >> "$out"
cat "$out"
