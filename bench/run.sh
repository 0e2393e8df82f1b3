#!/bin/sh
# make bench: libjs side by side with glibc (static), musl (musl-gcc,
# static) and the kernel's nolibc 6.1, in one run, with the same program
# source (bench/src/*.c; bench/src/shim.h maps names) for every contender;
# then bench/arch.sh (hello and ls per architecture, next to nolibc) and
# bench/trace.sh (tracing's costs), bench/rt.sh (the runtime's costs per
# start-up feature, thread create + join), bench/vdso.sh (clock_gettime and
# getrandom through the vDSO against glibc, musl and the system call) and
# bench/echo.sh (the echo server's size and throughput against glibc) and
# bench/mutex.sh (an uncontended js_mutex lock + unlock against glibc's
# pthread mutex), bench/fmt.sh (js_snprintf against glibc and musl,
# the size of a one-number js_dprintf program, js_strerror's table),
# the system-call coverage (tools/coverage.sh --brief) and bench/sandbox.sh
# (the seccomp filter per call, libjs-cc --sandbox's start-up and size,
# jail against bwrap), bench/examples.sh (every example's stripped size
# against its glibc-static and musl-static twin, and per architecture),
# bench/init.sh (examples/init's size, calls and time against
# busybox-static, tini-static and dumb-init) and bench/boot.sh (boot to
# power-off under TCG per architecture, libjs's init against a
# glibc-static twin).
# Prints one report and writes it to
# $B/bench.md.  Figures are measures, not tests: nothing here fails because
# a figure is off target.
#
# Contenders and how each is built (all -Os; every link gets
# -Wl,-z,noseparate-code -Wl,--build-id=none, which libjs-cc does itself):
#   glibc   gcc -Os -static
#   musl    musl-gcc -Os -static
#   nolibc  gcc -Os -fno-asynchronous-unwind-tables -fno-ident -nostdlib
#           -static -include nolibc.h ... -lgcc   (nolibc.h's own recipe)
#   libjs   libjs-cc -Os                (gcc, LTO: wrappers inlined)
#   hand    gcc by hand, no -flto anywhere (docs/linking.md): gcc's linker
#           plugin still optimises libjs.a's LTO objects as one unit (the
#           unset trace hook is folded away) but cannot inline into main
#   plain   libjs-cc -Os -fno-lto       (libjs.a's machine code as built)
#   clang   CC=clang libjs-cc -Os       (no LTO: clang cannot read gcc's)
#   notrace libjs-cc -Os -fno-lto against a `make TRACE=0` libjs.a (built
#           here, in $B/bench/notrace): the plain link without the hook test
#
# Environment: B (build dir, default build), BENCH_DIR (the 100,000-entry
# directory, default /tmp/libjs-bench-100k, made once and reused),
# BENCH_RUNS (timed runs per command, default 20).  Wall times are the
# fastest of the runs: the work is the same every run, so anything slower
# is the shared machine, not the program.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
B=${B:-build}
W=$B/bench
BIGDIR=${BENCH_DIR:-/tmp/libjs-bench-100k}
RUNS=${BENCH_RUNS:-20}
NENT=100000
LINK="-Wl,-z,noseparate-code -Wl,--build-id=none"
CONTENDERS="glibc musl nolibc libjs hand plain clang notrace"
PROGS="hello cat ls getppid stat"
mkdir -p "$W/bin" "$W/log"

for t in musl-gcc clang valgrind strace hyperfine xz; do
	command -v $t > /dev/null || { echo "bench: $t missing (tools/need-tools.sh bench)" >&2; exit 1; }
done
[ -x "$B/bin/libjs-cc" ] || { echo "bench: build first (make)" >&2; exit 1; }

