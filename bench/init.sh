#!/bin/sh
# examples/init against the inits people put in containers and initramfs
# images: stripped bytes, system calls and wall time to run `/bin/true`
# as a subreaper (the part every one of them does; none of this needs
# root).  Measures, not tests: nothing fails because a figure is off
# (docs/init.md, "Figures").
#
#   sh bench/init.sh [BUILD_DIR]        (default build; run `make` first)
#
# Contenders:
#   libjs        $B/examples/init as `make` builds it (libjs-cc -Os), and
#                $B-aarch64, $B-riscv64's when those are built;
#   init.c+glibc the same source with gcc -Os -static next to glibc's
#                start-up (libjs.a's calls, glibc's runtime); init.c+musl
#                the same with musl-gcc -Os -static;
#   busybox      /bin/busybox from busybox-static (the whole multi-call
#                binary: its init is not separable);
#   tini         /usr/bin/tini-static (Debian's tini, static, glibc);
#   dumb-init    /usr/bin/dumb-init (Debian's is dynamically linked: its
#                bytes plus glibc's libc.so.6).
# Environment: BENCH_RUNS (timed runs, default 20).
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
B=${1:-${B:-build}}
W=$B/bench/init
RUNS=${BENCH_RUNS:-20}
LINK="-Wl,-z,noseparate-code -Wl,--build-id=none"
mkdir -p "$W"
[ -x "$B/examples/init" ] || { echo "bench/init.sh: build first (make)" >&2; exit 1; }
for t in /bin/busybox /usr/bin/tini-static /usr/bin/dumb-init; do
	[ -x "$t" ] || { echo "bench/init.sh: $t missing (tools/need-tools.sh bench)" >&2; exit 1; }
done

size() { strip -o "$W/stripped" "$1" 2> /dev/null || cp "$1" "$W/stripped"; wc -c < "$W/stripped" | tr -d ' '; rm -f "$W/stripped"; }
commas() { printf '%s' "$1" | sed -e :a -e 's/\([0-9]\)\([0-9]\{3\}\)\($\|[,.]\)/\1,\2\3/; ta'; }

cp "$B/examples/init" "$W/init.libjs"
gcc -Os -static -Iinclude $LINK examples/init.c "$B/libjs.a" -o "$W/init.glibc"
musl-gcc -Os -static -Iinclude $LINK examples/init.c "$B/libjs.a" -o "$W/init.musl"

# calls NAME CMD...: system calls the init process itself makes, from
# execve to exit_group, running /bin/true (strace -f; the child's lines
# are told apart by pid, a call strace splits around another process's
# counts once).
calls() {
	f=$W/strace.$1
	shift
	strace -f -o "$f" "$@" > /dev/null 2>&1 || true
	first=$(awk 'NR == 1 { print $1 }' "$f")
	grep "^$first " "$f" | grep -vc -e ' resumed>' -e ' +++ ' -e ' --- ' | tr -d ' '
}
n_libjs=$(calls libjs "$W/init.libjs" /bin/true)
n_glibc=$(calls glibc "$W/init.glibc" /bin/true)
n_musl=$(calls musl "$W/init.musl" /bin/true)
n_tini=$(calls tini /usr/bin/tini-static -s -- /bin/true)
n_dumb=$(calls dumb /usr/bin/dumb-init /bin/true)

hyperfine --shell=none --style=none --warmup 3 --runs "$RUNS" --output=null \
	--export-csv "$W/times.csv" \
	"$W/init.libjs /bin/true" "$W/init.glibc /bin/true" "$W/init.musl /bin/true" \
	"/usr/bin/tini-static -s -- /bin/true" "/usr/bin/dumb-init /bin/true" \
	"/bin/true" > "$W/hyperfine.out" 2>&1 || { cat "$W/hyperfine.out"; exit 1; }
# fastest run of row N, in microseconds
us() { awk -F, -v n="$1" 'NR == n + 1 { printf "%d", $7 * 1000000 }' "$W/times.csv"; }

arch_sizes=
for a in aarch64 riscv64; do
	[ -x "$B-$a/examples/init" ] || continue
	s=$("$a-linux-gnu-strip" -o "$W/stripped.$a" "$B-$a/examples/init" && wc -c < "$W/stripped.$a" | tr -d ' ')
	arch_sizes="$arch_sizes $a $(commas "$s");"
done

out=$B/bench-init.md
{
	echo "init, \`sh bench/init.sh\`, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, Linux $(uname -r), $(gcc --version | head -1)"
	echo "busybox-static $(dpkg-query -W -f='${Version}' busybox-static), tini $(dpkg-query -W -f='${Version}' tini), dumb-init $(dpkg-query -W -f='${Version}' dumb-init)"
	echo
	echo "| figure (x86_64) | libjs init | init.c + glibc static | init.c + musl static | busybox-static | tini-static | dumb-init |"
	echo "|---|---:|---:|---:|---:|---:|---:|"
	echo "| stripped bytes | $(commas "$(size "$W/init.libjs")") | $(commas "$(size "$W/init.glibc")") | $(commas "$(size "$W/init.musl")") | $(commas "$(size /bin/busybox)") | $(commas "$(size /usr/bin/tini-static)") | $(commas "$(size /usr/bin/dumb-init)") + libc.so.6 |"
	echo "| system calls of the init process, running /bin/true | $n_libjs | $n_glibc | $n_musl | - | $n_tini | $n_dumb |"
	echo "| wall time running /bin/true, fastest of $RUNS, us | $(us 1) | $(us 2) | $(us 3) | - | $(us 4) | $(us 5) |"
	echo
	echo "/bin/true alone: $(us 6) us.  Target: libjs init under 8 KiB (8,192 bytes) stripped."
	[ -n "$arch_sizes" ] && echo "libjs init stripped on the other architectures:$arch_sizes"
} > "$out"
cat "$out"
