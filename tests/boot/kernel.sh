#!/bin/sh
# The kernel make check-boot boots for one architecture (docs/boot.md),
# fetched or built once into a cache directory shared by every build
# directory (the gcc and the clang runs of make check use the same one):
#   tests/boot/kernel.sh ARCH CACHE_DIR     prints the kernel image's path
# x86_64:  Debian 12's linux-image-amd64 (the package it depends on,
#          linux-image-6.1.0-N-amd64), fetched with `apt-get download` and
#          unpacked with dpkg-deb -x, never installed.
# aarch64: the same for linux-image-arm64:arm64 (needs
#          `dpkg --add-architecture arm64` and `apt-get update` first,
#          which .ci/run does).
# riscv64: Debian ships no riscv64 kernel package for bookworm: one is
#          built from linux-source-6.1 (/usr/src/linux-source-6.1.tar.xz)
#          with riscv64-linux-gnu-gcc, `make tinyconfig` plus
#          tests/boot/riscv64.config.  The configuration file's checksum
#          names the build, so a changed configuration builds again.
# The tools each step needs are named when missing.
set -eu
arch=$1
cache=$2
top=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$cache"
cache=$(cd "$cache" && pwd)

need() {
	for t in "$@"; do
		command -v "$t" >/dev/null 2>&1 || {
			echo "kernel.sh: $t is missing (see .ci/run for the packages)" >&2
			exit 1
		}
	done
}

# Debian's kernel for a Debian architecture: the package the metapackage
# depends on, unpacked once.
debian_kernel() {
	deb_arch=$1 dir=$cache/$arch
	if [ -f "$dir/kernel" ]; then
		echo "$dir/kernel"
		return
	fi
	need apt-get apt-cache dpkg-deb
	pkg=$(apt-cache depends "linux-image-$deb_arch:$deb_arch" 2>/dev/null |
		sed -n "s/^ *Depends: \(linux-image-[0-9][^ :]*\).*/\1/p" | head -n 1)
	if [ -z "$pkg" ]; then
		echo "kernel.sh: apt knows no linux-image-$deb_arch:$deb_arch" \
			"(dpkg --add-architecture $deb_arch; apt-get update)" >&2
		exit 1
	fi
	rm -rf "$dir.tmp"
	mkdir -p "$dir.tmp"
	(cd "$dir.tmp" && apt-get download -q "$pkg:$deb_arch" >/dev/null)
	dpkg-deb -x "$dir.tmp"/*.deb "$dir.tmp/root"
	img=$(ls "$dir.tmp"/root/boot/vmlinuz-* | head -n 1)
	rm -rf "$dir"
	mkdir -p "$dir"
	cp "$img" "$dir/kernel"
	echo "$pkg" > "$dir/package"
	rm -rf "$dir.tmp"
	echo "$dir/kernel"
}

riscv_kernel() {
	conf=$top/tests/boot/riscv64.config
	sum=$(cksum < "$conf" | cut -d' ' -f1)
	dir=$cache/riscv64
	if [ -f "$dir/kernel" ] && [ "$(cat "$dir/config.sum" 2>/dev/null)" = "$sum" ]; then
		echo "$dir/kernel"
		return
	fi
	need riscv64-linux-gnu-gcc make flex bison bc xz tar
	tarball=/usr/src/linux-source-6.1.tar.xz
	if [ ! -f "$tarball" ]; then
		echo "kernel.sh: $tarball is missing (apt-get install linux-source-6.1)" >&2
		exit 1
	fi
	src=$cache/linux-source-6.1
	if [ ! -f "$src/Makefile" ]; then
		rm -rf "$src"
		tar -C "$cache" -xf "$tarball"
	fi
	obj=$cache/riscv64-obj
	# Not make check's flags and variables (B=, CC=clang, its jobserver):
	# the kernel's build is its own.
	mk="env -u MAKEFLAGS -u MAKELEVEL -u MFLAGS make -s -C $src O=$obj ARCH=riscv CROSS_COMPILE=riscv64-linux-gnu-"
	mkdir -p "$obj"
	$mk tinyconfig >/dev/null
	(cd "$src" && scripts/kconfig/merge_config.sh -m -O "$obj" "$obj/.config" "$conf" >/dev/null)
	$mk olddefconfig >/dev/null
	# Every option asked for must have survived olddefconfig (a missing
	# dependency drops one silently).
	grep '^CONFIG_' "$conf" | while IFS= read -r line; do
		grep -qxF "$line" "$obj/.config" || {
			echo "kernel.sh: $line did not take (a dependency is missing)" >&2
			exit 1
		}
	done
	$mk -j"${JOBS:-2}" Image >&2
	mkdir -p "$dir"
	cp "$obj/arch/riscv/boot/Image" "$dir/kernel"
	echo "$sum" > "$dir/config.sum"
	echo "$dir/kernel"
}

case $arch in
x86_64) debian_kernel amd64 ;;
aarch64) debian_kernel arm64 ;;
riscv64) riscv_kernel ;;
*) echo "kernel.sh: no kernel for $arch" >&2; exit 1 ;;
esac
