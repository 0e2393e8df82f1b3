#!/bin/sh
# The uncontended mutex (issue 9, "Benchmarks"), run by `make bench`
# (bench/run.sh): one lock + unlock pair of js_mutex against glibc's
# static pthread_mutex_lock/pthread_mutex_unlock on a default mutex, from
# the same source (bench/mutex_loop.c, -O2):
#  1. user-space instructions per pair: valgrind --tool=callgrind,
#     (Ir at 2N - Ir at N) / N, deterministic; the loop's own counter and
#     branch (2-3 instructions) are in every column;
#  2. wall time per pair: (fastest run of 20,000,000 pairs - fastest run
#     of 0 pairs) / 20,000,000, hyperfine, BENCH_RUNS runs each, in rounds
#     that take the commands in turn.
# Columns: glibc (gcc -O2 -static) in a process that never had a second
# thread (glibc then drops the lock prefix: cheaper than any real
# multi-threaded lock), glibc after one pthread_create + join (the locked
# instructions, what js_mutex always does); libjs-cc -O2 (gcc LTO: the fast path
# is inlined into the loop); libjs-cc -O2 -fno-lto (a call into libjs.a,
# like glibc's); clang (CC=clang libjs-cc -O2, no LTO).
# Environment: B (build dir, default build), BENCH_RUNS (default 20).
# Prints a report and writes it to $B/bench-mutex.md.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
B=${B:-build}
RUNS=${BENCH_RUNS:-20}
W=$B/bench/mutex
mkdir -p "$W"

for t in valgrind hyperfine clang; do
	command -v $t > /dev/null || { echo "bench/mutex.sh: $t missing (tools/need-tools.sh bench)" >&2; exit 1; }
done
[ -x "$B/bin/libjs-cc" ] || { echo "bench/mutex.sh: build first (make)" >&2; exit 1; }

S=bench/mutex_loop.c
gcc -O2 -static $S -o "$W/glibc"
gcc -O2 -static -DSECOND_THREAD $S -o "$W/glibcmt"
CC=gcc "$B/bin/libjs-cc" -O2 -DLIBJS $S -o "$W/libjs"
CC=gcc "$B/bin/libjs-cc" -O2 -fno-lto -DLIBJS $S -o "$W/nolto"
CC=clang "$B/bin/libjs-cc" -O2 -DLIBJS $S -o "$W/clang"
COLS="glibc glibcmt libjs nolto clang"

# ---- 1. Instructions per pair.
N1=100000 N2=200000
ir() { # program n -> total Ir
	env -u DEBUG -u LIBJS_FAULT valgrind --tool=callgrind --callgrind-out-file=/dev/null \
		--log-file="$W/vg.log" "$1" "$2" > /dev/null 2>&1
	sed -n 's/^==[0-9]*== Collected : *\([0-9]*\).*/\1/p' "$W/vg.log"
}
for c in $COLS; do
	a=$(ir "$W/$c" $N1) b=$(ir "$W/$c" $N2)
	eval "i_$c=\$(awk -v a=$a -v b=$b -v n=$((N2 - N1)) \
		'BEGIN { r = sprintf(\"%.2f\", (b - a) / n); sub(/\\.00\$/, \"\", r); print r }')"
done

# ---- 2. Wall time per pair.
N=20000000
E="env -u DEBUG -u LIBJS_FAULT"
ROUNDS=4 per_round=$(( (RUNS + 3) / 4 ))
rm -f "$W/times.csv"
r=1
while [ $r -le $ROUNDS ]; do
	set -- -N --style=none --warmup 1 --runs "$per_round" --output=null --export-csv "$W/times-$r.csv"
	for c in $COLS; do set -- "$@" "$E $W/$c 0" "$E $W/$c $N"; done
	hyperfine "$@" > "$W/hyperfine.out" 2>&1 || { cat "$W/hyperfine.out"; exit 1; }
	tail -n +2 "$W/times-$r.csv" >> "$W/times.csv"
	r=$((r + 1))
done
# Rows of command k (1-based, 10 commands per round): its fastest run.
best() { awk -F, -v n="$1" '(NR - n) % 10 == 0 && NR >= n && (m == "" || $7 < m) { m = $7 } END { print m }' "$W/times.csv"; }
k=1
for c in $COLS; do
	t0=$(best $k) t1=$(best $((k + 1)))
	eval "t_$c=\$(awk -v a=$t0 -v b=$t1 -v n=$N 'BEGIN { printf \"%.2f\", (b - a) / n * 1e9 }')"
	k=$((k + 2))
done
ratio() { awk -v a="$1" -v b="$t_glibcmt" 'BEGIN { printf "%.2f", a / b }'; }

out=$B/bench-mutex.md
{
	echo "| uncontended lock + unlock pair | glibc static, never threaded | glibc static, after a thread | libjs: libjs-cc -O2 (gcc LTO) | libjs: libjs-cc -O2 -fno-lto | libjs: clang |"
	echo "|---|---:|---:|---:|---:|---:|"
	echo "| user instructions per pair (callgrind; loop included) | $i_glibc | $i_glibcmt | $i_libjs | $i_nolto | $i_clang |"
	echo "| wall time per pair, ns (fastest of $RUNS runs) | $t_glibc | $t_glibcmt | $t_libjs | $t_nolto | $t_clang |"
	echo "| wall time, ratio to glibc after a thread | $(ratio $t_glibc) | 1.00 | $(ratio $t_libjs) | $(ratio $t_nolto) | $(ratio $t_clang) |"
} > "$out"
cat "$out"
