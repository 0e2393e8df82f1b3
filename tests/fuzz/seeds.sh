#!/bin/sh
# The starting corpus of fuzz target NAME, written into DIR: the inputs the
# tests themselves use (string literals taken from the test sources, and
# the records the tests build, written here in the target's input format).
#   tests/fuzz/seeds.sh NAME DIR TOP
name=$1 dir=$2 top=$3
n=0
seed() {	# seed FORMAT [ARGS...]: one file, printf's format (octal escapes)
	n=$((n + 1))
	# shellcheck disable=SC2059
	printf "$@" > "$dir/seed-$n"
}
# Every string literal in the given files, one per line, quotes removed.
literals() {
	grep -ho '"[^"\\]*"' "$@" | sed 's/^"//; s/"$//' | sort -u
}
case $name in
fuzz_inet_pton|fuzz_sockaddr_parse)
	literals "$top"/tests/host/test_net_inet.c "$top"/tests/host/test_net_*.c \
		"$top"/tests/free/test_net_loopback.c | grep -E '^[0-9A-Fa-f:.]+$' |
	while read -r s; do
		if [ "$name" = fuzz_inet_pton ]; then
			seed '\000%s' "$s"; seed '\001%s' "$s"
		else
			seed '\037\220%s' "$s"
		fi
	done ;;
fuzz_debug)
	literals "$top"/tests/host/test_trace_debug.c | grep -v '\.h$' |
	while read -r s; do seed '%s\000libjs:syscall' "$s"; done ;;
fuzz_fault_parse)
	{ literals "$top"/tests/host/test_trace_fault.c "$top"/tests/free/test_trace.c "$top"/tests/free/test_trace_fault.c
	  grep -ho 'LIBJS_FAULT=[^ ]*' "$top"/tests/sh/*.sh | sed 's/^LIBJS_FAULT=//; s/["'\'']//g'
	} | grep ':' | while read -r s; do seed '%s' "$s"; done ;;
fuzz_inotify_next)
	# misalignment byte, then records {wd, mask, cookie, len} + name,
	# little-endian: IN_CREATE of "a" (len 16) and IN_DELETE_SELF.
	seed '\000\001\000\000\000\000\001\000\000\000\000\000\000\020\000\000\000a\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000'
	seed '\003\002\000\000\000\000\004\000\000\000\000\000\000\000\000\000\000' ;;
fuzz_fanotify_next)
	# misalignment byte, then records {event_len 4, vers 1, reserved 1,
	# metadata_len 2, mask 8, fd 4, pid 4}, little-endian: FAN_OPEN of
	# fd 3, then one of 28 bytes (a 4-byte info header after the head).
	seed '\000\030\000\000\000\003\000\030\000\040\000\000\000\000\000\000\000\003\000\000\000\001\000\000\000'
	seed '\005\034\000\000\000\003\000\030\000\010\000\000\000\000\000\000\000\377\377\377\377\001\000\000\000\004\000\004\000\030\000\000\000\003\000\030\000\040\000\000\000\000\000\000\000\003\000\000\000\001\000\000\000' ;;
fuzz_dir_read)
	# linux_dirent64 records {ino 8, off 8, reclen 2, type 1, name}:
	# ".", ".." and "f" (24 bytes each), as getdents64 gives them.
	rec() {	# rec OFF TYPE NAME (printf formats; the name padded to 5)
		printf '\001\000\000\000\000\000\000\000'
		printf "$1"'\000\000\000\000\000\000\000\030\000'"$2$3"
	}
	{ rec '\001' '\004' '.\000\000\000\000'; rec '\002' '\004' '..\000\000\000'
	  rec '\003' '\010' 'f\000\000\000\000'; } > "$dir/seed-1"
	rec '\001' '\004' '.\000\000\000\000' > "$dir/seed-2" ;;
fuzz_cmsg)
	# One SCM_RIGHTS message with one fd (cmsg_len 20, SOL_SOCKET 1,
	# SCM_RIGHTS 1, fd 3, padding), then the same twice.
	m='\024\000\000\000\000\000\000\000\001\000\000\000\001\000\000\000\003\000\000\000\000\000\000\000'
	seed "$m"; seed "$m$m" ;;
fuzz_trace_format)
	# mode byte (bit 0: successful call; bits 2-7: line size / 16),
	# nr, ret, six arguments, 8 bytes each, big-endian; then arena bytes.
	z='\000\000\000\000\000\000\000'
	seed "\375${z}\000${z}\003${z}\003${z}\000${z}\000${z}\020${z}\000${z}\000${z}\000hello, world\\n"
	seed "\374${z}\002\377\377\377\377\377\377\377\376\000${z}\000${z}\000${z}\000${z}\000${z}\000${z}"
	seed "\376${z}\001\377\377\377\377\377\377\377\374\000${z}\001${z}\100${z}\003${z}\000${z}\000${z}"
	;;
esac
exit 0
