#!/bin/sh
# libjs as a newcomer uses it: installed (make install DESTDIR=...), then
# from directories outside the repository, with the build systems in
# tests/sh/buildsys/:
#   make CC=<prefix>/bin/libjs-cc;
#   CMake with CMAKE_C_COMPILER set to libjs-cc, and with CC=libjs-cc;
#   CMake with pkg_check_modules(... IMPORTED_TARGET libjs) next to glibc;
#   Meson with CC=libjs-cc, and with dependency('libjs') next to glibc;
#   CC=clang and CC=gcc libjs-cc --target=aarch64 / riscv64, run under
#   qemu-user;
# every one of them a freestanding hello (or a glibc program) that runs.
# Also: libjs-cc -v prints the command and nothing else, pkg-config's
# version is JS_VERSION, make uninstall removes the tree, and libjs-cc
# never runs itself (CC=libjs-cc, through a symlink in PATH, a compiler
# that runs libjs-cc again, LIBJS_CC=libjs-cc): those run as nobody with
# a small process limit and a timeout, so a regression fails instead of
# filling the machine's process table.
#   tests/sh/test_buildsys.sh BUILD_DIR TOP   (cwd: a scratch directory)
B=$1 TOP=$2
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }
check() { name=$1; shift; if "$@"; then ok; else ko "$name"; fi; }
T="timeout 600"
# expect NAME WANT COMMAND...: the command prints exactly WANT.
expect() {
	name=$1 want=$2; shift 2
	got=$(timeout 60 "$@" 2>&1 | sed 's/ *$//')
	if [ "$got" = "$want" ]; then ok; else ko "$name: printed '$got', not '$want'"; fi
}
version=$(sed -n 's/^#define JS_VERSION_\(MAJOR\|MINOR\|PATCH\) \([0-9]*\)$/\2/p' \
	"$TOP/include/libjs/version.h" | paste -sd.)
cc=${CC:-cc}

# One directory all users may read (nobody runs the recursion test).
root=$(mktemp -d /tmp/libjs-buildsys.XXXXXX)
trap 'rm -rf "$root"' EXIT
chmod 755 "$root"
dest=$root/dest prefix=/opt/libjs
inst=$dest$prefix
wrap=$inst/bin/libjs-cc
mk() { env -u MAKEFLAGS -u MAKELEVEL -u MFLAGS $T make -s -C "$TOP" "$@"; }
# The native tree, and the two others (the same build directories and
# compilers make check's own stages use).
if mk B="$B" CC="$cc" DESTDIR="$dest" PREFIX=$prefix install > install.log 2>&1; then ok
else ko "make install DESTDIR=$dest PREFIX=$prefix"; tail -n 20 install.log; fi
for a in aarch64 riscv64; do
	if mk -j2 ARCH=$a CC=$a-linux-gnu-gcc BB="$B" B="$B-$a" DESTDIR="$dest" PREFIX=$prefix \
		install > install-$a.log 2>&1; then ok
	else ko "make ARCH=$a install"; tail -n 20 install-$a.log; fi
done
check "the installed tree is under DESTDIR only" [ ! -e $prefix/bin/libjs-cc ] || [ -e "$wrap" ]
check "installed libjs-cc" [ -x "$wrap" ]

