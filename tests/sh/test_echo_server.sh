#!/bin/sh
# examples/echo-server on 127.0.0.1 (loopback only), driven by
# tests/sh/echo_load.c (glibc, built here with cc): 200 concurrent
# connections echo 1 MiB each, byte-checked; the connections are closed
# after each EOF; SIGTERM and SIGINT stop it with exit status 0 after
# closing the listener and every open connection (strace as witness when
# it can trace); bad arguments are refused.  Every wait is bounded.
#   tests/sh/test_echo_server.sh BUILD_DIR TOP   (run in a scratch directory)
B=$1 top=$2
SRV=$B/examples/echo-server
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }
check() { name=$1; shift; if "$@"; then ok; else ko "$name"; fi; }
done_() { echo "$pass passed, $fail failed"; [ $fail = 0 ]; exit; }

[ -x "$SRV" ] || { ko "$SRV not built"; done_; }
cc -O2 -Wall -Wextra -Werror "$top/tests/sh/echo_load.c" -o echo_load ||
	{ ko "build echo_load"; done_; }
ok

# Servers started and not yet reaped: none outlives the test.
pids=
trap 'for p in $pids; do kill -9 $p 2>/dev/null; done' EXIT
forget() { pids=$(echo " $pids " | sed "s/ $1 / /"); }

# start NAME [server args...]: runs the server with its port line going
# to NAME.port; sets spid and port (empty when it never came up).
start() {
	name=$1; shift
	rm -f "$name.port" "$name.err"
	"$@" > "$name.port" 2> "$name.err" &
	spid=$!
	pids="$pids $spid"
	port=
	i=0
	while [ $i -lt 100 ]; do
		port=$(head -n 1 "$name.port" 2>/dev/null)
		case $port in *[!0-9]* | '') port= ;; *) break ;; esac
		kill -0 $spid 2>/dev/null || break
		sleep 0.1
		i=$((i + 1))
	done
	[ -n "$port" ] || ko "$name: no port line: $(cat "$name.err")"
}

# stop_wait PID: rc = the exit status of PID within 20 s (999 and
# kill -9 if it is still running then); PID is reaped and forgotten.
# (Not in $(...): only this shell can wait for its children.)
stop_wait() {
	i=0
	while kill -0 $1 2>/dev/null && [ $i -lt 200 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	if kill -0 $1 2>/dev/null; then
		kill -9 $1
		wait $1
		rc=999
	else
		wait $1
		rc=$?
	fi
	forget $1
}


# The socket descriptors PID holds, one number a line.
sockets() {
	for f in /proc/$1/fd/*; do
		case $(readlink "$f" 2>/dev/null) in socket:*) echo "${f##*/}" ;; esac
	done
}
nsockets() { sockets $1 | wc -l | tr -d ' '; }