# ---- nolibc: its headers come from Debian's linux-source-6.1 tarball.
NL=$W/nolibc
if [ ! -f "$NL/nolibc.h" ]; then
	tarball=$(ls /usr/src/linux-source-6.1.tar.xz 2>/dev/null || true)
	[ -n "$tarball" ] || { echo "bench: /usr/src/linux-source-6.1.tar.xz missing" >&2; exit 1; }
	echo "extracting tools/include/nolibc from $tarball"
	mkdir -p "$NL"
	tar -xJf "$tarball" -C "$NL" --strip-components=4 --wildcards \
		'linux-source-6.1/tools/include/nolibc/*'
fi

# ---- libjs without the trace hook (make TRACE=0), for the notrace column.
NT=$W/notrace
env -u MAKEFLAGS -u MAKELEVEL -u MFLAGS make -s -j2 B="$NT" TRACE=0 CC=gcc \
	"$NT/libjs.a" "$NT/crt1.o" "$NT/libjs-rt.a" "$NT/bin/libjs-cc" > "$W/log/notrace.log" 2>&1 ||
	{ cat "$W/log/notrace.log"; exit 1; }

# ---- Build every program for every contender.
build() { # contender program [extra flags]
	c=$1 p=$2; shift 2
	src=bench/src/$p.c out=$W/bin/$p.$c
	case $c in
	glibc*) gcc -Os -static $LINK "$@" "$src" -o "$out" ;;
	musl*) musl-gcc -Os -static $LINK "$@" "$src" -o "$out" ;;
	nolibc*) gcc -Os -fno-asynchronous-unwind-tables -fno-ident -nostdlib -static \
		$LINK -I"$NL" -include nolibc.h "$@" "$src" -lgcc -o "$out" ;;
	libjs) CC=gcc "$B/bin/libjs-cc" -Os -DLIBJS "$src" -o "$out" ;;
	hand) gcc -Os $FREE -DLIBJS -c "$src" -o "$out.o" &&
		gcc -nostdlib -static $LINK -Wl,--gc-sections "$B/crt1.o" "$out.o" \
			"$B/libjs.a" "$B/libjs-rt.a" "$(gcc -print-libgcc-file-name)" -o "$out" &&
		rm -f "$out.o" ;;
	plain) CC=gcc "$B/bin/libjs-cc" -Os -fno-lto -DLIBJS "$src" -o "$out" ;;
	clang) CC=clang "$B/bin/libjs-cc" -Os -DLIBJS "$src" -o "$out" ;;
	notrace) CC=gcc "$NT/bin/libjs-cc" -Os -fno-lto -DLIBJS "$src" -o "$out" ;;
	esac
}
FREE="-ffreestanding -nostdinc -isystem $(gcc -print-file-name=include) -Iinclude \
	-fno-stack-protector -fno-asynchronous-unwind-tables -fno-ident \
	-ffunction-sections -fdata-sections -fno-pie"
echo "building $PROGS for: $CONTENDERS"
GC="-ffunction-sections -fdata-sections -Wl,--gc-sections"
for p in $PROGS; do
	for c in $CONTENDERS; do
		build $c $p > "$W/log/build.$p.$c" 2>&1 ||
			{ cat "$W/log/build.$p.$c"; exit 1; }
	done
done
# The size rows again with libjs-cc's section GC given to the others too.
for p in hello cat ls; do
	for c in glibc musl nolibc; do
		build $c-gc $p $GC > "$W/log/build.$p.$c-gc" 2>&1 ||
			{ cat "$W/log/build.$p.$c-gc"; exit 1; }
	done
done

# Results live in variables named R_<figure>_<contender>.
set_r() { eval "R_$1_$2=\$3"; }
get_r() { eval "printf '%s' \"\${R_$1_$2:--}\""; }
# 12345 -> 12,345
commas() { printf '%s' "$1" | sed -e :a -e 's/\([0-9]\)\([0-9]\{3\}\)\($\|[,.]\)/\1,\2\3/; ta'; }

# ---- Stripped sizes.
for p in hello cat ls; do
	for c in $CONTENDERS glibc-gc musl-gc nolibc-gc; do
		strip -s -o "$W/stripped" "$W/bin/$p.$c"
		set_r "size_$p" "$(echo $c | tr - _)" "$(commas "$(wc -c < "$W/stripped")")"
	done
