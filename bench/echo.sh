#!/bin/sh
# examples/echo-server: its stripped size and its loopback throughput,
# side by side with the same source built on glibc, one run each, driven
# by the same load generator (tests/sh/echo_load.c: NCONN concurrent
# connections each echoing BYTES bytes, every byte checked).  Measures,
# not tests: nothing fails because a figure is off.
#
#   sh bench/echo.sh [BUILD_DIR]        (default build; run `make` first)
#
# Contenders:
#   libjs   $B/examples/echo-server as `make` builds it: libjs-cc -Os
#           (freestanding, no libc).
#   glibc   gcc -Os -static examples/echo-server.c bench/echo_glibc.c
#           $B/libjs.a: every system call the server makes goes through
#           glibc's wrapper (bench/echo_glibc.c defines the js_* calls
#           over them); libjs.a only supplies what makes no system call
#           (error text, address parsing, signal-set bits), and the list
#           of its members that went in is printed.
#   glibc-dyn  the same, dynamically linked: size only (the loop is the
#           same code as the static one).
# Environment: ECHO_CONNS (default 50), ECHO_BYTES (default 16 MiB).
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
B=${1:-${B:-build}}
W=$B/bench/echo
CONNS=${ECHO_CONNS:-50}
BYTES=${ECHO_BYTES:-16777216}
LINK="-Wl,-z,noseparate-code -Wl,--build-id=none"
mkdir -p "$W"

SRV=$B/examples/echo-server
[ -x "$SRV" ] && [ -f "$B/libjs.a" ] || { echo "bench/echo.sh: build first (make)" >&2; exit 1; }

cp "$SRV" "$W/echo-server.libjs"
gcc -Os -static -Iinclude $LINK examples/echo-server.c bench/echo_glibc.c "$B/libjs.a" \
	-Wl,-Map,"$W/glibc.map" -o "$W/echo-server.glibc"
gcc -Os -Iinclude $LINK examples/echo-server.c bench/echo_glibc.c "$B/libjs.a" \
	-o "$W/echo-server.glibc-dyn"
members=$(grep -o 'libjs\.a([A-Za-z0-9_]*\.[cS]\.o)' "$W/glibc.map" |
	sed 's/libjs\.a(\(.*\)\.[cS]\.o)/\1/' | sort -u | tr '\n' ' ')
cc -O2 tests/sh/echo_load.c -o "$W/echo_load"

size() { strip -o "$W/stripped" "$1" && wc -c < "$W/stripped" | tr -d ' '; rm -f "$W/stripped"; }

# run NAME: start that server on 127.0.0.1, port 0, drive the load once,
# stop it with SIGTERM; sets mibs (MiB/s echoed) and cpu (the server's
# user+system seconds over the run, from /proc/PID/stat).
run() {
	rm -f "$W/$1.port"
	"$W/echo-server.$1" -b 127.0.0.1 0 > "$W/$1.port" 2> "$W/$1.err" &
	pid=$!
	i=0
	port=
	while [ -z "$port" ] && [ $i -lt 100 ]; do
		sleep 0.1
		port=$(head -n 1 "$W/$1.port" 2>/dev/null || true)
		i=$((i + 1))
	done
	[ -n "$port" ] || { kill -9 $pid; echo "bench/echo.sh: $1 did not start: $(cat "$W/$1.err")" >&2; exit 1; }
	if ! timeout 600 "$W/echo_load" 127.0.0.1 "$port" "$CONNS" "$BYTES" 580 > "$W/$1.load"; then
		kill -9 $pid
		echo "bench/echo.sh: the $1 run failed:" >&2
		tail -n 5 "$W/$1.load" >&2
		exit 1
	fi
	hz=$(getconf CLK_TCK)
	# Fields 14 and 15 of /proc/PID/stat, counted after the ")" that
	# ends the command name.
	cpu=$(sed 's/.*) //' /proc/$pid/stat | awk -v hz="$hz" '{ printf "%.2f", ($12 + $13) / hz }')
	kill -TERM $pid
	wait $pid || { echo "bench/echo.sh: $1 did not exit 0 on SIGTERM" >&2; exit 1; }
	mibs=$(sed -n 's/.*(\([0-9.]*\) MiB\/s).*/\1/p' "$W/$1.load")
}

# Loopback throughput on a shared 2-CPU machine swings by a third from run
# to run, and whichever server goes first pays for a cold TCP stack: so
# ROUNDS interleaved rounds (libjs, glibc, libjs, ...), best of each.
ROUNDS=${ECHO_ROUNDS:-3}
best() { awk -v a="$1" -v b="$2" 'BEGIN { print (a == "" || b + 0 > a + 0) ? b : a }'; }
mibs_libjs= mibs_glibc= r=0
while [ $r -lt "$ROUNDS" ]; do
	run libjs
	[ "$(best "$mibs_libjs" "$mibs")" = "$mibs" ] && { mibs_libjs=$mibs; cpu_libjs=$cpu; }
	run glibc
	[ "$(best "$mibs_glibc" "$mibs")" = "$mibs" ] && { mibs_glibc=$mibs; cpu_glibc=$cpu; }
	r=$((r + 1))
done
ratio=$(awk -v a="$mibs_libjs" -v b="$mibs_glibc" 'BEGIN { printf "%.2f", a / b }')

out=$B/bench-echo.md
{
	echo "echo-server, \`sh bench/echo.sh\`, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, Linux $(uname -r), $(gcc --version | head -1)"
	echo "load: $CONNS connections x $BYTES bytes echoed over 127.0.0.1, best of $ROUNDS interleaved rounds each (tests/sh/echo_load.c)"
	echo
	echo "| figure | libjs (libjs-cc -Os) | glibc (gcc -Os -static) |"
	echo "|---|---:|---:|"
	echo "| stripped bytes | $(size "$W/echo-server.libjs") | $(size "$W/echo-server.glibc") |"
	echo "| throughput, MiB/s echoed | $mibs_libjs | $mibs_glibc |"
	echo "| server CPU seconds (user+sys), in that best run | $cpu_libjs | $cpu_glibc |"
	echo
	echo "throughput ratio libjs / glibc: $ratio"
	echo "glibc dynamically linked: $(size "$W/echo-server.glibc-dyn") stripped bytes (plus libc.so)"
	echo "libjs.a members in the glibc build (no system call among them): $members"
} > "$out"
cat "$out"
