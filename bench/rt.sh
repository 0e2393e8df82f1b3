#!/bin/sh
# The runtime's costs, run by `make bench` (bench/run.sh):
#  1. what each start-up feature adds to a program: stripped size of
#     hello (bench/src/hello.c) and of hello plus one feature
#     (bench/src/rt_features.c: a constructor, a __thread variable, an
#     ifunc, one thread; hello.c built -fstack-protector-all), libjs-cc -Os,
#     on x86_64 and, cross-built, aarch64 and riscv64;
#  2. thread create + join: user-space instructions per cycle (valgrind
#     --tool=callgrind, (Ir at 2N - Ir at N) / N, deterministic) and wall
#     time of 2,000 cycles (hyperfine, fastest of BENCH_RUNS runs, ratio to
#     glibc's in the same run), libjs against glibc static pthreads
#     (bench/src/thread_cycle.c).
# Environment: B (build dir, default build), BENCH_RUNS (default 20).
# Prints a report and writes it to $B/bench-rt.md.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
B=${B:-build}
RUNS=${BENCH_RUNS:-20}
W=$B/bench/rt
mkdir -p "$W"
for t in valgrind hyperfine; do
	command -v $t > /dev/null || { echo "bench/rt.sh: $t missing (tools/need-tools.sh bench)" >&2; exit 1; }
done

# ---- 1. Sizes per feature and architecture.
sizes() { # arch -> "hello +ctor +tls +ssp +ifunc +thread" (bytes, deltas)
	a=$1 d=$W/$1
	mkdir -p "$d"
	cc="$B/bin/libjs-cc --target=$a -Os"
	st=strip; [ "$a" = "$(uname -m)" ] || st=$a-linux-gnu-strip
	$cc -DLIBJS bench/src/hello.c -o "$d/hello"
	$cc -DLIBJS -fstack-protector-all bench/src/hello.c -o "$d/ssp"
	for f in CTOR TLS IFUNC THREAD; do
		$cc -D$f bench/src/rt_features.c -o "$d/$f"
	done
	$st "$d/hello" "$d/ssp" "$d/CTOR" "$d/TLS" "$d/IFUNC" "$d/THREAD"
	h=$(stat -c %s "$d/hello")
	printf '%s' "$h"
	for f in CTOR TLS ssp IFUNC THREAD; do
		printf ' +%s' $(($(stat -c %s "$d/$f") - h))
	done
}
rows=
for a in x86_64 aarch64 riscv64; do
	[ -f "$B/libjs.a" ] || continue
	if [ "$a" != "$(uname -m)" ]; then
		env -u MAKEFLAGS -u MAKELEVEL -u MFLAGS make -s -j2 ARCH=$a CC=$a-linux-gnu-gcc \
			BB="$B" B="$B-$a" > "$W/build-$a.log" 2>&1 || { cat "$W/build-$a.log"; exit 1; }
	fi
	rows="$rows$(sizes $a | awk -v a=$a '{ printf "| %s | %s | %s | %s | %s | %s | %s |\n", a, $1, $2, $3, $4, $5, $6 }')
"
done

# ---- 2. Thread create + join.
S=bench/src/thread_cycle.c
CC=gcc "$B/bin/libjs-cc" -O2 -DLIBJS $S -o "$W/thr.libjs"
gcc -O2 -static -pthread $S -o "$W/thr.glibc"
VG="valgrind --tool=callgrind --callgrind-out-file=/dev/null --log-file=$W/vg.log"
ir() { $VG "$@" > /dev/null 2>&1; sed -n 's/^==[0-9]*== Collected : *\([0-9]*\).*/\1/p' "$W/vg.log"; }
per() { a=$(ir "$1" 500) b=$(ir "$1" 1000); echo $(((b - a) / 500)); }
i_libjs=$(per "$W/thr.libjs")
i_glibc=$(per "$W/thr.glibc")
hyperfine -N -w 3 -r "$RUNS" --export-json "$W/thr.json" \
	"$W/thr.glibc 2000" "$W/thr.libjs 2000" > "$W/hyperfine.log" 2>&1
best() { python3 -c "import json,sys; r=json.load(open('$W/thr.json'))['results']; print(min(r[$1]['times']))"; }
t_glibc=$(best 0) t_libjs=$(best 1)
ratio=$(awk -v a="$t_libjs" -v b="$t_glibc" 'BEGIN { printf "%.2f", a / b }')
us() { awk -v t="$1" 'BEGIN { printf "%.1f", t * 1e6 / 2000 }'; }

out=$B/bench-rt.md
{
	echo "What each start-up feature adds (stripped bytes, libjs-cc -Os; hello, then hello plus the feature):"
	echo
	echo "| arch | hello | + constructor | + \`__thread\` | + -fstack-protector-all | + ifunc | + one thread |"
	echo "|---|---:|---:|---:|---:|---:|---:|"
	printf '%s' "$rows"
	echo
	echo "Thread create + join (bench/src/thread_cycle.c, -O2; glibc 2.36 static pthreads):"
	echo
	echo "| figure | glibc | libjs |"
	echo "|---|---:|---:|"
	echo "| user instructions per create + join | $i_glibc | $i_libjs |"
	echo "| wall time per create + join, fastest of $RUNS runs of 2,000 (us) | $(us "$t_glibc") | $(us "$t_libjs") |"
	echo "| wall-time ratio to glibc (same run) | 1.00 | $ratio |"
} > "$out"
cat "$out"
