#!/bin/sh
# JS_RUN: yes (tests/run.sh also runs this for each other architecture)
# W^X: no LOAD segment of a libjs program is both writable and executable,
# on every architecture, with gcc and clang, static and static-pie.  Looked
# at: every example and test program this build made (make check built
# them with this stage's compiler: tests/free static, tests/pie
# static-pie), then every example and every freestanding test built again
# here, for this build's architecture, with the other compiler (static and
# static-pie) and with this one as static-pie.  (riscv64's ld made one RWX
# segment of a program with small read-only constants and no .data:
# src/arch/riscv64/link.ld.)
#   tests/sh/test_wx.sh BUILD_DIR TOP   (cwd: a scratch directory)
B=$1 TOP=$2
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }
arch=$(sed -n "s/^ARCH='\(.*\)'$/\1/p" "$B/bin/libjs-cc")
cc=${CC:-cc}
if $cc -dM -E - </dev/null 2>/dev/null | grep -q __clang__; then
	this=clang other=gcc
else
	this=gcc other=clang
fi

# wx FILE: it is an ELF program with no W+X LOAD segment.
wx() {
	segs=$(LC_ALL=C readelf -lW "$1" 2>/dev/null | awk '$1 == "LOAD" { print $(NF - 1) }')
	if [ -z "$segs" ]; then
		ko "$1: no LOAD segment (not a program?)"
	elif echo "$segs" | grep -q 'W.*E\|E.*W\|RWE'; then
		ko "$1: a LOAD segment is writable and executable:"
		LC_ALL=C readelf -lW "$1" | grep LOAD
	else
		ok
	fi
}

n=0
for f in "$B"/examples/* "$B"/tests/free/* "$B"/tests/pie/*; do
	[ -f "$f" ] && [ -x "$f" ] || continue
	wx "$f"
	n=$((n + 1))
done
[ $n -gt 0 ] || ko "no program built in $B"

build() { # name compiler mode source...
	name=$1 c=$2 mode=$3; shift 3
	if [ "$c" = gcc ]; then
		set -- env LIBJS_CC=gcc "$B/bin/libjs-cc" --target="$arch" "$@"
	else
		set -- env LIBJS_CC=clang "$B/bin/libjs-cc" --target="$arch" "$@"
	fi
	[ "$mode" = static-pie ] && set -- "$@" -static-pie
	if timeout 120 "$@" -Os -I"$TOP/tests/free" -I"$TOP/tests/free/arch/$arch" \
		-o "$name" > build.log 2>&1; then
		wx "$name"
	else
		ko "$c $mode: $*"; tail -n 5 build.log
	fi
	rm -f "$name"
}
for c in $other $this; do
	for mode in static static-pie; do
		[ $c = $this ] && [ $mode = static ] && continue
		for src in "$TOP"/examples/*.c; do
			build "$c-$mode-$(basename "$src" .c)" $c $mode "$src"
		done
		for src in "$TOP"/tests/free/test_*.c; do
			build "$c-$mode-$(basename "$src" .c)" $c $mode "$src" "$TOP/tests/free/runner.c"
		done
	done
done
echo "$arch, gcc and clang, static and static-pie:"
echo "$pass passed, $fail failed"
