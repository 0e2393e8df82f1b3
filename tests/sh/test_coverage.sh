#!/bin/sh
# make coverage (tools/coverage.sh) on this tree, and on made-up trees
# whose answers are known, so that the report cannot pass by seeing
# nothing:
#   - the real tree: every number of the three tables wrapped or excluded,
#     no data row the sources contradict (until the every-syscall
#     branches are merged this fails, naming each MISSING number);
#   - docs/syscalls.md's generated part is what the report makes now;
#   - each exclusion whose reason says "always -ENOSYS" answers -ENOSYS
#     here (the build machine's architecture);
#   - a fake tree: the figures, a multi-line JS_SCn, assembly, the
#     made-from rows; then one defect at a time (an unwrapped number, an
#     exclusion of a wrapped call, a stale exclusion, a made-from row its
#     function does not bear out, JS_NR_ seen outside JS_SCn, another
#     architecture's source), each of which must fail the report.
#   tests/sh/test_coverage.sh BUILD_DIR TOP
B=$1 top=${2:-.}
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok: $*"; }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
cov=$top/tools/coverage.sh

# ---- The real tree.
if sh "$cov" > real.out 2>&1; then
	ok "every number of the three tables is wrapped or excluded"
else
	bad "make coverage fails:"
	grep -e '^MISSING' -e '^ERROR' real.out | sed 's/^/  /'
fi
for a in x86_64 aarch64 riscv64; do
	grep -q "^$a: [0-9]* numbers (" real.out && ok "$a has a line" || bad "no $a line"
done

sh "$cov" --markdown > block.md 2>&1
awk '/^<!-- coverage:begin -->$/ { on = 1; next } /^<!-- coverage:end -->$/ { on = 0 } on' \
	"$top/docs/syscalls.md" > doc.md
if [ -s block.md ] && cmp -s block.md doc.md; then
	ok "docs/syscalls.md's generated part is current"
else
	bad "docs/syscalls.md's generated part differs from tools/coverage.sh --markdown (run tools/coverage.sh --docs):"
	diff doc.md block.md | head -20
fi

# ---- "always -ENOSYS" exclusions on this machine's architecture.
arch=$(uname -m)
cat > nosys.c <<'EOF'
#include <libjs/libjs.h>
int main(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		long nr = 0;
		for (const char *p = argv[i]; *p; p++)
			nr = nr * 10 + (*p - '0');
		long r = js_syscall(nr, 0, 0, 0, 0, 0, 0);
		char buf[32];
		int n = 0;
		unsigned long v = r < 0 ? (unsigned long)-r : (unsigned long)r;
		do buf[n++] = (char)('0' + v % 10); while ((v /= 10));
		size_t len = 0;
		while (argv[i][len])
			len++;
		js_write(1, argv[i], len);
		js_write(1, r < 0 ? " -" : " ", r < 0 ? 2 : 1);
		while (n) js_write(1, &buf[--n], 1);
		js_write(1, "\n", 1);
	}
	return 0;
}
EOF
if cc -std=c11 -I"$top/include" nosys.c -o nosys "$B/libjs.a" 2> nosys.err; then
	grep -v -e '^#' -e '^[[:space:]]*$' "$top/tools/syscalls-excluded.txt" |
		grep -e 'always -ENOSYS' | while read -r name archs reason; do
		case ",$archs," in *",$arch,"* | ,all,) ;; *) continue ;; esac
		nr=$(sed -n "s/^#define JS_NR_$name \([0-9]*\)$/\1/p" "$top/include/libjs/arch/$arch/nr.h")
		echo "$name $nr"
	done > nosys.list
	: > nosys.res
	[ -s nosys.list ] && ./nosys $(awk '{ print $2 }' nosys.list) > nosys.res
	n=0
	while read -r name nr; do
		n=$((n + 1))
		if grep -qx "$nr -38" nosys.res; then ok "$name ($nr) is -ENOSYS"
		else bad "$name ($nr): $(grep "^$nr " nosys.res), not -ENOSYS (38)"; fi
	done < nosys.list
	# x86_64 has the most of them; the others have nfsservctl.
	[ "$n" -ge 1 ] && ok "$n always -ENOSYS exclusions checked" || bad "no always -ENOSYS exclusion checked on $arch"
