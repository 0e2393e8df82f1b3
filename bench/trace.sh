#!/bin/sh
# Tracing's costs (docs/tracing.md, "Cost"), run by `make bench` (bench/run.sh):
#  1. user-space instructions per js_getppid loop iteration (valgrind
#     --tool=callgrind, (Ir at 2N - Ir at N) / N, deterministic), from the
#     same source as make bench's getppid row (bench/src/getppid.c, -Os,
#     the loop's own 4 instructions included in every column): nolibc 6.1;
#     the hook compiled out (make TRACE=0); compiled in and folded away by
#     LTO (a release build: nothing sets it); compiled in, live and off
#     (libjs-cc --trace, tracing not asked for); the same two without LTO
#     (a plain call into libjs.a's machine code); and a traced call
#     (DEBUG=libjs:*, lines to /dev/null: hook, formatting, one write),
#     also built -O2 (bench/trace_loop.c; with LTO the link's -Os or -O2
#     is what the tracer is compiled with).
#  2. wall time of 100,000 js_getppid calls (bench/trace_loop.c, libjs-cc
#     --trace -O2): untraced, untraced plus one trace-sized write per call
#     (the syscall a trace line costs, without the formatting), traced to
#     /dev/null, and the untraced loop under strace -o /dev/null; fastest of
#     BENCH_RUNS runs (hyperfine, in 4 rounds that take the commands in
#     turn; 3 runs under strace), ratios to untraced.  All
#     four start through the same `env`, so start-up is the same for each.
#     And the untraced loop with each call inside a noinline function: a
#     return through a frame live across a syscall, which costs far more
#     than its instructions on some kernels, and which the hook's stub
#     (src/arch/<arch>/hook_call.S) is built to avoid.
#  3. hello's stripped size (bench/src/hello.c) with and without --trace.
# Environment: B (build dir, default build), BENCH_RUNS (default 20).
# Builds the TRACE=0 library into $B/bench/notrace when bench/run.sh has
# not; prints a report and writes it to $B/bench-trace.md.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
B=${B:-build}
RUNS=${BENCH_RUNS:-20}
W=$B/bench/trace
NT=$B/bench/notrace
NL=$B/bench/nolibc
LINK="-Wl,-z,noseparate-code -Wl,--build-id=none"
mkdir -p "$W"

for t in valgrind strace hyperfine; do
	command -v $t > /dev/null || { echo "bench/trace.sh: $t missing (tools/need-tools.sh bench)" >&2; exit 1; }
done
[ -x "$B/bin/libjs-cc" ] || { echo "bench/trace.sh: build first (make)" >&2; exit 1; }
if [ ! -f "$NL/nolibc.h" ]; then
	tarball=/usr/src/linux-source-6.1.tar.xz
	[ -f "$tarball" ] || { echo "bench/trace.sh: $tarball missing (tools/need-tools.sh bench)" >&2; exit 1; }
	mkdir -p "$NL"
	tar -xJf "$tarball" -C "$NL" --strip-components=4 --wildcards \
		'linux-source-6.1/tools/include/nolibc/*'
fi
if [ ! -x "$NT/bin/libjs-cc" ] || [ ! -f "$NT/libjs.a" ]; then
	env -u MAKEFLAGS -u MAKELEVEL -u MFLAGS make -s -j2 B="$NT" TRACE=0 CC=gcc \
		"$NT/libjs.a" "$NT/crt1.o" "$NT/libjs-rt.a" "$NT/bin/libjs-cc" > "$W/notrace.log" 2>&1 ||
		{ cat "$W/notrace.log"; exit 1; }
fi

# ---- 1. Instructions per call.
S=bench/src/getppid.c
gcc -Os -fno-asynchronous-unwind-tables -fno-ident -nostdlib -static $LINK \
	-I"$NL" -include nolibc.h $S -lgcc -o "$W/nolibc"
CC=gcc "$NT/bin/libjs-cc" -Os -DLIBJS $S -o "$W/out"
CC=gcc "$B/bin/libjs-cc" -Os -DLIBJS $S -o "$W/release"
CC=gcc "$B/bin/libjs-cc" --trace -Os -DLIBJS $S -o "$W/dev"
CC=gcc "$NT/bin/libjs-cc" -Os -fno-lto -DLIBJS $S -o "$W/out-nolto"
CC=gcc "$B/bin/libjs-cc" -Os -fno-lto -DLIBJS $S -o "$W/in-nolto"

ir() { # [VAR=value...] program args... -> total Ir (the program's output dropped)
	env -u DEBUG -u LIBJS_FAULT "$@" > /dev/null 2>&1
	sed -n 's/^==[0-9]*== Collected : *\([0-9]*\).*/\1/p' "$W/vg.log"
}
VG="valgrind --tool=callgrind --callgrind-out-file=/dev/null --log-file=$W/vg.log"
N1=10000 N2=20000
per() { # program [VAR=value...] -> instructions per loop iteration
	p=$1; shift
	a=$(ir "$@" $VG "$p" $N1) b=$(ir "$@" $VG "$p" $N2)
	awk -v a="$a" -v b="$b" -v n=$((N2 - N1)) \
		'BEGIN { v = (b - a) / n; if (v == int(v)) printf "%d", v; else printf "%.2f", v }'
}
i_nolibc=$(per "$W/nolibc")
i_out=$(per "$W/out")
i_rel=$(per "$W/release")
i_dev=$(per "$W/dev")
i_outnl=$(per "$W/out-nolto")
i_innl=$(per "$W/in-nolto")
i_traced=$(per "$W/dev" DEBUG=libjs:*)
# The loop the wall times below run: the program (and with LTO the
# tracer inlined into it) built -O2 rather than -Os.
CC=gcc "$B/bin/libjs-cc" --trace -O2 bench/trace_loop.c -o "$W/loop"
L=$W/loop
i_traced2=$(per "$L" DEBUG=libjs:*)

