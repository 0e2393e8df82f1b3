#!/bin/sh
# make check fails when a committed generated file differs from what its
# generator now produces (issue 11): tools/generate.sh --check regenerates
# every one (syscall numbers, errno tables, the trace's argument rows,
# docs/syscalls.md's table) in a scratch copy of the tree and diffs.  The
# scratch directory is kept in the build directory so that the kernel
# prototypes are extracted from their tarball once.
#   tests/sh/test_generated.sh BUILD_DIR TOP
b=$1 top=${2:-.}
cd "$top" || exit 1
if tools/generate.sh --check "$b/generate"; then
	echo "1 passed, 0 failed"
else
	echo "0 passed, 1 failed"
	exit 1
fi
