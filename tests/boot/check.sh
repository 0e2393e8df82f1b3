#!/bin/sh
# make check-boot (docs/boot.md): one real boot per architecture, each
# with that architecture's build of the freestanding suite, and one
# closing "N passed, N failed" for all of them (added to make check's
# total through JS_SUMMARY).
#   tests/boot/check.sh BUILD_DIR CACHE_DIR ARCH...
# The native architecture's build is BUILD_DIR, another's BUILD_DIR-ARCH.
B=$1 cache=$2
shift 2
top=$(cd "$(dirname "$0")/../.." && pwd)
native=$(uname -m)
pass=0 fail=0 bad=
for a in "$@"; do
	if [ "$a" = "$native" ]; then dir=$B; else dir=$B-$a; fi
	echo "== boot $a (kernel and initramfs in $cache)"
	log=$(mktemp)
	"$top/tests/boot/boot.sh" "$a" "$dir" "$cache" | tee "$log"
	p=$(sed -n 's/^\([0-9]*\) passed, [0-9]* failed$/\1/p' "$log" | tail -n 1)
	f=$(sed -n 's/^[0-9]* passed, \([0-9]*\) failed$/\1/p' "$log" | tail -n 1)
	rm -f "$log"
	[ -n "$f" ] || { p=0; f=1; }
	[ "$f" = 0 ] || bad="$bad $a"
	pass=$((pass + p)); fail=$((fail + f))
done
[ -n "$bad" ] && echo "failing boots:$bad"
echo "$pass passed, $fail failed"
[ -n "${JS_SUMMARY:-}" ] && echo "$pass $fail" >>"$JS_SUMMARY"
[ "$fail" = 0 ]