done
rm -f "$W/stripped"

# ---- Syscalls from execve to exit in hello (strace -f, every line but
# the exit/signal notes).
for c in $CONTENDERS; do
	strace -f -o "$W/log/strace.hello.$c" "$W/bin/hello.$c" > /dev/null
	n=$(grep -v -e '+++' -e '^[0-9]* *---' "$W/log/strace.hello.$c" | wc -l)
	set_r sc_hello $c "$n"
done

# ---- User-space instructions (callgrind's total Ir: deterministic).
ir() { # program args...
	valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 > /dev/null |
		sed -n 's/^==[0-9]*== Collected : *\([0-9]*\).*/\1/p'
}
# hello under `env -i` plus exactly 37 variables (valgrind adds its own
# few for the client; the same for every contender).
vars= i=1
while [ $i -le 37 ]; do vars="$vars BENCH_VAR_$i=value-number-$i"; i=$((i + 1)); done
for c in $CONTENDERS; do
	set_r ir_hello $c "$(commas "$(env -i $vars valgrind --tool=callgrind \
		--callgrind-out-file=/dev/null "$W/bin/hello.$c" 2>&1 > /dev/null |
		sed -n 's/^==[0-9]*== Collected : *\([0-9]*\).*/\1/p')")"
done
# Per loop iteration: (Ir at 2N - Ir at N) / N; startup cancels out.
N1=1000 N2=2000
for p in getppid stat; do
	for c in $CONTENDERS; do
		a=$(ir "$W/bin/$p.$c" $N1) b=$(ir "$W/bin/$p.$c" $N2)
		set_r "ir_$p" $c "$(awk -v a="$a" -v b="$b" -v n=$((N2 - N1)) \
			'BEGIN { v = (b - a) / n; if (v == int(v)) printf "%d", v; else printf "%.2f", v }')"
	done
done

# ---- Listing a 100,000-entry directory: getdents64 calls and wall time.
if [ "$(ls -f "$BIGDIR" 2>/dev/null | wc -l)" != $((NENT + 2)) ]; then
	echo "making $BIGDIR with $NENT entries (once; reused by later runs)"
	rm -rf "$BIGDIR"
	mkdir -p "$BIGDIR"
	(cd "$BIGDIR" && seq -f 'entry-%06g' 1 $NENT | xargs touch)
fi
"$W/bin/ls.glibc" "$BIGDIR" | sort > "$W/log/ls.want"
for c in $CONTENDERS; do
	"$W/bin/ls.$c" "$BIGDIR" | sort | cmp -s - "$W/log/ls.want" ||
		echo "bench: WARNING: ls.$c does not list what ls.glibc lists" >&2
	strace -f -e trace=getdents64 -o "$W/log/strace.ls.$c" "$W/bin/ls.$c" "$BIGDIR" > /dev/null
	set_r gd_ls $c "$(commas "$(grep -c 'getdents64(' "$W/log/strace.ls.$c")")"
done
LS=$(command -v ls)
strace -f -e trace=getdents64 -o "$W/log/strace.ls.lsf" "$LS" -f "$BIGDIR" > /dev/null
gd_lsf=$(commas "$(grep -c 'getdents64(' "$W/log/strace.ls.lsf")")

echo "timing the listings (fastest of $RUNS runs each, hyperfine)"
set -- --shell=none --style=none --warmup 3 --runs "$RUNS" --output=null \
	--export-csv "$W/log/ls-times.csv"
for c in $CONTENDERS; do set -- "$@" "$W/bin/ls.$c $BIGDIR"; done
hyperfine "$@" "$LS -f $BIGDIR" > "$W/log/hyperfine.out" 2>&1 ||
	{ cat "$W/log/hyperfine.out"; exit 1; }
