#!/bin/sh
# make coverage: how much of each architecture's system-call table has a
# wrapper (docs/syscalls.md says how it is counted).
#
#   tools/coverage.sh             the report; exit 1 when a number is
#                                 neither wrapped nor excluded (each one is
#                                 named on a MISSING line), or when the
#                                 data files say something the sources
#                                 do not bear out
#   tools/coverage.sh --markdown  the generated part of docs/syscalls.md
#   tools/coverage.sh --docs      rewrites that part of docs/syscalls.md
#   tools/coverage.sh --brief     one line per architecture (make bench)
#
# The table of an architecture: include/libjs/arch/<a>/nr_list.h (the
# generated Linux 6.1 list, numbers from nr.h), include/libjs/nr_new.h
# (Linux 6.5-6.18, one number on every architecture) and, where it exists,
# include/libjs/arch/<a>/nr_arch_new.h (calls newer than 6.1 that only that
# architecture has).
#
# A number is wrapped when
#   1. a library source, src/<domain>/*.c or src/arch/<a>/*.c, passes its
#      JS_NR_<name> to one of src/call.h's JS_SCn macros (the one way a
#      wrapper enters the kernel); or
#   2. assembly of the architecture, src/arch/<a>/*.S other than the
#      program entry start.S, issues JS_NR_<name> itself (js_vfork,
#      js_clone_fn, x86_64's rt_sigreturn trampoline); or
#   3. tools/syscalls-made-from.txt names a js_ function that serves it by
#      another call (getrlimit through prlimit64, ...): checked here, the
#      function must be defined in a library source that issues that other
#      call with JS_SCn, which must be in the same table.
# A number is excluded when tools/syscalls-excluded.txt names it for that
# architecture, with the reason.  An exclusion of a wrapped number, or of
# a name the architecture's table lacks, is an error, as is a made-from
# row of a number that is wrapped by its own number: the data files can
# only say what the sources do not.
#
# COVERAGE_ROOT (default: this tree) points the report at another tree
# with the same layout (tests/sh/test_coverage.sh's self-test).
set -eu
ROOT=${COVERAGE_ROOT:-$(cd "$(dirname "$0")/.." && pwd)}
EXCL=$ROOT/tools/syscalls-excluded.txt
MADE=$ROOT/tools/syscalls-made-from.txt
DOC=$ROOT/docs/syscalls.md
ARCHS="x86_64 aarch64 riscv64"
MODE=${1:-report}
case $MODE in
report | --markdown | --docs | --brief) ;;
*) echo "usage: $0 [--markdown | --docs | --brief]" >&2; exit 2 ;;
esac
for f in "$EXCL" "$MADE" "$ROOT/include/libjs/nr_new.h"; do
	[ -f "$f" ] || { echo "coverage: $f missing" >&2; exit 2; }
done
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

# "#define JS_NR_<name> <number>" lines of a header, as "number name".
defs() {
	sed -n 's/^#define JS_NR_\([a-z0-9_]*\)[ 	]\{1,\}\([0-9]\{1,\}\).*/\2 \1/p' "$@"
}
# The JS_NR_ names a C file passes to JS_SCn, one per line (a call may
# be split over lines: the file is read as one line).
sc_names() {
	tr '\n' ' ' < "$1" |
		grep -oE 'JS_SC[0-6][[:space:]]*\([[:space:]]*JS_NR_[a-z0-9_]+' |
		sed 's/.*JS_NR_//' || true
}
# The JS_NR_ names an assembly file uses.
asm_names() {
	grep -oE 'JS_NR_[a-z0-9_]+' "$1" | sed 's/^JS_NR_//' || true
}
# The library's C sources for architecture $1 (the tracer only decodes
# calls, it wraps none).
c_srcs() {
	for f in "$ROOT"/src/*/*.c "$ROOT"/src/arch/"$1"/*.c; do
		case $f in "$ROOT"/src/trace/* | "$ROOT"/src/arch/*/*/*) continue ;; esac
		case $f in "$ROOT"/src/arch/*) [ "${f#"$ROOT"/src/arch/"$1"/}" != "$f" ] || continue ;; esac
		[ -f "$f" ] && echo "$f"
	done
}

for a in $ARCHS; do
	d=$ROOT/include/libjs/arch/$a
	[ -f "$d/nr.h" ] && [ -f "$d/nr_list.h" ] ||
		{ echo "coverage: $d/nr.h or nr_list.h missing" >&2; exit 2; }
	# The table: "number name old|new", in number order.
	defs "$d/nr.h" > "$T/nr.$a"
	sed -n 's/^JS_NR_X(\([a-z0-9_]*\))$/\1/p' "$d/nr_list.h" |
		awk -v nrs="$T/nr.$a" 'BEGIN { while ((getline l < nrs) > 0) { split(l, f, " "); n[f[2]] = f[1] } }
			{ if (!($1 in n)) { print "coverage: " $1 " has no number in nr.h" > "/dev/stderr"; exit 2 }
			  print n[$1], $1, "old" }' > "$T/table.$a"
	{ defs "$ROOT/include/libjs/nr_new.h"
	  [ -f "$d/nr_arch_new.h" ] && defs "$d/nr_arch_new.h"
	  true; } | awk '{ print $1, $2, "new" }' >> "$T/table.$a"
	sort -n -o "$T/table.$a" "$T/table.$a"

	# Wrapped by their own number: "name how".
	: > "$T/own.$a"
	for f in $(c_srcs "$a"); do
		for n in $(sc_names "$f"); do echo "$n ${f#"$ROOT"/}"; done >> "$T/own.$a"
	done
	for f in "$ROOT"/src/arch/"$a"/*.S; do
		[ -f "$f" ] && [ "${f##*/}" != start.S ] || continue
		for n in $(asm_names "$f"); do echo "$n ${f#"$ROOT"/}"; done >> "$T/own.$a"
	done

	# Made from another call: the rows for this architecture, each checked
	# against the sources: "name function via reason" or an error.
	: > "$T/made.$a"
	: > "$T/err.$a"
	grep -v -e '^#' -e '^[[:space:]]*$' "$MADE" | while read -r name archs fn via reason; do
		case ",$archs," in *",$a,"* | ,all,) ;; *) continue ;; esac
		src=
		for f in $(c_srcs "$a"); do
			grep -qE "^[a-z].*[ *]$fn\(" "$f" && { src=$f; break; }
		done
		if [ -z "$src" ]; then
			echo "made-from row $name: no library source defines $fn" >> "$T/err.$a"
		elif ! sc_names "$src" | grep -qx "$via"; then
			echo "made-from row $name: ${src#"$ROOT"/} ($fn) issues no JS_SCn(JS_NR_$via, ...)" >> "$T/err.$a"
		elif ! awk -v n="$via" '$2 == n { f = 1 } END { exit !f }' "$T/table.$a"; then
			echo "made-from row $name: $via is not in the $a table" >> "$T/err.$a"
		else
			echo "$name $fn $via $reason" >> "$T/made.$a"
		fi
	done
	grep -v -e '^#' -e '^[[:space:]]*$' "$EXCL" | while read -r name archs reason; do
		case ",$archs," in *",$a,"* | ,all,) echo "$name $reason" ;; esac
	done > "$T/excl.$a"
