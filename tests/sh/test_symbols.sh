#!/bin/sh
# libjs.a stays freestanding (docs/design.md rule 6/7): no undefined symbol but
# its own and the compiler's four mem*, nothing exported without js_, and
# no libc symbol that a link next to glibc could replace.
B=$1
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }

lib=$B/libjs.a
defined=$(nm -g --defined-only "$lib" | awk 'NF==3{print $3}' | sort -u)
undef=$(nm -u "$lib" | awk '{print $NF}' | grep -v ':$' | sort -u |
	grep -vxF -e memcpy -e memmove -e memset -e memcmp |
	comm -23 - "$(printf '%s\n' "$defined" > /tmp/libjs-def.$$; echo /tmp/libjs-def.$$)")
rm -f /tmp/libjs-def.$$
[ -z "$undef" ] && ok || ko "undefined symbols in libjs.a: $undef"
unprefixed=$(printf '%s\n' "$defined" | grep -v -e '^js_' -e '^JS_' -e '^js__')
[ -z "$unprefixed" ] && ok || ko "exported without js_: $unprefixed"
# The runtime is the only place that defines mem* and _start.
nm -g --defined-only "$lib" | grep -qwE 'memcpy|memset|memmove|memcmp|_start' &&
	ko "libjs.a defines a libc/runtime symbol" || ok
nm -g --defined-only "$B/libjs-rt.a" | grep -qw memcpy && ok || ko "libjs-rt.a lacks memcpy"
nm -g --defined-only "$B/crt1.o" | grep -qw _start && ok || ko "crt1.o lacks _start"
# hidden helpers stay hidden: none of js__* is visible in a linked program.
echo "$pass passed, $fail failed"