# CSV rows: command,mean,stddev,median,user,system,min,max in the order
# given; the ratio of each fastest run to glibc's.
base=$(awk -F, 'NR == 2 { print $7 }' "$W/log/ls-times.csv")
i=2
for c in $CONTENDERS lsf; do
	r=$(awk -F, -v n=$i -v b="$base" 'NR == n { printf "%.2f", $7 / b }' "$W/log/ls-times.csv")
	if [ $c = lsf ]; then wt_lsf=$r; else set_r wt_ls $c "$r"; fi
	i=$((i + 1))
done

# ---- The other two reports: sizes per architecture, tracing's costs.
echo "per-architecture sizes (bench/arch.sh)"
B=$B bench/arch.sh > "$W/log/arch.out" 2>&1 || { cat "$W/log/arch.out"; exit 1; }
echo "tracing costs (bench/trace.sh)"
B=$B BENCH_RUNS=$RUNS bench/trace.sh > "$W/log/trace.out" 2>&1 || { cat "$W/log/trace.out"; exit 1; }
echo "runtime costs (bench/rt.sh)"
B=$B BENCH_RUNS=$RUNS sh bench/rt.sh > "$W/log/rt.out" 2>&1 || { cat "$W/log/rt.out"; exit 1; }
echo "vDSO calls (bench/vdso.sh)"
B=$B bench/vdso.sh > "$W/log/vdso.out" 2>&1 || { cat "$W/log/vdso.out"; exit 1; }
echo "echo server (bench/echo.sh)"
sh bench/echo.sh "$B" > "$W/log/echo.out" 2>&1 || { cat "$W/log/echo.out"; exit 1; }
echo "the toolkit's formatter (bench/fmt.sh)"
B=$B sh bench/fmt.sh > "$W/log/fmt.out" 2>&1 || { cat "$W/log/fmt.out"; exit 1; }
echo "uncontended mutex (bench/mutex.sh)"
B=$B BENCH_RUNS=$RUNS sh bench/mutex.sh > "$W/log/mutex.out" 2>&1 || { cat "$W/log/mutex.out"; exit 1; }
echo "sandboxes (bench/sandbox.sh)"
B=$B BENCH_RUNS=$RUNS sh bench/sandbox.sh > "$W/log/sandbox.out" 2>&1 || { cat "$W/log/sandbox.out"; exit 1; }
echo "the examples against their libc twins (bench/examples.sh)"
B=$B sh bench/examples.sh > "$W/log/examples.out" 2>&1 || { cat "$W/log/examples.out"; exit 1; }
echo "init (bench/init.sh)"
BENCH_RUNS=$RUNS sh bench/init.sh "$B" > "$W/log/init.out" 2>&1 || { cat "$W/log/init.out"; exit 1; }
echo "boot to power-off under TCG (bench/boot.sh)"
B=$B sh bench/boot.sh > "$W/log/boot.out" 2>&1 || { cat "$W/log/boot.out"; exit 1; }

# ---- System-call coverage (tools/coverage.sh; a figure here, so a
# number neither wrapped nor excluded does not stop the benchmarks: make
# coverage is the check).
echo "system-call coverage (tools/coverage.sh)"
sh tools/coverage.sh --brief > "$W/log/coverage.out" 2>&1 || { cat "$W/log/coverage.out"; exit 1; }

