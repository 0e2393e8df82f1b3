#!/bin/sh
# Make sure what the tests (or, with `bench`, the benchmarks) need is
# installed (with `cross`, only the cross tools): as root it installs the
# missing Debian packages with apt-get;
# otherwise it stops and prints the exact command to run.
set -eu
# clang and its runtimes (a Recommends of clang on Debian): make check
# builds the libFuzzer targets with clang whatever CC is.
pkgs="libcmocka-dev strace valgrind pkg-config file clang libclang-rt-14-dev python3"
# gdb: the hooked path's unwind information (tests/sh/test_trace_asm.sh).
pkgs="$pkgs gdb"
# The toolchain tests: C++ (g++; clang++ comes with clang), and the build
# systems a libjs user may drive libjs-cc from (tests/sh/test_buildsys.sh).
pkgs="$pkgs g++ cmake meson ninja-build"
# The other architectures (make check runs their freestanding suite under
# qemu-user; `cross` is what `make ARCH=<arch> check` alone needs).
xpkgs="gcc-aarch64-linux-gnu gcc-riscv64-linux-gnu linux-libc-dev-arm64-cross
	linux-libc-dev-riscv64-cross qemu-user"
# make generate and its check (tests/sh/test_generated.sh) read Linux 6.1's
# syscall prototypes from the kernel source tarball.
pkgs="$pkgs linux-source-6.1 xz-utils"
if [ "${1:-}" = cross ]; then pkgs=$xpkgs; else pkgs="$pkgs $xpkgs"; fi
# The real boots (make check-boot, docs/boot.md): qemu-system per
# architecture, OpenSBI for riscv64, cpio, and what building the riscv64
# kernel from linux-source-6.1 takes; the arm64 kernel package comes from
# the arm64 lists (dpkg --add-architecture arm64, below).
bpkgs="qemu-system-x86 qemu-system-arm qemu-system-misc opensbi cpio
	linux-source-6.1 bc flex bison xz-utils"
[ "${1:-}" = cross ] || pkgs="$pkgs $bpkgs"
[ "${1:-}" = bench ] && pkgs="$pkgs musl-tools linux-source-6.1 xz-utils hyperfine clang"
# bench/init.sh compares examples/init with these inits.
[ "${1:-}" = bench ] && pkgs="$pkgs busybox-static tini dumb-init"
missing=
for p in $pkgs; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
		missing="$missing $p"
done
arm64=
if [ "${1:-}" != cross ] && ! dpkg --print-foreign-architectures | grep -qx arm64; then
	arm64=yes
fi
[ -z "$missing" ] && [ -z "$arm64" ] && exit 0
if [ "$(id -u)" = 0 ]; then
	if [ -n "$arm64" ]; then
		echo "adding the arm64 package lists (the boot's arm64 kernel)"
		dpkg --add-architecture arm64
	fi
	echo "installing:$missing"
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
else
	[ -z "$missing" ] ||
		echo "missing:$missing; run: sudo apt-get install -y$missing" >&2
	[ -z "$arm64" ] ||
		echo "no arm64 package lists; run: sudo dpkg --add-architecture arm64 && sudo apt-get update" >&2
	exit 1
fi