else
	bad "nosys.c does not build: $(cat nosys.err)"
fi

# ---- A made-up tree with known answers.
fake() { # builds ./t afresh
	rm -rf t
	for a in x86_64 aarch64 riscv64; do
		d=t/include/libjs/arch/$a
		mkdir -p "$d" t/src/arch/$a
		printf '#define JS_NR_read 0\n#define JS_NR_write 1\n#define JS_NR_gone 2\n#define JS_NR_twoform 3\n#define JS_NR_modern 4\n' > "$d/nr.h"
		printf '/* list */\nJS_NR_X(read)\nJS_NR_X(write)\nJS_NR_X(gone)\nJS_NR_X(twoform)\nJS_NR_X(modern)\n' > "$d/nr_list.h"
	done
	printf '#define JS_NR_x86only 5\n' >> t/include/libjs/arch/x86_64/nr.h
	printf 'JS_NR_X(x86only)\n' >> t/include/libjs/arch/x86_64/nr_list.h
	printf '#ifndef JS_NR_brandnew\n#define JS_NR_brandnew 451          /* 6.5 */\n#endif\n' > t/include/libjs/nr_new.h
	mkdir -p t/src/fs t/src/trace t/tools t/docs
	printf 'long js_read(int fd)\n{\n\treturn JS_SC1(JS_NR_read, fd);\n}\n' > t/src/fs/read.c
	# Split over lines: still one JS_SCn with JS_NR_write.
	printf 'long js_write(int fd)\n{\n\treturn JS_SC3(\n\t\tJS_NR_write, fd, 0, 0);\n}\n' > t/src/fs/write.c
	printf 'long js_modern(int a, int f)\n{\n\treturn JS_SC2(JS_NR_modern, a, f);\n}\n' > t/src/fs/modern.c
	printf 'long js_twoform(int a)\n{\n\treturn js_modern(a, 0);\n}\n' > t/src/fs/twoform.c
	printf 'long js_brandnew(void)\n{\n\treturn JS_SC0(JS_NR_brandnew);\n}\n' > t/src/fs/brandnew.c
	printf '\tmov $JS_NR_x86only, %%eax\n\tsyscall\n' > t/src/arch/x86_64/x86only.S
	printf 'gone all Removed: always -ENOSYS.\n' > t/tools/syscalls-excluded.txt
	printf 'twoform all js_modern modern twoform is modern with flags 0.\n' > t/tools/syscalls-made-from.txt
	printf '# fake\n<!-- coverage:begin -->\n<!-- coverage:end -->\n' > t/docs/syscalls.md
}
run() { COVERAGE_ROOT=$(pwd)/t sh "$cov" "$@" > fake.out 2>&1; }
expect() { # description rc pattern...
	what=$1 want=$2; shift 2
	[ "$rc" = "$want" ] || { bad "$what: exit $rc, want $want"; sed 's/^/  /' fake.out | tail -8; return; }
	for p in "$@"; do
		grep -q -e "$p" fake.out || { bad "$what: no line matching '$p'"; sed 's/^/  /' fake.out | tail -8; return; }
	done
	ok "$what"
}

fake; run; rc=$?
expect "fake tree: all accounted for" 0 \
	'^x86_64: 7 numbers (6 in the Linux 6.1 table, 1 newer): 6 wrapped (1 of them made from another call), 1 excluded, 0 neither' \
	'^aarch64: 6 numbers (5 in the Linux 6.1 table, 1 newer): 5 wrapped (1 of them made from another call), 1 excluded, 0 neither' \
	'^  wrapped / numbers not excluded: 5/5 = 100.0%' \
	'^calls newer than glibc 2.36 that libjs wraps: 1 (brandnew)' \
	'^  gone \[all\]: Removed' '^  twoform \[all\]: js_modern, by modern'

