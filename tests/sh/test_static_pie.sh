#!/bin/sh
# JS_RUN: yes (tests/run.sh also runs this under qemu-user, with JS_RUN set)
# libjs-cc -static-pie on this build's architecture: the result is a
# static-pie (ELF type DYN, no interpreter, nothing but RELATIVE dynamic
# relocations, readelf spelling them RELATIV on aarch64; a weak undefined
# symbol's R_RISCV_64 against value 0 is left as the 0 it already holds)
# and the entry test passes in it, which needs rcrt1.o's
# self-relocation (pointers stored in data) and, on riscv64, gp.
#   tests/sh/test_static_pie.sh BUILD_DIR TOP
B=$1 top=${2:-.}
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }

if "$B/bin/libjs-cc" -static-pie -O2 -Wall -Wextra -Werror -I"$top/tests/free" \
	"$top/tests/free/test_rt_start.c" "$top/tests/free/runner.c" -o pie 2>err; then
	ok
else
	ko "libjs-cc -static-pie failed"; cat err
	echo "$pass passed, $fail failed"; exit 1
fi
LC_ALL=C readelf -h pie | grep -q 'Type: *DYN' && ok || ko "not ELF type DYN"
LC_ALL=C readelf -l pie | grep -q INTERP && ko "has an interpreter" || ok
LC_ALL=C readelf -r pie | grep -E '^[0-9a-f]{12}' | grep -v -E 'RELATIV|R_RISCV_64 +0+ ' |
	grep -q . && ko "relocations other than RELATIVE" || ok
${JS_RUN:-} ./pie > out 2>&1
rc=$?
cat out
p=$(sed -n 's/^\([0-9]*\) passed, [0-9]* failed$/\1/p' out)
f=$(sed -n 's/^[0-9]* passed, \([0-9]*\) failed$/\1/p' out)
if [ -z "$p" ] || [ "$rc" != 0 ]; then
	ko "static-pie program crashed or reported nothing (exit $rc)"
else
	pass=$((pass + p)); fail=$((fail + f))
fi
echo "$pass passed, $fail failed"