# ---- The table.
row() { # title target figure
	printf '| %s |' "$1"
	for c in $CONTENDERS; do printf ' %s |' "$(get_r "$3" $c)"; done
	printf ' %s |\n' "$2"
}
out=$B/bench.md
{
	echo "libjs benchmarks, \`make bench\`, $(date -u '+%Y-%m-%d %H:%M UTC')"
	echo "machine: $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), $(nproc) CPUs, Linux $(uname -r);"
	echo "$(gcc --version | head -1), $(clang --version | head -1), musl $(dpkg-query -W -f='${Version}' musl-tools), nolibc from linux-source-6.1, $(valgrind --version)"
	echo
	echo "| figure | glibc static | musl static | nolibc 6.1 | libjs: libjs-cc (gcc LTO) | libjs: gcc by hand | libjs: libjs-cc -fno-lto | libjs: clang | libjs: -fno-lto, TRACE=0 | libjs target |"
	echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
	row '`bench/src/hello.c` stripped bytes' '<= 700' size_hello
	row '`bench/src/cat.c` stripped bytes' '' size_cat
	row '`bench/src/ls.c` stripped bytes' '' size_ls
	row 'syscalls from execve to exit in `hello`' '3' sc_hello
	row 'user instructions, all of `hello`, 37 env vars' '<= 300' ir_hello
	row 'instructions per `getppid` loop iteration (`bench/src/getppid.c`)' '<= 6 libjs-cc, <= 7 plain' ir_getppid
	row 'instructions per `stat` loop iteration (`bench/src/stat.c`, st_size summed)' '<= 10' ir_stat
	row "getdents64 calls listing $(commas $NENT) entries" '<= 99' gd_ls
	row 'wall time listing them, fastest run, ratio to glibc (same run)' '<= 1.00' wt_ls
	echo
	echo "Same figures with libjs-cc's section GC (-ffunction-sections -fdata-sections"
	echo "-Wl,--gc-sections) given to the others as well: stripped bytes glibc / musl / nolibc:"
	for p in hello cat ls; do
		echo "$p $(get_r size_$p glibc_gc) / $(get_r size_$p musl_gc) / $(get_r size_$p nolibc_gc);"
	done
	echo
	echo "\`ls -f\` ($LS) on the same directory: $gd_lsf getdents64 calls, wall time $wt_lsf x glibc's."
	echo "nolibc 6.1 has no opendir/readdir: its \`ls\` uses the shim's getdents64 reader (32 KiB buffer)."
	objdump -h "$B/libjs.a" 2>/dev/null | grep -q '\.gnu\.lto_' ||
		echo "NOTE: $B/libjs.a carries no LTO bytecode (built by clang?): the libjs-cc column is a plain link here; run \`make bench\` on the gcc build for it."
	echo "Loop iterations count the loop itself (gcc -Os: cmp, je, inc, jmp = 4; clang: 2-3)."
	echo
	echo "Stripped \`hello\` and \`ls\` per architecture, next to nolibc's (bench/arch.sh, gcc 12 -Os):"
	echo
	cat "$B/bench-arch.md"
	echo
	echo "Tracing's costs (bench/trace.sh):"
	echo
	cat "$B/bench-trace.md"
	echo
	echo "The runtime (bench/rt.sh):"
	echo
	cat "$B/bench-rt.md"
	echo "The vDSO: clock_gettime and getrandom per call (bench/vdso.sh):"
	echo
	cat "$B/bench-vdso.md"
	echo
	echo "The echo server (bench/echo.sh):"
	echo
	cat "$B/bench-echo.md"
	echo
	echo "The uncontended mutex (bench/mutex.sh):"
	echo
	cat "$B/bench-mutex.md"
	echo
	echo "System-call coverage (\`make coverage\`, docs/syscalls.md):"
	echo
	sed "s/^/- /" "$W/log/coverage.out"
	echo
	echo "The toolkit's formatter and error table (bench/fmt.sh):"
	echo
	cat "$B/bench-fmt.md"
	echo
	echo "Sandboxes: the seccomp filter's cost, --sandbox's start-up, jail against bwrap (bench/sandbox.sh):"
	echo
	cat "$B/bench-sandbox.md"
	echo
	echo "The examples, stripped bytes, against the same sources on glibc and musl (bench/examples.sh, docs/examples.md):"
	echo
	cat "$B/bench-examples.md"
	echo
	echo "init against busybox-static, tini-static and dumb-init (bench/init.sh):"
	echo
	cat "$B/bench-init.md"
	echo
	echo "Boot to power-off under TCG, libjs's init against a glibc-static twin (bench/boot.sh):"
	echo
	cat "$B/bench-boot.md"
} > "$out"
echo
cat "$out"
echo
echo "written to $out; logs and binaries in $W"