# wait_sockets PID N: up to 5 s for PID to hold exactly N sockets.
wait_sockets() {
	i=0
	while [ "$(nsockets $1)" != $2 ] && [ $i -lt 50 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	[ "$(nsockets $1)" = $2 ]
}

# ---- Bad arguments: refused with a message and a non-zero status,
# nothing on stdout.
refused() { # want_rc message_part args...
	want=$1 msg=$2; shift 2
	timeout 10 "$SRV" "$@" > out 2> err
	rc=$?
	[ $rc = $want ] && grep -q "$msg" err && [ ! -s out ] ||
		{ echo "echo-server $*: exit $rc, '$(cat err)', stdout '$(cat out)'"; return 1; }
}
check "port 70000 refused" refused 1 'echo-server: bad port' -b 127.0.0.1 70000
check "port 65536 refused" refused 1 'echo-server: bad port' 65536
check "port 'http' refused" refused 1 'echo-server: bad port' http
check "port '' refused" refused 1 'echo-server: bad port' ''
check "no port: usage" refused 2 'usage: echo-server' -b 127.0.0.1
check "unknown option: usage" refused 2 'usage: echo-server' -x 0
check "host name refused" refused 1 'bad address' -b localhost 0

# ---- The server, on a port the kernel picks.
start main "$SRV" -b 127.0.0.1 0
[ -n "$port" ] || done_
main=$spid
check "the port line is a port ($port)" [ "$port" -ge 1 -a "$port" -le 65535 ]
check "one socket (the listener) before any peer" [ "$(nsockets $main)" = 1 ]
check "port $port in use: bind error with its text" \
	refused 1 'echo-server: bind: Address already in use' -b 127.0.0.1 $port

# ---- 200 connections x 1 MiB, concurrently, full-duplex.
timeout 150 ./echo_load 127.0.0.1 $port 200 1048576 120 > load.out 2>&1
rc=$?
check "200 x 1 MiB echoed byte for byte (exit $rc)" [ $rc = 0 ]
grep -q ' 200 connections x 1048576 bytes: 209715200 bytes echoed .* 0 errors$' load.out && ok ||
	ko "summary: $(tail -n 1 load.out)"
[ $rc = 0 ] || head -n 20 load.out
check "every connection closed after its EOF: only the listener left ($(nsockets $main) sockets)" \
	wait_sockets $main 1
check "still serving" kill -0 $main

# ---- Back-pressure: a peer that sends 128 MiB without reading its echo
# stalls once the kernel's buffers and the server's bounded queue are
# full (the server stopped reading from it), and the whole echo comes
# back once it reads.
timeout 90 ./echo_load --stall 127.0.0.1 $port 1 134217728 80 > stall.out 2>&1
rc=$?
check "128 MiB echoed after a stall (exit $rc)" [ $rc = 0 ]
[ $rc = 0 ] || tail -n 5 stall.out
stalled=$(sed -n 's/^stalled after \([0-9]*\) bytes sent$/\1/p' stall.out)
check "the stall came before 64 MiB were sent (${stalled:-no stall} bytes)" \
	[ "${stalled:-67108864}" -lt 67108864 ]

# ---- A graceful stop with 20 connections open.
rm -f hold.out
timeout 60 ./echo_load --hold 127.0.0.1 $port 20 65536 50 > hold.out 2>&1 &
hold=$!
i=0
while ! grep -q '^ready$' hold.out 2>/dev/null && kill -0 $hold 2>/dev/null && [ $i -lt 300 ]; do
	sleep 0.1
	i=$((i + 1))
done
check "20 held connections echoed" grep -q '^ready$' hold.out
check "listener + 20 connections open ($(nsockets $main) sockets)" wait_sockets $main 21
kill -TERM $main
stop_wait $main
check "SIGTERM: exit status 0 (got $rc)" [ "$rc" = 0 ]
wait $hold
hrc=$?
check "every held connection closed by the server (echo_load exit $hrc)" [ $hrc = 0 ]
[ $hrc = 0 ] || cat hold.out
check "nothing on stderr: $(cat main.err)" [ ! -s main.err ]
timeout 10 ./echo_load 127.0.0.1 $port 1 1 5 > gone.out 2>&1
check "nobody listens after the stop" grep -q 'Connection refused' gone.out

# ---- SIGINT stops it the same way.
start int "$SRV" -b 127.0.0.1 0
if [ -n "$port" ]; then
	timeout 30 ./echo_load 127.0.0.1 $port 3 100000 20 > int.out 2>&1
	check "a second server echoes" [ $? = 0 ]
	kill -INT $spid
	stop_wait $spid
	check "SIGINT: exit status 0 (got $rc)" [ "$rc" = 0 ]
fi

# ---- Out of descriptors: with a limit of 32 the server can hold at most
# ~26 connections at once; 100 peers connect together, the rest wait in
# the listen backlog while accept4 fails with EMFILE, and are taken as
# connections close.
start lim sh -c 'ulimit -n 32 && exec "$0" -b 127.0.0.1 0' "$SRV"
if [ -n "$port" ]; then
	check "the fd limit is in force" grep -q '^Max open files  *32  *32 ' /proc/$spid/limits
	timeout 90 ./echo_load 127.0.0.1 $port 100 262144 60 > lim.out 2>&1
	rc=$?
	check "100 peers served through 32 descriptors (exit $rc)" [ $rc = 0 ]
	[ $rc = 0 ] || tail -n 5 lim.out
	kill -TERM $spid
	stop_wait $spid
	check "and stopped with exit status 0 (got $rc)" [ "$rc" = 0 ]
fi

# ---- The stop, seen by strace: every socket the server held (listener
# and connections) is closed by the server itself before exit_group(0).
if strace -o /dev/null true 2>/dev/null; then
	start traced strace -f -qq -e trace=close,exit_group -o stop.trace "$SRV" -b 127.0.0.1 0
	tracer=$spid
	srv=$(cat /proc/$tracer/task/$tracer/children 2>/dev/null || ps -o pid= --ppid $tracer)
	srv=$(echo $srv)
	if [ -n "$port" ] && [ -n "$srv" ]; then
		rm -f thold.out
		timeout 60 ./echo_load --hold 127.0.0.1 $port 5 1000 50 > thold.out 2>&1 &
		thold=$!
		i=0
		while ! grep -q '^ready$' thold.out 2>/dev/null && kill -0 $thold 2>/dev/null && [ $i -lt 300 ]; do
			sleep 0.1
			i=$((i + 1))
		done
		wait_sockets $srv 6
		held=$(sockets $srv)
		check "traced: listener + 5 connections open ($(echo $held))" [ "$(echo "$held" | wc -l)" = 6 ]
		kill -TERM $srv
		stop_wait $tracer
		wait $thold
		check "traced: strace and server exit 0 (got $rc)" [ "$rc" = 0 ]
		sed 's/^[0-9]* *//; s/)  *= /) = /' stop.trace > stop.calls
		missing=
		for fd in $held; do
			grep -qx "close($fd) = 0" stop.calls || missing="$missing $fd"
		done
		check "traced: every held socket closed (missing:$missing)" [ -z "$missing" ]
		check "traced: ends in exit_group(0)" \
			[ "$(grep -v '^+++' stop.calls | tail -n 1)" = "exit_group(0) = ?" ]
	else
		ko "traced server did not start: $(cat traced.err)"
	fi
else
	echo "skipped the strace check: strace cannot trace here"
fi

done_
