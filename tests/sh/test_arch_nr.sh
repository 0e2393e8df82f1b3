#!/bin/sh
# Every system call number libjs's sources use exists on every
# architecture.  Each source file is preprocessed as that architecture
# builds it (its compiler, its arch/<name>/nr.h, the #ifdef JS_NR_legacy
# choices that follow from it): a JS_NR_ name still in the output is a
# number the table lacks, which would otherwise only show up as a compile
# error on that architecture alone.  (Which call each legacy wrapper
# issues is shown by strace in tests/sh/test_arch_legacy_trace.sh.)
#   tests/sh/test_arch_nr.sh BUILD_DIR TOP
top=${2:-.}
cd "$top" || exit 1
pass=0 fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for arch in x86_64 aarch64 riscv64; do
	if [ "$arch" = "$(uname -m)" ]; then cc=${HOSTCC:-gcc}; else cc=$arch-linux-gnu-gcc; fi
	if ! command -v "$cc" >/dev/null; then
		echo "FAIL $arch: no compiler $cc"; fail=$((fail + 1)); continue
	fi
	cinc=$($cc -print-file-name=include)
	missing= used=0
	for f in src/*/*.c; do
		out=$tmp/$(echo "$f" | tr / _).i
		if ! $cc -E -P -ffreestanding -nostdinc -isystem "$cinc" -Iinclude \
			-Isrc/arch/$arch "$f" > "$out" 2>"$out.err"; then
			missing="$missing $f(cpp failed)"; continue
		fi
		left=$(grep -oE '\bJS_NR_[a-z0-9_]+' "$out" | sort -u | tr '\n' ' ')
		[ -n "$left" ] && missing="$missing $f:$left"
		used=$((used + $(grep -cE '\bJS_NR_[a-z0-9_]+' "$f")))
	done
	if [ -z "$missing" ]; then
		pass=$((pass + 1)); echo "$arch: all $used JS_NR_ uses in src/ resolve"
	else
		fail=$((fail + 1)); echo "FAIL $arch: missing numbers:$missing"
	fi
done
echo "$pass passed, $fail failed"
