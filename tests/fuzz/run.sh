#!/bin/sh
# Fuzz js_inotify_next (tests/fuzz/fuzz_inotify_next.c) for N seconds
# (default 60): libFuzzer + ASan + UBSan when clang has libFuzzer, else a
# random-buffer loop under ASan + UBSan.  Not part of `make check` (which
# runs a 2-second random-buffer test instead); run from the repo top:
#   tests/fuzz/run.sh [seconds]
# Exit status 0 means no finding.  Crash inputs land in build/fuzz/.
set -e
secs=${1:-60}
out=${B:-build}/fuzz
mkdir -p "$out/corpus"
srcs="tests/fuzz/fuzz_inotify_next.c src/events/inotify_next.c"
flags="-std=c11 -g -O1 -Wall -Wextra -D_DEFAULT_SOURCE -Iinclude -fno-omit-frame-pointer -fno-sanitize-recover=all"

if echo 'int LLVMFuzzerTestOneInput(const char*d,long n){(void)d;(void)n;return 0;}' |
	clang -fsanitize=fuzzer -x c - -o "$out/probe" 2>/dev/null; then
	clang $flags -fsanitize=fuzzer,address,undefined $srcs -o "$out/fuzz_inotify_next"
	echo "libFuzzer, ASan+UBSan, ${secs} s"
	"$out/fuzz_inotify_next" -max_total_time="$secs" -print_final_stats=1 \
		-artifact_prefix="$out/" "$out/corpus"
else
	${CC:-cc} $flags -DFUZZ_STANDALONE -fsanitize=address,undefined $srcs \
		-o "$out/fuzz_inotify_next"
	echo "no libFuzzer: random-buffer loop, ASan+UBSan, ${secs} s"
	"$out/fuzz_inotify_next" "$secs"
fi
