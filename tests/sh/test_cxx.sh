#!/bin/sh
# Every public header from C++: each header on its own and the program in
# tests/sh/cxx/prog.cc compile with g++ and clang++ at -std=c++17 -Wall
# -Wextra -pedantic -Werror, link next to glibc with libjs.a (extern "C")
# and run.
#   tests/sh/test_cxx.sh BUILD_DIR TOP   (cwd: a scratch directory)
B=$1 TOP=$2
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }
FLAGS="-std=c++17 -Wall -Wextra -pedantic -Werror -I$TOP/include"
version=$(sed -n 's/^#define JS_VERSION_\(MAJOR\|MINOR\|PATCH\) \([0-9]*\)$/\2/p' \
	"$TOP/include/libjs/version.h" | paste -sd.)
for cxx in g++ clang++; do
	if ! command -v $cxx >/dev/null; then
		ko "$cxx is not installed"
		continue
	fi
	for h in "$TOP"/include/libjs/*.h; do
		printf '#include <libjs/%s>\nint main() { return 0; }\n' "${h##*/}" > one.cc
		if $cxx $FLAGS -c one.cc -o one.o 2> err; then ok; else
			ko "$cxx: <libjs/${h##*/}> alone"; head -n 5 err
		fi
	done
	if $cxx $FLAGS "$TOP/tests/sh/cxx/prog.cc" "$B/libjs.a" -o prog 2> err; then ok; else
		ko "$cxx: prog.cc does not build next to glibc"; head -n 20 err; continue
	fi
	out=$(./prog)
	exp="$version ENOENT Permission denied
pid ok, dot found"
	if [ "$out" = "$exp" ]; then ok; else ko "$cxx: prog printed '$out', not '$exp'"; fi
done
echo "$pass passed, $fail failed"