# Each project in a directory of its own, outside the repository.
proj() {
	rm -rf "$root/$1" && mkdir -p "$root/$1" &&
	cp "$TOP/tests/sh/buildsys/hello.c" "$TOP/tests/sh/buildsys/glibc.c" "$root/$1/" &&
	{ [ -z "${2:-}" ] || cp "$TOP/tests/sh/buildsys/$2"/* "$root/$1/"; } && cd "$root/$1"
}
hello="hello from $version"

# make CC=libjs-cc
proj make && cp "$TOP/tests/sh/buildsys/Makefile" .
if $T env -u MAKEFLAGS -u MAKELEVEL make CC="$wrap" > log 2>&1; then ok; else ko "make CC=libjs-cc"; tail log; fi
expect "make CC=libjs-cc: hello" "$hello" ./hello

# CMake, CMAKE_C_COMPILER and CC
if command -v cmake >/dev/null; then
	proj cmake1 cmake-cc
	if $T cmake -S . -B b -DCMAKE_C_COMPILER="$wrap" > log 2>&1 && $T cmake --build b >> log 2>&1
	then ok; else ko "cmake -DCMAKE_C_COMPILER=libjs-cc"; tail -n 30 log; fi
	expect "CMake (CMAKE_C_COMPILER): hello" "$hello" b/hello
	check "CMake (CMAKE_C_COMPILER): static, no interpreter" sh -c "! readelf -l b/hello | grep -q INTERP"
	proj cmake2 cmake-cc
	if CC="$wrap" $T cmake -S . -B b > log 2>&1 && $T cmake --build b >> log 2>&1
	then ok; else ko "CC=libjs-cc cmake"; tail -n 30 log; fi
	expect "CMake (CC): hello" "$hello" b/hello
	proj cmake3 cmake-pkg
	if PKG_CONFIG_PATH=$inst/lib/pkgconfig CC=$cc $T cmake -S . -B b > log 2>&1 &&
		$T cmake --build b >> log 2>&1
	then ok; else ko "CMake pkg_check_modules(IMPORTED_TARGET libjs)"; tail -n 30 log; fi
	expect "CMake pkg_check_modules: the glibc program" "ENOENT $version" b/glibc_prog
else
	ko "cmake is not installed (apt-get install cmake)"
fi

# Meson, CC=libjs-cc and dependency('libjs')
if command -v meson >/dev/null && command -v ninja >/dev/null; then
	proj meson1 meson-cc
	if CC="$wrap" $T meson setup b > log 2>&1 && $T ninja -C b >> log 2>&1
	then ok; else ko "CC=libjs-cc meson"; tail -n 30 log; fi
	expect "Meson (CC): hello" "$hello" b/hello
	proj meson2 meson-pkg
	if PKG_CONFIG_PATH=$inst/lib/pkgconfig CC=$cc $T meson setup b > log 2>&1 &&
		$T ninja -C b >> log 2>&1
	then ok; else ko "Meson dependency('libjs')"; tail -n 30 log; fi
	expect "Meson dependency: the glibc program" "ENOENT $version" b/glibc_prog
else
	ko "meson or ninja is not installed (apt-get install meson ninja-build)"
fi

# pkg-config
expect "pkg-config --modversion libjs is JS_VERSION" "$version" \
	env PKG_CONFIG_PATH=$inst/lib/pkgconfig pkg-config --modversion libjs
expect "pkg-config --libs libjs" "-L$inst/lib/pkgconfig/../../lib/libjs -ljs" \
	env PKG_CONFIG_PATH=$inst/lib/pkgconfig pkg-config --libs libjs

# Another architecture, with clang and with an exported CC=gcc
proj cross
for a in aarch64 riscv64; do
	for c in clang gcc; do
		if CC=$c $T "$wrap" --target=$a -Os -Wall -Wextra -Werror hello.c -o h-$c-$a > log 2>&1
		then ok; else ko "CC=$c libjs-cc --target=$a"; tail log; fi
		check "CC=$c libjs-cc --target=$a: an $a program" sh -c \
			"LC_ALL=C readelf -h h-$c-$a | grep -q 'Machine:.*$(echo $a | sed 's/aarch64/AArch64/; s/riscv64/RISC-V/')'"
		expect "CC=$c libjs-cc --target=$a: hello under qemu-$a" "$hello" qemu-$a ./h-$c-$a
	done
done

# -v: the command on stderr, nothing else of libjs-cc's own
proj verbose
"$wrap" -v -Os hello.c -o hello > out 2> err
check "-v: builds" [ $? = 0 ]
check "-v: nothing on stdout" [ ! -s out ]
check "-v: one line, the compiler's command" sh -c \
	"[ \$(wc -l < err) = 1 ] && grep -q '^$cc .* hello.c -o hello ' err"

# Never itself, as nobody with a small process limit.
proj rec
chmod 777 "$root/rec"
mkdir bin && ln -s "$wrap" bin/cc-alias
printf '#!/bin/sh\nexec %s "$@"\n' "$wrap" > bin/sneaky && chmod 755 bin/sneaky bin
# as_nobody CMD...: at most 40 processes, 60 seconds.
as_nobody() {
	if [ "$(id -u)" = 0 ]; then
		timeout 60 setpriv --reuid=nobody --regid=nogroup --clear-groups \
			bash -c 'ulimit -u 40 && cd "$0" && exec env PATH="$0/bin:$PATH" "$@"' "$root/rec" "$@"
	else
		timeout 60 bash -c 'ulimit -u 40 && cd "$0" && exec env PATH="$0/bin:$PATH" "$@"' "$root/rec" "$@"
	fi
}
as_nobody env CC="$wrap" "$wrap" -Os hello.c -o h1 > log 2>&1
check "CC=libjs-cc libjs-cc builds (CC is skipped)" [ $? = 0 ] || tail log
expect "CC=libjs-cc: hello" "$hello" ./h1
as_nobody env CC=cc-alias "$wrap" -Os hello.c -o h2 > log 2>&1
check "CC=<symlink to libjs-cc in PATH> libjs-cc builds" [ $? = 0 ] || tail log
expect "CC=<symlink>: hello" "$hello" ./h2
as_nobody env CC=./bin/cc-alias "$wrap" -Os hello.c -o h2r > log 2>&1
check "CC=<relative path of a symlink to libjs-cc> libjs-cc builds" [ $? = 0 ] || tail log
as_nobody env CC=sneaky "$wrap" -Os hello.c -o h3 > log 2>&1
rc=$?
check "CC=<a compiler that runs libjs-cc> is refused, not followed (exit $rc)" [ $rc = 1 ]
check "with a message saying why" grep -q 'refusing to run inside itself' log
as_nobody env LIBJS_CC="$wrap" "$wrap" -Os hello.c -o h4 > log 2>&1
rc=$?
check "LIBJS_CC=libjs-cc is refused (exit $rc)" [ $rc = 1 ]
check "with a message saying why" grep -q 'LIBJS_CC=.* is libjs-cc itself' log
as_nobody env REALCC=cc-alias "$wrap" -Os hello.c -o h5 > log 2>&1
check "REALCC=<symlink to libjs-cc> is refused" [ $? = 1 ]
check "with a message saying why" grep -q 'REALCC=cc-alias is libjs-cc itself' log
as_nobody env LIBJS_CC=cc REALCC=nonexistent CC=nonexistent "$wrap" -Os hello.c -o h6 > log 2>&1
check "LIBJS_CC comes first" [ $? = 0 ] || tail log

# make uninstall leaves nothing behind
cd "$root"
mk B="$B" CC="$cc" DESTDIR="$dest" PREFIX=$prefix uninstall > uninstall.log 2>&1
check "make uninstall" [ $? = 0 ] || cat uninstall.log
left=$(find "$dest" -type f | head -n 5)
check "make uninstall removed every file (left: $left)" [ -z "$left" ]

echo "$pass passed, $fail failed"
