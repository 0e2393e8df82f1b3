#!/bin/sh
# examples/nc against itself over loopback only: 1 MiB each way over TCP
# (127.0.0.1 and ::1) compared byte for byte, a UDP exchange, and the
# error exits.  Every nc runs under timeout, so nothing can hang.
#   tests/sh/test_nc.sh BUILD_DIR TOP   (run in a scratch directory)
B=$1
NC=$B/examples/nc
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }

if [ ! -x "$NC" ]; then
	ko "$NC not built"
	echo "$pass passed, $fail failed"
	exit 1
fi

head -c 1048576 /dev/urandom > up.bin
head -c 1048576 /dev/urandom > down.bin
head -c 65536 up.bin > up64.bin
head -c 65536 down.bin > down64.bin

# True when something listens (tcp) or is bound (udp) on port $2.
port_open() {
	hex=$(printf ':%04X' "$2")
	cat /proc/net/"$1" /proc/net/"$1"6 2>/dev/null |
		awk -v p="$hex" -v tcp="$([ "$1" = tcp ] && echo 1)" '
		substr($2, length($2) - 4) == p && (!tcp || $4 == "0A") { f = 1 }
		END { exit !f }'
}

# True when any socket (any state: TIME_WAIT and connected ones too,
# which also make bind fail) has local port $2.
port_used() {
	hex=$(printf ':%04X' "$2")
	cat /proc/net/"$1" /proc/net/"$1"6 2>/dev/null |
		awk -v p="$hex" 'substr($2, length($2) - 4) == p { f = 1 } END { exit !f }'
}

# Below the kernel's ephemeral range (32768 and up by default), where the
# machine's own outgoing connections take their local ports.
port=$((20000 + $$ % 10000))
# A port nobody on this machine uses, tcp or udp.
free_port() {
	while port_used tcp $port || port_used udp $port; do
		port=$((port + 1))
	done
}

# exchange NAME PROTO LISTEN_ADDR CONNECT_ADDR UP DOWN [-u]
exchange() {
	name=$1 proto=$2 laddr=$3 caddr=$4 up=$5 down=$6 flag=$7
	free_port
	rm -f got_up got_down
	timeout 30 "$NC" $flag -s "$laddr" -l $port < "$down" > got_up 2>err_l &
	lpid=$!
	i=0
	while ! port_open $proto $port; do
		i=$((i + 1))
		if [ $i -gt 200 ] || ! kill -0 $lpid 2>/dev/null; then
			ko "$name: listener never came up: $(cat err_l)"
			wait $lpid
			return
		fi
		sleep 0.05
	done
	timeout 30 $TRACE "$NC" $flag "$caddr" $port < "$up" > got_down 2>err_c
	crc=$?
	wait $lpid
	lrc=$?
	[ $crc = 0 ] && [ $lrc = 0 ] && ok || ko "$name: exit codes connect=$crc listen=$lrc $(cat err_c err_l)"
	cmp -s "$up" got_up && ok || ko "$name: listener received other bytes ($(wc -c < got_up) of $(wc -c < "$up"))"
	cmp -s "$down" got_down && ok || ko "$name: connector received other bytes ($(wc -c < got_down) of $(wc -c < "$down"))"
	port=$((port + 1))
}

exchange "tcp 127.0.0.1" tcp 127.0.0.1 127.0.0.1 up.bin down.bin
if grep -q '^00000000000000000000000000000001 .* lo$' /proc/net/if_inet6 2>/dev/null; then
	exchange "tcp ::1" tcp ::1 ::1 up.bin down.bin
else
	echo "skipped tcp ::1: the loopback interface has no ::1"
fi
# UDP has no flow control: 64 KiB fits a default socket buffer, so no
# datagram is dropped by a receiver that is slower than the sender.
exchange "udp 127.0.0.1" udp 127.0.0.1 127.0.0.1 up64.bin down64.bin -u

# The calls nc makes are the ones libjs claims: send/recv are sendto and
# recvfrom with no address, accept4 gets its flags (strace as witness).
if strace -o /dev/null true 2>/dev/null; then
	printf 'hello' > small_up
	printf 'world' > small_down
	TRACE="strace -f -e trace=%network -o trace_c"
	exchange "tcp traced" tcp 127.0.0.1 127.0.0.1 small_up small_down
	TRACE=
	# strace pads short lines before " = ".
	sed 's/)  *= /) = /' trace_c > trace_n
	for call in 'socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP) = 3' \
		'connect(3, {sa_family=AF_INET, sin_port=htons(' \
		'sendto(3, "hello", 5, MSG_NOSIGNAL, NULL, 0) = 5' \
		'shutdown(3, SHUT_WR) = 0' \
		'recvfrom(3, "world", 65536, 0, NULL, NULL) = 5' \
		'recvfrom(3, "", 65536, 0, NULL, NULL) = 0'; do
		grep -qF "$call" trace_n && ok || ko "strace lacks: $call"
	done
	grep -qE '(^| )(send|recv)\(' trace_c && ko "a send/recv syscall was issued" || ok
else
	echo "skipped strace checks: strace cannot trace here"
fi

# Errors: refused (a port with no listener), bad host, usage.
free_port
out=$(timeout 10 "$NC" 127.0.0.1 $port < /dev/null 2>&1)
rc=$?
[ $rc = 1 ] && echo "$out" | grep -q 'connect: Connection refused' && ok ||
	ko "refused: exit $rc, '$out'"
out=$(timeout 10 "$NC" localhost 80 < /dev/null 2>&1)
rc=$?
[ $rc = 1 ] && echo "$out" | grep -q 'bad host' && ok || ko "bad host: exit $rc, '$out'"
timeout 10 "$NC" -l < /dev/null 2>/dev/null
[ $? = 2 ] && ok || ko "usage: -l without a port"
timeout 10 "$NC" 127.0.0.1 99999 < /dev/null 2>/dev/null
[ $? = 1 ] && ok || ko "port out of range accepted"

echo "$pass passed, $fail failed"
[ $fail = 0 ]
