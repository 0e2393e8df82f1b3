#!/bin/sh
# `make install PREFIX=...` gives a working tree: the installed libjs-cc
# builds a freestanding hello that runs, and libjs.pc lets a glibc program
# link libjs.a next to libc.
#   tests/sh/test_install.sh BUILD_DIR TOP   (cwd: a scratch directory)
B=$1 TOP=$2
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }
check() { name=$1; shift; if "$@"; then ok; else ko "$name"; fi; }

inst=$(mktemp -d /tmp/libjs-inst.XXXXXX)
trap 'rm -rf "$inst"' EXIT
# A make of its own (not the parent's jobserver or variables), on the same
# build directory and compiler as this check.
env -u MAKEFLAGS -u MAKELEVEL -u MFLAGS make -s -C "$TOP" B="$B" CC="${CC:-cc}" \
	PREFIX="$inst" install > install.log 2>&1
check "make install PREFIX=$inst succeeds" [ $? = 0 ] || cat install.log
for f in bin/libjs-cc lib/libjs/libjs.a lib/libjs/libjs-rt.a lib/libjs/crt1.o \
	 lib/libjs/rcrt1.o include/libjs/libjs.h lib/pkgconfig/libjs.pc; do
	check "installed $f" [ -s "$inst/$f" ]
done
check "installed libjs-cc points at the installed tree, not the build" \
	sh -c "! grep -q '$TOP' '$inst/bin/libjs-cc'"

cat > hello.c <<'C'
#include <libjs/fs.h>
int main(void) { return js_write(1, "hello\n", 6) != 6; }
C
"$inst/bin/libjs-cc" -Os hello.c -o hello > cc.log 2>&1
check "installed libjs-cc builds hello" [ $? = 0 ] || cat cc.log
check "that hello prints hello" [ "$(./hello)" = hello ]
check "that hello is static (no interpreter)" sh -c "! readelf -l hello | grep -q INTERP"
"$inst/bin/libjs-cc" -Os -static-pie hello.c -o hello-pie > cc.log 2>&1
check "installed libjs-cc -static-pie builds hello" [ $? = 0 ] || cat cc.log
check "the static-pie hello prints hello" [ "$(./hello-pie)" = hello ]
# demo has pointers in data: R_X86_64_RELATIVE relocations rcrt1.o applies.
"$inst/bin/libjs-cc" -Os -static-pie "$TOP/examples/demo.c" -o demo-pie > cc.log 2>&1
check "installed libjs-cc -static-pie builds demo" [ $? = 0 ] || cat cc.log
check "demo-pie carries relocations" sh -c "readelf -r demo-pie | grep -q R_X86_64_RELATIVE"
./demo-pie > demo.log 2>&1
check "the static-pie demo runs its relocated tables" [ $? = 0 ] || tail demo.log

# Next to glibc: pkg-config's flags are all it takes.
cat > host.c <<'C'
#include <stdio.h>
#include <libjs/libjs.h>
int main(void) { printf("%s\n", js_errname(-JS_ENOENT)); return 0; }
C
flags=$(PKG_CONFIG_PATH=$inst/lib/pkgconfig pkg-config --cflags --libs libjs)
check "pkg-config knows libjs" [ -n "$flags" ]
${CC:-cc} host.c $flags -o host > cc.log 2>&1
check "a glibc program links with pkg-config's flags" [ $? = 0 ] || cat cc.log
check "and runs" [ "$(./host)" = ENOENT ]
echo "$pass passed, $fail failed"
