#!/bin/sh
# The iterator with its default buffer (JS_DIR_BUFSIZE) lists a large
# directory with no more getdents64 calls than glibc's readdir(3), and
# sees the same number of entries (the requirement; the benchmark
# measures 100,000 entries, this test 10,000 to stay quick).
#   tests/sh/test_fs_getdents_calls.sh BUILD_DIR TOP
B=$1 top=$2
cc=${CC:-cc}
n=10000
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }
tmp=$(mktemp -d /tmp/libjs-getdents.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
CC=$cc "$B/bin/libjs-cc" -O2 "$top/tests/sh/fs_ls_libjs.c" -o "$tmp/ls-libjs" || ko "build ls-libjs"
$cc -O2 "$top/tests/sh/fs_ls_glibc.c" -o "$tmp/ls-glibc" || ko "build ls-glibc"
"$tmp/ls-libjs" make "$tmp/dir" $n || ko "make $n files"
calls() { env -u DEBUG -u LIBJS_FAULT strace -e trace=getdents64 -o "$tmp/log.$1" "$tmp/ls-$1" "$tmp/dir" > "$tmp/out.$1" &&
	grep -c '^getdents64(' "$tmp/log.$1"; }
cj=$(calls libjs) cg=$(calls glibc)
[ "$(cat "$tmp/out.libjs")" = $((n + 2)) ] && ok || ko "libjs listed $(cat "$tmp/out.libjs") entries, not $((n + 2))"
[ "$(cat "$tmp/out.glibc")" = $((n + 2)) ] && ok || ko "glibc listed $(cat "$tmp/out.glibc") entries"
echo "getdents64 calls for $n entries: libjs $cj, glibc $cg"
[ -n "$cj" ] && [ -n "$cg" ] && [ "$cj" -le "$cg" ] && ok || ko "libjs made $cj getdents64 calls, glibc $cg"
echo "$pass passed, $fail failed"
