#!/bin/sh
# Boot to power-off under TCG, per architecture (docs/boot.md): the same
# kernel as make check-boot's (tests/boot/kernel.sh) with two initramfs
# that differ only in /init: libjs's init, and bench/src/init_glibc.c, a
# glibc-static twin doing the same mounts.  Each runs the same child
# (libjs's true) and powers off when it exits.  Prints a Markdown table (seconds from starting qemu to its exit,
# the ratio glibc/libjs, the stripped init and initramfs sizes) and
# writes it to $B/bench-boot.md.  The boots are one run each (BOOT_RUNS
# for more; the fastest counts), so the ratio is of one run on a shared
# machine: a figure, not a test.
# Environment: B (build dir, default build; another architecture's is
# $B-ARCH), BOOT_CACHE (default build-boot), BOOT_ARCHS.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
B=${B:-build}
cache=${BOOT_CACHE:-build-boot}
archs=${BOOT_ARCHS:-x86_64 aarch64 riscv64}
runs=${BOOT_RUNS:-1}
W=$B/bench/boot
native=$(uname -m)
mkdir -p "$W"
out=$B/bench-boot.md

now() { date +%s.%N; }

# One boot; prints its seconds, or fails when init did not power off.
boot_once() { # arch kernel initrd log
	t0=$(now)
	tests/boot/qemu.sh "$1" "$2" "$3" "$4" 120 /bin/true >/dev/null 2>&1 || true
	t1=$(now)
	tr -d '\r' < "$4" | grep -q '^init: powering off$' || {
		echo "bench/boot.sh: $1: init did not power off ($4)" >&2
		return 1
	}
	echo "$t0 $t1" | awk '{printf "%.2f", $2 - $1}'
}

best() { # arch kernel initrd log
	b=
	i=0
	while [ "$i" -lt "$runs" ]; do
		s=$(boot_once "$@") || return 1
		b=$(echo "$b $s" | awk '{m = $1; for (i = 2; i <= NF; i++) if (m == "" || $i < m) m = $i; print m}')
		i=$((i + 1))
	done
	echo "$b"
}

{
	echo "| arch | libjs init (s) | glibc-static init (s) | glibc / libjs | init stripped: libjs / glibc (bytes) | initramfs: libjs / glibc (bytes) | check-boot's initramfs (bytes) |"
	echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
} > "$out"
for a in $archs; do
	if [ "$a" = "$native" ]; then d=$B; cc=gcc; else d=$B-$a; cc=$a-linux-gnu-gcc; fi
	kernel=$(tests/boot/kernel.sh "$a" "$cache")
	# That architecture's libjs and examples.
	env -u MAKEFLAGS -u MAKELEVEL -u MFLAGS make -s -j2 ARCH="$a" CC="$cc" BB="$B" B="$d" all >&2
	init=$d/examples/init
	child=$d/examples/true
	[ -x "$init" ] && [ -x "$child" ] || {
		echo "bench/boot.sh: no init or child program in $d" >&2
		exit 1
	}
	$cc -Os -static -Wl,--build-id=none bench/src/init_glibc.c -o "$W/init_glibc.$a"
	strip=$(command -v "$a-linux-gnu-strip" || echo strip)
	for who in libjs glibc; do
		r=$W/root.$a.$who
		rm -rf "$r"
		mkdir -p "$r/bin"
		if [ $who = libjs ]; then cp "$init" "$r/init"; else cp "$W/init_glibc.$a" "$r/init"; fi
		"$strip" "$r/init"
		cp "$child" "$r/bin/true"
		(cd "$r" && find . | LC_ALL=C sort | cpio -o -H newc -R 0:0 --quiet) > "$W/initramfs.$a.$who"
	done
	tl=$(best "$a" "$kernel" "$W/initramfs.$a.libjs" "$W/console.$a.libjs")
	tg=$(best "$a" "$kernel" "$W/initramfs.$a.glibc" "$W/console.$a.glibc")
	ratio=$(echo "$tg $tl" | awk '{printf "%.2f", $1 / $2}')
	il=$(wc -c < "$W/root.$a.libjs/init")
	ig=$(wc -c < "$W/root.$a.glibc/init")
	rl=$(wc -c < "$W/initramfs.$a.libjs")
	rg=$(wc -c < "$W/initramfs.$a.glibc")
	tc=$(ls "$cache"/run-"$a"-"$(basename "$d")"/initramfs.cpio 2>/dev/null | head -n 1)
	if [ -n "$tc" ]; then tc=$(wc -c < "$tc"); else tc="- (make check-boot makes it)"; fi
	echo "| $a | $tl | $tg | $ratio | $il / $ig | $rl / $rg | $tc |" >> "$out"
done
cat "$out"
