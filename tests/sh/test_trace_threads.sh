#!/bin/sh
# JS_RUN: yes (tests/run.sh also runs this under qemu-user)
# The trace of a multi-threaded program (tests/sh/trace_threads.c): every
# line whole (one write each, never interleaved), the main thread's lines
# unmarked and every other thread's marked "[pid TID] " after the
# "libjs:syscall " namespace, as strace -f marks them, with the thread's
# own id; 200 getppid lines from the main thread and 800 from the others.
#   tests/sh/test_trace_threads.sh BUILD_DIR TOP
B=$1 top=${2:-.}
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }

"$B/bin/libjs-cc" --trace -O2 -Wall -Wextra -Werror "$top/tests/sh/trace_threads.c" \
	-o threads || { echo "0 passed, 1 failed"; exit 1; }
DEBUG='libjs:*' ${JS_RUN:-} ./threads 2>trace && ok || ko "program failed"
bad=$(grep -cvE '^libjs:syscall (\[pid [0-9]+\] )?[a-z_0-9]+\(.*\) = ([-0-9a-fx]+( .*)?|\?)$' trace)
[ "$bad" = 0 ] && ok || ko "$bad broken lines: $(grep -vE '^libjs:syscall (\[pid [0-9]+\] )?[a-z_0-9]+\(' trace | head -3)"
main=$(grep -cE '^libjs:syscall getppid\(\) = [0-9]+$' trace)
others=$(grep -cE '^libjs:syscall \[pid [0-9]+\] getppid\(\) = [0-9]+$' trace)
[ "$main" = 200 ] && ok || ko "main thread: $main getppid lines, not 200"
[ "$others" = 800 ] && ok || ko "other threads: $others getppid lines, not 800"
tids=$(sed -n 's/^libjs:syscall \[pid \([0-9]*\)\] getppid.*/\1/p' trace | sort -u | wc -l)
[ "$tids" = 4 ] && ok || ko "$tids distinct thread ids marked, not 4"
echo "$pass passed, $fail failed"
