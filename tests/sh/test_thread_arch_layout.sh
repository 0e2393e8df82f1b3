#!/bin/sh
# include/libjs/thread.h against each architecture's own kernel UAPI
# header linux/futex.h (linux-libc-dev and the arm64/riscv64 cross
# packages), compiled with that architecture's compiler so that every
# _Static_assert sees the target's sizes: struct js_futex_waitv (size,
# alignment, every member's offset and size) and every JS_FUTEX_* /
# JS_ROBUST_* constant the kernel header defines (the FUTEX2_* names
# came after these 6.1 headers: they are checked where the kernel header
# has them and listed otherwise), and JS_FUTEX_OP() against FUTEX_OP()
# over every op and comparison.  One pass or failure per architecture.
#   tests/sh/test_thread_arch_layout.sh BUILD_DIR TOP
top=${2:-.}
cd "$top" || exit 1
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cc_for() {
	case $1 in
	"$(uname -m)") echo "${HOSTCC:-gcc}" ;;
	*) echo "$1-linux-gnu-gcc" ;;
	esac
}

names=$(sed -n 's/^#define JS_\(FUTEX[A-Z0-9_]*\|ROBUST_[A-Z_]*\)[ 	].*/\1/p' include/libjs/thread.h | sort -u)
for arch in x86_64 aarch64 riscv64; do
	cc=$(cc_for $arch)
	if ! command -v "$cc" >/dev/null; then
		echo "FAIL $arch: no compiler $cc (tools/need-tools.sh installs it)"
		fail=$((fail + 1)); continue
	fi
	f=$tmp/$arch.c
	{
		echo '#include <linux/futex.h>'
		echo '#include <libjs/thread.h>'
		echo '#define SAME(a, b) _Static_assert((a) == (b), #a " == " #b)'
		echo 'SAME(sizeof(struct js_futex_waitv), sizeof(struct futex_waitv));'
		echo 'SAME(_Alignof(struct js_futex_waitv), _Alignof(struct futex_waitv));'
		for m in val uaddr flags __reserved; do
			echo "SAME(__builtin_offsetof(struct js_futex_waitv, $m), __builtin_offsetof(struct futex_waitv, $m));"
			echo "SAME(sizeof(((struct js_futex_waitv *)0)->$m), sizeof(((struct futex_waitv *)0)->$m));"
		done
		for n in $names; do
			printf '#ifdef %s\nSAME((long long)(JS_%s), (long long)(%s));\nCHECKED %s\n#else\nNOTKERNEL %s\n#endif\n' \
				"$n" "$n" "$n" "$n" "$n"
		done
		for op in 0 1 2 3 4 8 9 12; do for cmp in 0 1 2 3 4 5; do
			echo "SAME(JS_FUTEX_OP($op, 0xabc, $cmp, 0x123), (unsigned)FUTEX_OP($op, 0xabc, $cmp, 0x123));"
			echo "SAME(JS_FUTEX_OP($op, 0xfff, $cmp, 0xfff), (unsigned)FUTEX_OP($op, 0xfff, $cmp, 0xfff));"
		done; done
	} > "$f"
	if $cc -E -P -Iinclude "$f" > "$f.i" 2>"$f.err" &&
		grep -v -e '^CHECKED ' -e '^NOTKERNEL ' "$f.i" > "$f.c2.c" &&
		$cc -std=gnu11 -fsyntax-only -Wall -Werror -x c "$f.c2.c" 2>>"$f.err"; then
		pass=$((pass + 1))
		echo "$arch: js_futex_waitv layout and $(grep -c '^CHECKED ' "$f.i") constants hold;" \
			"not in this kernel header:" $(sed -n 's/^NOTKERNEL //p' "$f.i")
	else
		fail=$((fail + 1))
		echo "FAIL $arch:"; grep 'error' "$f.err" | head -20
	fi
done
echo "$pass passed, $fail failed"