done

# Classify every number: wrapped (own), made, excluded, missing.  Prints
# per-architecture "stat" lines, then the rows the renderers below need.
for a in $ARCHS; do
	awk -v a="$a" -v own="$T/own.$a" -v made="$T/made.$a" -v excl="$T/excl.$a" -v err="$T/err.$a" '
	BEGIN {
		while ((getline l < own) > 0) { split(l, f, " "); if (!(f[1] in o)) o[f[1]] = f[2] }
		while ((getline l < made) > 0) { split(l, f, " "); m[f[1]] = f[2] " " f[3] }
		while ((getline l < excl) > 0) { split(l, f, " "); x[f[1]] = 1 }
		while ((getline l < err) > 0) print "error", a, l
	}
	{
		nr = $1; name = $2; seen[name] = 1; total++; if ($3 == "new") newer++
		if (name in o) {
			st = "own"; wrapped++
			if (name in m) print "error", a, "made-from row " name ": wrapped by its own number in " o[name]
			if (name in x) print "error", a, "exclusion " name ": wrapped by its own number in " o[name]
		} else if (name in m) {
			st = "made"; wrapped++; made_n++
			if (name in x) print "error", a, "exclusion " name ": made from another call too"
		} else if (name in x) {
			st = "excl"; excluded++
		} else {
			st = "missing"; missing++
		}
		if ($3 == "new" && st != "missing" && st != "excl") newer_w++
		print "row", a, nr, name, $3, st
	}
	END {
		for (n in x) if (!(n in seen)) print "error", a, "exclusion " n ": not in the " a " table"
		for (n in m) if (!(n in seen)) print "error", a, "made-from row " n ": not in the " a " table"
		printf "stat %s %d %d %d %d %d %d %d\n", a, total, total - newer, wrapped, made_n, excluded, missing, newer_w
	}' "$T/table.$a"
done > "$T/all"

pct() { awk -v w="$1" -v t="$2" 'BEGIN { if (t == 0) print "-"; else printf "%.1f%%", 100 * w / t }'; }
# Distinct names newer than glibc 2.36 that some architecture wraps.
newer_names() {
	awk '$1 == "row" && $5 == "new" && ($6 == "own" || $6 == "made") { print $4 }' "$T/all" | sort -u
}
reason_of() { # name arch -> the exclusion's reason
	grep -v -e '^#' "$EXCL" | awk -v n="$1" -v a="$2" '$1 == n && ($2 == "all" || index("," $2 ",", "," a ",")) {
		$1 = ""; $2 = ""; sub(/^  /, ""); print; exit }'
}

