#!/bin/sh
# Stripped sizes of hello and ls on every architecture libjs supports, next
# to the kernel's nolibc 6.1 for the same architecture, from the same
# sources as make bench (bench/src/hello.c, ls.c and shim.h).  Sizes are
# measures, not tests.
#
#   libjs   libjs-cc --target=<arch> -Os             (gcc, LTO)
#   nolibc  <arch>-linux-gnu-gcc -Os -nostdlib -static -include nolibc.h
#           (nolibc's own recipe, headers from linux-source-6.1)
# Both links get -Wl,-z,noseparate-code -Wl,--build-id=none (libjs-cc does
# it itself) and each architecture's default page alignment (64 KiB
# max-page-size on aarch64, so that binaries also run on 64 KiB-page
# kernels); everything is stripped with that architecture's strip.
#
# Environment: B (host build dir, default build; other architectures are
# built, or brought up to date, in $B-<arch>), BENCH_SRC (default bench/src).
# Prints a table and writes it to $B/bench-arch.md.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
B=${B:-build}
SRC=${BENCH_SRC:-bench/src}
W=$B/bench
NL=$W/nolibc
LINK="-Wl,-z,noseparate-code -Wl,--build-id=none"
native=$(uname -m)
ARCHS="x86_64 aarch64 riscv64"
mkdir -p "$W/arch"

for f in hello.c ls.c shim.h; do
	[ -f "$SRC/$f" ] || { echo "bench/arch.sh: $SRC/$f missing (the make bench sources)" >&2; exit 1; }
done

# nolibc's headers, from Debian's linux-source-6.1 (shared with bench/run.sh).
if [ ! -f "$NL/nolibc.h" ]; then
	tarball=/usr/src/linux-source-6.1.tar.xz
	[ -f "$tarball" ] || { echo "bench/arch.sh: $tarball missing (tools/need-tools.sh bench)" >&2; exit 1; }
	mkdir -p "$NL"
	tar -xJf "$tarball" -C "$NL" --strip-components=4 --wildcards \
		'linux-source-6.1/tools/include/nolibc/*'
fi

size_of() { # arch file -> stripped size in bytes
	s=$W/arch/stripped
	if [ "$1" = "$native" ]; then strip -o "$s" "$2"; else "$1-linux-gnu-strip" -o "$s" "$2"; fi
	wc -c < "$s" | tr -d ' '
}

out=$B/bench-arch.md
{
	echo "| arch | program | libjs | nolibc 6.1 |"
	echo "|---|---|---:|---:|"
} > "$out"
for a in $ARCHS; do
	if [ "$a" = "$native" ]; then cc=gcc lib=$B; else cc=$a-linux-gnu-gcc lib=$B-$a; fi
	command -v "$cc" > /dev/null || { echo "bench/arch.sh: $cc missing (tools/need-tools.sh)" >&2; exit 1; }
	# Another architecture's library always through make (nothing to do
	# when up to date): one left from before a source change would give
	# stale sizes.  The host's is make bench's own build.
	[ "$a" = "$native" ] ||
		env -u MAKEFLAGS -u MAKELEVEL -u MFLAGS make -s -j2 ARCH=$a CC=$cc BB=$B B=$lib \
			"$lib/libjs.a" "$lib/crt1.o" "$lib/libjs-rt.a" "$lib/cflags" \
			> "$W/arch/build-$a.log" 2>&1 ||
		{ cat "$W/arch/build-$a.log"; exit 1; }
	for p in hello ls; do
		j=$W/arch/$p.libjs.$a n=$W/arch/$p.nolibc.$a
		env -u CC "$B/bin/libjs-cc" --target=$a -Os -DLIBJS "$SRC/$p.c" -o "$j"
		$cc -Os -fno-asynchronous-unwind-tables -fno-ident -nostdlib -static $LINK \
			-I"$NL" -include nolibc.h "$SRC/$p.c" -lgcc -o "$n"
		echo "| $a | $p | $(size_of $a "$j") | $(size_of $a "$n") |" >> "$out"
	done
done
cat "$out"
