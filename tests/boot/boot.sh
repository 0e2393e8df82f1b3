#!/bin/sh
# One real boot of make check-boot (docs/boot.md):
#   tests/boot/boot.sh ARCH BUILD_DIR CACHE_DIR
# BUILD_DIR is that architecture's libjs build (build, build-aarch64, ...)
# holding the freestanding tests, the examples and tests/boot's programs.
# Builds an initramfs (cpio, newc) of libjs programs only, boots the
# architecture's real kernel (tests/boot/kernel.sh) under qemu-system with
# TCG, and reads the serial console: the suite's "suite: N passed,
# 0 failed", the second root's "after: running in the new root", init's
# "init: powering off", and qemu ending by itself within BOOT_TIMEOUT
# seconds (default 480; a boot took 3-4 minutes on a loaded machine, see
# docs/boot.md).  Prints what it found and a closing "N passed, N failed"
# (the guest's counts plus one per boot check).
set -u
arch=$1
B=$2
cache=$3
top=$(cd "$(dirname "$0")/../.." && pwd)
limit=${BOOT_TIMEOUT:-480}
work=$cache/run-$arch-$(basename "$B")
log=$work/console.log

fail() {
	echo "boot $arch: $*"
	echo "0 passed, 1 failed"
	exit 1
}

kernel=$("$top/tests/boot/kernel.sh" "$arch" "$cache") || fail "no kernel"

# The programs: init as /init, every other example (switch-root, mount,
# ...) in /bin, the boot's two stages (/bin/stage makes the second root
# and runs switch-root, which runs /bin/suite there), and the
# freestanding suite (the static-pie builds as pie-NAME) in /tests.
for p in init switch-root env; do
	[ -x "$B/examples/$p" ] || fail "no examples/$p in $B"
done

rm -rf "$work"
root=$work/root
mkdir -p "$root/bin" "$root/tests" "$root/etc" "$root/usr/bin" "$root/tmp"
for e in "$B"/examples/*; do
	[ -f "$e" ] && [ -x "$e" ] && cp "$e" "$root/bin/"
done
mv "$root/bin/init" "$root/init"
cp "$B/tests/boot/stage" "$B/tests/boot/suite" "$root/bin/" || fail "no stage in $B"
# A file the Landlock test reads and a program it runs (it expects a
# system's /etc/passwd and /usr/bin/env).
cp "$B/examples/env" "$root/usr/bin/env"
printf 'root:x:0:0:root:/:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n' > "$root/etc/passwd"
echo "libjs-$arch" > "$root/etc/hostname"
n=0
for t in "$B"/tests/free/test_*; do
	[ -x "$t" ] || continue
	cp "$t" "$root/tests/"
	n=$((n + 1))
done
for t in "$B"/tests/pie/test_*; do
	[ -x "$t" ] || continue
	cp "$t" "$root/tests/pie-$(basename "$t")"
	n=$((n + 1))
done
[ "$n" -gt 0 ] || fail "no freestanding tests in $B"
(cd "$root" && find . | LC_ALL=C sort | cpio -o -H newc -R 0:0 --quiet) > "$work/initramfs.cpio" ||
	fail "cpio failed"

times > "$work/times.before"
start=$(date +%s)
"$top/tests/boot/qemu.sh" "$arch" "$kernel" "$work/initramfs.cpio" "$log" "$limit" \
	/bin/stage >"$work/qemu.out" 2>&1
rc=$?
secs=$(($(date +%s) - start))
times > "$work/times.after"
# qemu's own CPU time (what the shell's children used during the boot,
# from `times`, user + system): on a shared machine the wall time is
# mostly waiting for a CPU.
cpu=$(tail -n 1 "$work/times.before"; tail -n 1 "$work/times.after")
cpu=$(echo "$cpu" | awk '{ t = 0; for (i = 1; i <= 2; i++) { split($i, a, /[ms]/); t += a[1] * 60 + a[2] }
	c[NR] = t } END { printf "%.1f", c[2] - c[1] }')

# The guest's own lines, then what the boot test checks.
# (a failing test's report whole, a passing one's line left out).
tr -d '\r' < "$log" 2>/dev/null | awk '
	/^---- end of / { print; inside = 0; next }
	/^---- / { inside = 1 }
	inside || /^(init|stage|after|suite):/ { print }'
pass=0 failed=0
check() {
	if [ "$1" = 0 ]; then
		pass=$((pass + 1))
	else
		failed=$((failed + 1))
		echo "boot $arch: FAILED: $2"
	fi
}
suite=$(tr -d '\r' < "$log" | sed -n 's/^suite: \([0-9]*\) passed, \([0-9]*\) failed$/\1 \2/p' | tail -n 1)
if [ -n "$suite" ]; then
	pass=$((pass + ${suite% *}))
	failed=$((failed + ${suite#* }))
	check "$([ "${suite#* }" = 0 ]; echo $?)" "the suite failed ${suite#* } tests"
else
	check 1 "no suite line on the console"
fi
tr -d '\r' < "$log" | grep -q '^after: running in the new root$'
check $? "no line from the program after switch-root"
tr -d '\r' < "$log" | grep -q '^init: powering off$'
check $? "init did not power off"
check "$rc" "qemu did not end by itself (exit $rc after $secs s; timeout $limit s)"
if [ "$failed" != 0 ]; then
	echo "boot $arch: the console's last lines ($log):"
	tr -d '\r' < "$log" 2>/dev/null | tail -n 30
	cat "$work/qemu.out"
fi
size=$(wc -c < "$work/initramfs.cpio")
echo "boot $arch: $(cat "$(dirname "$kernel")/package" 2>/dev/null || echo "kernel built from linux-source-6.1"), $n test programs, initramfs $size bytes, $secs s to power-off, qemu's CPU ${cpu} s"
echo "$pass passed, $failed failed"
[ "$failed" = 0 ]