report() {
	echo "libjs system-call coverage (tools/coverage.sh; docs/syscalls.md)"
	echo
	while read -r _ a total old wrapped made excluded missing newer_w; do
		echo "$a: $total numbers ($old in the Linux 6.1 table, $((total - old)) newer): $wrapped wrapped ($made of them made from another call), $excluded excluded, $missing neither"
		echo "  wrapped / numbers not excluded: $wrapped/$((total - excluded)) = $(pct "$wrapped" $((total - excluded))); wrapped / whole table: $wrapped/$total = $(pct "$wrapped" "$total")"
	done <<-EOF
	$(grep '^stat ' "$T/all")
	EOF
	echo
	n=$(newer_names | wc -l)
	echo "calls newer than glibc 2.36 that libjs wraps: $n ($(newer_names | tr '\n' ' ' | sed 's/ $//'))"
	echo
	echo "excluded (tools/syscalls-excluded.txt):"
	grep -v -e '^#' -e '^[[:space:]]*$' "$EXCL" | while read -r name archs reason; do
		echo "  $name [$archs]: $reason"
	done
	echo
	echo "made from another call (tools/syscalls-made-from.txt):"
	grep -v -e '^#' -e '^[[:space:]]*$' "$MADE" | while read -r name archs fn via reason; do
		echo "  $name [$archs]: $fn, by $via: $reason"
	done
	if grep -q '^error ' "$T/all"; then
		echo
		grep '^error ' "$T/all" | sed 's/^error \([^ ]*\) /ERROR \1: /'
	fi
	if grep -q ' missing$' "$T/all"; then
		echo
		awk '$1 == "row" && $6 == "missing" { printf "MISSING %s %s %s\n", $2, $3, $4 }' "$T/all"
	fi
}

markdown() {
	echo "<!-- Generated by tools/coverage.sh --docs from the sources and tools/syscalls-*.txt; tests/sh/test_coverage.sh fails when it differs. -->"
	echo
	echo "| architecture | numbers (Linux 6.1 table + newer) | wrapped | of them made from another call | excluded | neither | wrapped / not excluded |"
	echo "|---|---:|---:|---:|---:|---:|---:|"
	while read -r _ a total old wrapped made excluded missing newer_w; do
		echo "| $a | $total ($old + $((total - old))) | $wrapped | $made | $excluded | $missing | $wrapped/$((total - excluded)) = $(pct "$wrapped" $((total - excluded))) |"
	done <<-EOF
	$(grep '^stat ' "$T/all")
	EOF
	echo
	echo "Calls newer than glibc 2.36 that libjs wraps: $(newer_names | wc -l)."
	echo
	newer_names | sed 's/.*/`&`/' | tr '\n' ' ' | sed 's/ $//; s/ /, /g'
	echo
	echo
	echo "### Excluded numbers"
	echo
	echo "| call | architectures | why it has no wrapper |"
	echo "|---|---|---|"
	grep -v -e '^#' -e '^[[:space:]]*$' "$EXCL" | while read -r name archs reason; do
		echo "| \`$name\` | $(echo "$archs" | sed 's/,/, /g') | $reason |"
	done
	echo
	echo "### Made from another call"
	echo
	echo "| call | architectures | function | by the call | why |"
	echo "|---|---|---|---|---|"
	grep -v -e '^#' -e '^[[:space:]]*$' "$MADE" | while read -r name archs fn via reason; do
		echo "| \`$name\` | $(echo "$archs" | sed 's/,/, /g') | \`$fn\` | \`$via\` | $reason |"
	done
	if grep -q ' missing$' "$T/all"; then
		echo
		echo "### Neither wrapped nor excluded yet"
		echo
		awk '$1 == "row" && $6 == "missing" { l[$4] = l[$4] (l[$4] ? ", " : "") $2 }
			END { for (n in l) printf "- `%s` (%s)\n", n, l[n] }' "$T/all" | sort
	fi
}

case $MODE in
report)
	report
	! grep -q -e '^error ' -e ' missing$' "$T/all"
	;;
--brief)
	grep '^stat ' "$T/all" | while read -r _ a total old wrapped made excluded missing newer_w; do
		echo "$a: $wrapped of $total numbers wrapped, $excluded excluded, $missing neither ($wrapped/$((total - excluded)) = $(pct "$wrapped" $((total - excluded))) of the numbers not excluded)"
	done
	echo "calls newer than glibc 2.36 that libjs wraps: $(newer_names | wc -l)"
	;;
--markdown) markdown ;;
--docs)
	[ -f "$DOC" ] || { echo "coverage: $DOC missing" >&2; exit 2; }
	grep -q '^<!-- coverage:begin -->$' "$DOC" && grep -q '^<!-- coverage:end -->$' "$DOC" ||
		{ echo "coverage: $DOC lacks the coverage:begin/end markers" >&2; exit 2; }
	markdown > "$T/block"
	awk -v block="$T/block" '
		/^<!-- coverage:begin -->$/ { print; while ((getline l < block) > 0) print l; skip = 1; next }
		/^<!-- coverage:end -->$/ { skip = 0 }
		!skip { print }' "$DOC" > "$T/doc"
	cat "$T/doc" > "$DOC"
	echo "coverage: rewrote the generated part of ${DOC#"$ROOT"/}"
	;;
esac
