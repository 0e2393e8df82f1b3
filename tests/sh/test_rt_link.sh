#!/bin/sh
# What libjs-cc links into a program, per feature (docs/runtime.md):
# a program with no TLS, protector or ifunc keeps the start code's empty
# weak hooks (no js__tls_setup, js__irel_apply or __stack_chk_fail code);
# one with TLS, with the protector, or with an ifunc gets the part it needs
# and no other.  Then x86_64's target_clones with gcc and clang: the clone
# the IRELATIVE relocation resolved to is the one this CPU should run.
#   tests/sh/test_rt_link.sh BUILD_DIR TOP
B=$1 top=${2:-.}
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }
cc() { "$B/bin/libjs-cc" -O2 -Wall -Wextra -Werror "$@"; }
# has PROG KIND SYM: nm lists SYM as KIND (T: linked in; W: only the hook).
has() { nm "$1" | grep -q " $2 $3\$"; }

printf '#include <libjs/libjs.h>\nint main(void) { return (int)js_getpid() < 0; }\n' > plain.c
printf '#include <libjs/libjs.h>\nstatic __thread int t = 1;\nint main(int c, char **v) { (void)v; t += c; return t - 1 - c; }\n' > tls.c
printf '#include <libjs/libjs.h>\nstatic int impl(void) { return 0; }\n__attribute__((used)) static int (*res(void))(void) { return impl; }\nint f(void) __attribute__((ifunc("res")));\nint main(void) { return f(); }\n' > ifn.c

cc plain.c -o plain && ./plain && ok || ko "plain program"
has plain W js__tls_setup && has plain W js__irel_apply && ! nm plain | grep -q __stack_chk &&
	ok || ko "a plain program carries runtime parts it does not use: $(nm plain | grep -E 'tls|irel|stack_chk')"
cc tls.c -o tls && ./tls && ok || ko "TLS program"
has tls T js__tls_setup && has tls W js__irel_apply && ok || ko "TLS program: wrong parts linked"
cc -fstack-protector-all plain.c -o ssp && ./ssp && ok || ko "protected program"
has ssp T js__tls_setup && has ssp T __stack_chk_fail && has ssp W js__irel_apply &&
	ok || ko "protected program: wrong parts linked"
cc ifn.c -o ifn && ./ifn && ok || ko "ifunc program"
has ifn T js__irel_apply && has ifn W js__tls_setup && ok || ko "ifunc program: wrong parts linked"

if [ "$(uname -m)" = x86_64 ]; then
	grep -qw avx2 /proc/cpuinfo && want=avx2 || want=default
	for c in gcc clang; do
		CC=$c cc "$top/tests/sh/rt_clones.c" -o clones-$c || { ko "$c: target_clones build"; continue; }
		got=$(./clones-$c) || { ko "$c: target_clones program failed"; continue; }
		exp=$(nm clones-$c | awk -v w="which.$want" '$3 == w || index($3, w ".") == 1 {print $1; exit}' | sed 's/^0*//')
		[ -n "$exp" ] && [ "$got" = "$exp" ] && ok || ko "$c: resolved to $got, the $want clone is at $exp"
	done
fi
echo "$pass passed, $fail failed"
