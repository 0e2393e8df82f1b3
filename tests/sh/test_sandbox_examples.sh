#!/bin/sh
# Every example built with libjs-cc --sandbox (kill mode): its own tests
# (test_examples.sh, test_echo_server.sh, test_nc.sh) pass unchanged on
# the sandboxed builds; every call `strace -f` sees the example make in
# those tests is in the set libjs-syscalls prints; and that set is the one
# the filter holds (sandbox_dump reads the installed filter back through
# ptrace, root only).  Prints the tightness: per example, the set's size
# against the calls observed.
#   tests/sh/test_sandbox_examples.sh BUILD_DIR TOP   (cwd: a scratch directory)
B=$1 top=$2
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }
check() { what=$1; shift; if "$@"; then ok; else ko "$what"; fi; }
here=$PWD
SB=$here/sb
mkdir -p "$SB/examples" "$SB/bin"
# The example tests find the programs in BUILD_DIR/examples.
ln -sf "$top/$B/bin/libjs-cc" "$SB/bin/libjs-cc" 2>/dev/null || ln -sf "$B/bin/libjs-cc" "$SB/bin/libjs-cc"
case $B in /*) ;; *) B=$top/$B ;; esac
for src in "$top"/examples/*.c; do
	name=$(basename "$src" .c)
	CC=${CC:-cc} "$B/bin/libjs-cc" --sandbox -Os -Wall -Wextra -Werror "$src" -o "$SB/examples/$name" ||
		ko "$name builds with --sandbox"
done

# hello's own test checks its calls are execve, write, exit_group; the
# filter adds the two calls that install it, and nothing else.
for t in test_examples.sh test_echo_server.sh test_nc.sh; do
	mkdir -p "run.$t" && cd "run.$t" || exit 1
	sh "$top/tests/sh/$t" "$SB" "$top" > log 2>&1
	res=$(tail -n 1 log)
	case $t in
	test_examples.sh)
		grep -v 'hello makes execve write exit_group only' log | grep -q '^FAIL' && res="$res (other)"
		grep -q 'got: execve prctl seccomp write exit_group' log ||
			ko "sandboxed hello makes execve prctl seccomp write exit_group only"
		check "$t on the sandboxed examples: all but hello's trace pass ($res)" \
			sh -c "tail -n 1 log | grep -q '^[1-9][0-9]* passed, 1 failed' && ! echo '$res' | grep -q other" ;;
	*)
		check "$t passes unchanged on the sandboxed examples ($res)" \
			sh -c "tail -n 1 log | grep -q '^[1-9][0-9]* passed, 0 failed'" ;;
	esac
	[ -z "$(grep '^FAIL' log | grep -v 'hello makes')" ] || grep '^FAIL' log
	cd "$here" || exit 1
done

if ! command -v strace > /dev/null; then
	echo "strace missing (tools/need-tools.sh installs it): observed calls not checked"
	echo "$pass passed, $fail failed"
	exit 0
fi
# The same tests again under strace -f: which calls each example made.
# A process counts as the example from its execve of it (and its forks
# after that); the nested strace in test_examples.sh fails here, which is
# why the results above come from a run without it.
for t in test_examples.sh test_echo_server.sh test_nc.sh; do
	mkdir -p "trace.$t" && cd "trace.$t" || exit 1
	strace -f -qq -o "$here/strace.$t" sh "$top/tests/sh/$t" "$SB" "$top" > log 2>&1
	cd "$here" || exit 1
done
cat strace.* | awk -v dir="$SB/examples/" '
	{ pid = $1; line = $0; sub(/^[0-9]+ +/, "", line) }
	line ~ /^execve\(/ {
		p = line; sub(/^execve\("/, "", p); sub(/".*/, "", p)
		want[pid] = p
		if (line !~ /<unfinished \.\.\.>$/) exec_done(pid, line)
		next
	}
	line ~ /^<\.\.\. execve resumed>/ { exec_done(pid, line); next }
	!(pid in bin) { next }
	line ~ /^<\.\.\./ { name = line; sub(/^<\.\.\. /, "", name); sub(/ resumed.*/, "", name) }
	line !~ /^<\.\.\./ { name = line; sub(/\(.*/, "", name) }
	name ~ /^(clone|clone3|fork|vfork)$/ && line ~ /= [0-9]+$/ {
		child = line; sub(/.*= /, "", child); bin[child] = bin[pid]
	}
	name ~ /^[a-z_0-9]+$/ { seen[bin[pid] " " name] = 1 }
	function exec_done(pid, line) {
		if (line !~ /= 0$/) return
		if (index(want[pid], dir) == 1) bin[pid] = substr(want[pid], length(dir) + 1)
		else delete bin[pid]
	}
	END { for (k in seen) print k }' | sort > observed
for prog in "$SB"/examples/*; do
	name=$(basename "$prog")
	"$B/bin/libjs-syscalls" "$prog" > "set.$name" 2>/dev/null
	grep "^$name " observed | cut -d' ' -f2 | sort > "seen.$name"
	missing=$(sort "set.$name" | comm -13 - "seen.$name" | tr '\n' ' ')
	check "$name: every call strace saw is in its set (missing: $missing)" [ -z "$missing" ]
	if [ -s "seen.$name" ]; then
		echo "tightness: $name: set $(wc -l < "set.$name") calls, observed $(wc -l < "seen.$name")"
	else # jail: what it runs would inherit its filter, so no test runs it sandboxed
		echo "tightness: $name: set $(wc -l < "set.$name") calls, not run by the example tests"
	fi
done

# The filter holds exactly the set libjs-syscalls prints (root: ptrace
# may read a filter back only with CAP_SYS_ADMIN).
if [ "$(id -u)" = 0 ]; then
	${HOSTCC:-cc} -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -I"$top/include" \
		"$top/tests/sh/sandbox_dump.c" -o dump || ko "sandbox_dump builds"
	for prog in "$SB"/examples/*; do
		name=$(basename "$prog")
		./dump "$prog" > "filter.$name" 2>&1
		"$B/bin/libjs-syscalls" -n "$prog" 2>/dev/null | cut -d' ' -f1 > "nums.$name"
		check "$name: the installed filter allows exactly libjs-syscalls' set" \
			sh -c "grep -v default 'filter.$name' | cmp -s - 'nums.$name'"
		check "$name: and kills anything else" grep -qx 'default 0x80000000' "filter.$name"
	done
else
	echo "not root: the installed filters are not read back"
fi
echo "$pass passed, $fail failed"
