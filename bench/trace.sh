#!/bin/sh
# Tracing's costs (issue 6), for `make bench`:
#  1. user-space instructions per js_getppid call (valgrind --tool=callgrind,
#     deterministic): hook compiled out (make TRACE=0), release build (hook
#     compiled in, folded away by LTO since nothing sets it), development
#     build (libjs-cc --trace: hook compiled in and live, switched off), and
#     the same pair linked without LTO (a plain call into libjs.a).
#  2. wall time of 100,000 calls: untraced, traced to /dev/null, and under
#     strace -o /dev/null (ratios to untraced).
#  3. hello's stripped size with and without --trace.
#   bench/trace.sh [BUILD_DIR]     (default build; builds BUILD_DIR-trace0)
set -eu
B=${1:-build}
top=$(pwd)
T0=$B-trace0
CC=${CC:-gcc}
tmp=$(mktemp -d /tmp/libjs-bench.XXXXXX)
trap 'rm -rf "$tmp"' EXIT

make -s B="$B" CC="$CC" all >/dev/null
make -s B="$T0" CC="$CC" TRACE=0 all >/dev/null

"$B/bin/libjs-cc" -O2 bench/trace_loop.c -o "$tmp/release"
"$B/bin/libjs-cc" --trace -O2 bench/trace_loop.c -o "$tmp/dev"
"$T0/bin/libjs-cc" -O2 bench/trace_loop.c -o "$tmp/off"
# Without LTO (-fno-lto at the link too, or the fat objects get LTO
# anyway): a plain call into the machine code of libjs.a.
for v in "$B:hook" "$T0:nohook"; do
	d=${v%%:*} n=${v##*:}
	"$d/bin/libjs-cc" -fno-lto -O2 -c bench/trace_loop.c -o "$tmp/loop.o"
	$CC -fno-lto -nostdlib -static -fno-pie -Wl,--gc-sections "$d/crt1.o" "$tmp/loop.o" \
		"$d/libjs.a" "$d/libjs-rt.a" "$($CC -print-libgcc-file-name)" -o "$tmp/nolto-$n"
done

ir() {	# instructions executed by "$@"
	valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 |
		sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
per_call() {	# (Ir at 200000 calls - Ir at 100000) / 100000, 2 decimals
	a=$(ir "$1" 100000) b=$(ir "$1" 200000)
	echo "$a $b" | awk '{printf "%.2f", ($2 - $1) / 100000}'
}
off=$(per_call "$tmp/off")
rel=$(per_call "$tmp/release")
dev=$(per_call "$tmp/dev")
nh=$(per_call "$tmp/nolto-nohook")
h=$(per_call "$tmp/nolto-hook")
echo "instructions per js_getppid call (callgrind):"
printf '  %-46s %s\n' "hook compiled out (make TRACE=0)" "$off" \
	"release build (hook in, folded by LTO)" "$rel" \
	"libjs-cc --trace, tracing off (hook in, live)" "$dev" \
	"no LTO, hook compiled out" "$nh" \
	"no LTO, hook compiled in and off" "$h"
echo "$off $dev $nh $h" | awk '{printf "  hook in and off costs %+.2f (LTO) and %+.2f (no LTO) instructions per call; target <= 3\n", $2 - $1, $4 - $3}'

ms() {	# wall milliseconds of "$@", best of 3
	best=
	for i in 1 2 3; do
		s=$(date +%s%N)
		"$@" >/dev/null 2>&1
		e=$(date +%s%N)
		t=$(( (e - s) / 1000000 ))
		[ -z "$best" ] || [ "$t" -lt "$best" ] && best=$t
	done
	echo "$best"
}
plain=$(ms "$tmp/dev" 100000)
wrote=$(ms "$tmp/dev" 100000 w)
traced=$(ms env DEBUG=libjs:* "$tmp/dev" 100000)
under=$(ms strace -o /dev/null "$tmp/dev" 100000)
echo "100,000 js_getppid calls, wall time (best of 3), stderr to /dev/null:"
echo "$plain $wrote $traced $under" | awk '{d = $1 > 0 ? $1 : 1;
	printf "  untraced %d ms\n  untraced + one write per call (the syscall cost of a trace line) %d ms (x%.1f)\n", $1, $2, $2 / d;
	printf "  DEBUG=libjs:* %d ms (x%.1f)\n  strace -o /dev/null %d ms (x%.1f)\n", $3, $3 / d, $4, $4 / d}'

strip -o "$tmp/h1" "$B/examples/hello"
"$B/bin/libjs-cc" --trace -Os examples/hello.c -o "$tmp/h2" && strip "$tmp/h2"
echo "hello, static, stripped: $(stat -c %s "$tmp/h1") bytes; with --trace: $(stat -c %s "$tmp/h2") bytes"