# ---- 2. Wall time of 100,000 calls.
E="env -u DEBUG -u LIBJS_FAULT"
# In rounds of a few runs of each command in turn, so that a slow spell
# of the shared machine falls on every command rather than on one.
ROUNDS=4 per_round=$(( (RUNS + 3) / 4 ))
rm -f "$W/times.csv"
r=1
while [ $r -le $ROUNDS ]; do
	hyperfine -N --style=none --warmup 2 --runs "$per_round" --output=null \
		--export-csv "$W/times-$r.csv" \
		"$E $L 100000" "$E $L 100000 w" "$E DEBUG=libjs:* $L 100000" "$E $L 100000 r" \
		> "$W/hyperfine.out" 2>&1 || { cat "$W/hyperfine.out"; exit 1; }
	tail -n +2 "$W/times-$r.csv" >> "$W/times.csv"
	r=$((r + 1))
done
hyperfine -N --style=none --warmup 1 --runs 3 --output=null \
	--export-csv "$W/times-strace.csv" "$E strace -o /dev/null $L 100000" \
	> "$W/hyperfine-strace.out" 2>&1 || { cat "$W/hyperfine-strace.out"; exit 1; }
# CSV rows after the header: command,mean,stddev,median,user,system,min,max.
# Command n's fastest run over every round (rows: n, n + 4, ...; strace's
# file has a header and one row).
col() { awk -F, -v n="$2" -v k="$3" '(NR - n) % k == 0 && NR >= n && (m == "" || $7 < m) { m = $7 }
	END { printf "%.1f", m * 1000 }' "$1"; }
t_plain=$(col "$W/times.csv" 1 4)
t_write=$(col "$W/times.csv" 2 4)
t_traced=$(col "$W/times.csv" 3 4)
t_frame=$(col "$W/times.csv" 4 4)
t_strace=$(col "$W/times-strace.csv" 2 1000)
ratio() { awk -v a="$1" -v b="$t_plain" 'BEGIN { printf "%.2f", a / b }'; }

# ---- 3. hello's size both ways.
CC=gcc "$B/bin/libjs-cc" -Os -DLIBJS bench/src/hello.c -o "$W/hello"
CC=gcc "$B/bin/libjs-cc" --trace -Os -DLIBJS bench/src/hello.c -o "$W/hello-trace"
strip -s "$W/hello" "$W/hello-trace"
s_hello=$(wc -c < "$W/hello" | tr -d ' ')
s_trace=$(wc -c < "$W/hello-trace" | tr -d ' ')

out=$B/bench-trace.md
{
	echo "| instructions per \`js_getppid\` loop iteration (callgrind; bench/src/getppid.c, -Os, loop included) | |"
	echo "|---|---:|"
	echo "| nolibc 6.1 | $i_nolibc |"
	echo "| libjs, hook compiled out (\`make TRACE=0\`), libjs-cc | $i_out |"
	echo "| libjs, hook compiled in, folded away by LTO (libjs-cc, release) | $i_rel |"
	echo "| libjs, hook compiled in and off (\`libjs-cc --trace\`, tracing not asked for) | $i_dev |"
	echo "| no LTO (\`libjs-cc -fno-lto\`): hook compiled out / compiled in and off | $i_outnl / $i_innl |"
	echo "| traced (\`libjs-cc --trace\`, \`DEBUG=libjs:*\`, lines to /dev/null) | $i_traced |"
	echo "| traced, the same built -O2 (bench/trace_loop.c, the wall-time loop below) | $i_traced2 |"
	echo
	echo "| 100,000 \`js_getppid\` calls (bench/trace_loop.c), fastest of $RUNS runs (strace: of 3) | ms | x untraced |"
	echo "|---|---:|---:|"
	echo "| untraced | $t_plain | 1.00 |"
	echo "| untraced + one 32-byte write per call (a trace line's syscall, no formatting) | $t_write | $(ratio "$t_write") |"
	echo "| \`DEBUG=libjs:*\`, traced to /dev/null | $t_traced | $(ratio "$t_traced") |"
	echo "| untraced, under \`strace -o /dev/null\` | $t_strace | $(ratio "$t_strace") |"
	echo "| untraced, each call in a noinline function (a return after every syscall: what the hook's stub avoids) | $t_frame | $(ratio "$t_frame") |"
	echo
	echo "\`hello\` (bench/src/hello.c, libjs-cc -Os), stripped: $s_hello bytes; with \`--trace\`: $s_trace bytes."
} > "$out"
cat "$out"