run --docs; rc=$?
[ $rc = 0 ] && COVERAGE_ROOT=$(pwd)/t sh "$cov" --markdown > fake.md &&
	awk '/^<!-- coverage:begin -->$/ { on = 1; next } /^<!-- coverage:end -->$/ { on = 0 } on' t/docs/syscalls.md | cmp -s - fake.md &&
	grep -q '^| `gone` | all | Removed' fake.md && grep -q '^# fake$' t/docs/syscalls.md &&
	ok "fake tree: --docs writes the --markdown block between the markers, keeps the rest" ||
	bad "fake tree: --docs"

fake; printf '' > t/tools/syscalls-excluded.txt; run; rc=$?
expect "an unwrapped, unexcluded number fails, named per architecture" 1 \
	'^MISSING x86_64 2 gone$' '^MISSING aarch64 2 gone$' '^MISSING riscv64 2 gone$' \
	'^x86_64: .* 0 excluded, 1 neither'

fake; printf 'read all Not needed.\ngone all Removed.\n' > t/tools/syscalls-excluded.txt; run; rc=$?
expect "an exclusion of a wrapped call fails" 1 '^ERROR x86_64: exclusion read: wrapped by its own number in src/fs/read.c'

fake; printf 'gone all Removed.\nx86only all Old.\n' > t/tools/syscalls-excluded.txt; run; rc=$?
expect "an exclusion naming a call the table lacks fails" 1 '^ERROR aarch64: exclusion x86only: not in the aarch64 table'

fake; printf 'twoform all js_read modern says so.\n' > t/tools/syscalls-made-from.txt; run; rc=$?
expect "a made-from row whose function does not issue the call fails" 1 \
	'^ERROR x86_64: made-from row twoform: src/fs/read.c (js_read) issues no JS_SCn(JS_NR_modern' '^MISSING x86_64 3 twoform$'

fake; printf 'twoform all js_nothere modern says so.\n' > t/tools/syscalls-made-from.txt; run; rc=$?
expect "a made-from row naming no function fails" 1 '^ERROR x86_64: made-from row twoform: no library source defines js_nothere'

fake; printf 'read all js_modern modern says so.\ntwoform all js_modern modern x.\n' > t/tools/syscalls-made-from.txt; run; rc=$?
expect "a made-from row of a call wrapped by its own number fails" 1 '^ERROR x86_64: made-from row read: wrapped by its own number'

# JS_NR_ outside JS_SCn, in the tracer, in start.S or in another
# architecture's directory wraps nothing.
fake; printf 'long js_write(int fd)\n{\n\t/* JS_NR_write */\n\treturn js_syscall3(JS_NR_write, fd, 0, 0);\n}\n' > t/src/fs/write.c
printf 'static const int x = JS_SC1(JS_NR_modern2, 0) + JS_NR_brandnew;\nlong f(void) { return JS_SC0(JS_NR_brandnew); }\n' > t/src/fs/other.c
rm t/src/fs/brandnew.c
printf 'long t(void) { return JS_SC0(JS_NR_brandnew); }\n' > t/src/trace/table.c
mv t/src/arch/x86_64/x86only.S t/src/arch/x86_64/start.S
printf 'long js_w(void) { return JS_SC1(JS_NR_write, 1); }\n' > t/src/arch/aarch64/w.c
run; rc=$?
expect "JS_NR_ outside JS_SCn, in src/trace, start.S or another architecture wraps nothing" 1 \
	'^MISSING x86_64 1 write$' '^MISSING riscv64 1 write$' '^MISSING x86_64 5 x86only$' \
	'^aarch64: 6 numbers .*: 5 wrapped (1 of them made from another call), 1 excluded, 0 neither'
grep -q '^MISSING aarch64 1 write$' fake.out && bad "src/arch/aarch64/w.c was not counted for aarch64" ||
	ok "src/arch/aarch64/*.c counts for aarch64"

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
