#!/bin/sh
# The documentation keeps its promises (docs/design.md, "Documentation"):
# in README.md and docs/*.md,
#   - every code block whose info string is `c program` is a complete
#     program and compiles with build/bin/libjs-cc -Wall -Wextra -Werror
#     (`c program glibc`: with cc next to glibc and libjs.a instead);
#   - when the block right after it (blank lines between allowed) is a
#     `text output` block, the program runs, from an empty directory,
#     and prints exactly that (stdout and stderr together) and exits 0;
#   - every relative link ](path) or ](path#anchor) names a file of the
#     repository, and the anchor a heading of that file (GitHub's rule:
#     lower case, punctuation dropped, spaces to '-');
#   - no paragraph or code block longer than 80 characters appears twice.
#   tests/sh/test_docs.sh BUILD_DIR TOP   (cwd: a scratch directory)
B=$1 TOP=$2
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }

# anchors FILE: GitHub's anchor for each heading of FILE.
anchors() {
	awk '/^```/ { f = !f; next } !f && /^#+ / { sub(/^#+ +/, ""); print }' "$1" |
		tr 'A-Z' 'a-z' | sed 's/[^a-z0-9 _-]//g; s/ /-/g'
}

n=0
for md in "$TOP"/README.md "$TOP"/docs/*.md; do
	rel=${md#"$TOP"/}
	# Extract the marked programs: NAME.c (+ NAME.out, + NAME.glibc).
	awk -v base="$(echo "$rel" | tr '/.' '__')" '
		/^```/ && inblk {
			inblk = 0
			if (kind == "prog") { pending = 1; close(prog) }
			else if (kind == "out") { close(out) }
			kind = ""
			next
		}
		/^```/ && !inblk {
			inblk = 1
			info = substr($0, 4)
			if (info ~ /^c program( glibc)?[ \t]*$/) {
				kind = "prog"; pending = 0
				prog = base "_" FNR ".c"
				printf "" > prog
				if (info ~ /glibc/) print "" > (base "_" FNR ".glibc")
				last = base "_" FNR
			} else if (info ~ /^text output[ \t]*$/ && pending) {
				kind = "out"; out = last ".out"; printf "" > out; pending = 0
			} else {
				kind = "other"; pending = 0
			}
			next
		}
		inblk && kind == "prog" { print > prog; next }
		inblk && kind == "out" { print > out; next }
		!inblk && $0 !~ /^[ \t]*$/ && $0 !~ /^<!--.*-->$/ { pending = 0 }
	' "$md"

	# Relative links.
	dir=$(dirname "$md")
	grep -o '\](\([^)]*\))' "$md" | sed 's/^](//; s/)$//' | while read -r l; do
		case $l in http://*|https://*|mailto:*) continue ;; esac
		path=${l%%#*} frag=
		case $l in *'#'*) frag=${l#*#} ;; esac
		[ -n "$path" ] && target=$dir/$path || target=$md
		if [ ! -e "$target" ]; then
			echo "BADLINK $rel: $l (no such file)"
		elif [ -n "$frag" ] && ! anchors "$target" | grep -qx -- "$frag"; then
			echo "BADLINK $rel: $l (no such heading)"
		else
			echo "GOODLINK"
		fi
	done > links.log
	pass=$((pass + $(grep -c '^GOODLINK' links.log)))
	if grep -q '^BADLINK' links.log; then
		fail=$((fail + $(grep -c '^BADLINK' links.log)))
		grep '^BADLINK' links.log | sed 's/^BADLINK/FAIL: link/'
	fi
done

# No paragraph, and no code block, twice across README.md and docs/
# (each text paragraph or block joined into one line; short ones, such as
# a lone command, may repeat).
dups=$(awk '
	FNR == 1 { if (p != "") print p; p = "" }
	/^```/ { if (p != "") print p; p = ""; next }
	/^[ \t]*$/ { if (p != "") print p; p = ""; next }
	{ p = p " " $0 }
	END { if (p != "") print p }' "$TOP"/README.md "$TOP"/docs/*.md |
	awk 'length($0) > 80' | sort | uniq -d)
if [ -z "$dups" ]; then ok; else
	ko "paragraphs that appear more than once:"; echo "$dups" | cut -c1-160
fi

for c in *.c; do
	[ -e "$c" ] || continue
	name=${c%.c}
	where=$(echo "$name" | sed 's/_\([0-9]*\)$/:\1/; s/^README_md/README.md/; s/^docs_\(.*\)_md:/docs\/\1.md:/')
	n=$((n + 1))
	if [ -e "$name.glibc" ]; then
		set -- ${CC:-cc} -std=c11 -Wall -Wextra -Werror -I"$TOP/include" "$c" "$B/libjs.a" -o "$name"
	else
		set -- "$B/bin/libjs-cc" -Os -Wall -Wextra -Werror "$c" -o "$name"
	fi
	if timeout 120 "$@" > cc.log 2>&1; then ok; else
		ko "$where: the program does not compile: $*"; head -n 20 cc.log; continue
	fi
	[ -e "$name.out" ] || continue
	rm -rf run && mkdir run
	got=$(cd run && timeout 20 "../$name" 2>&1)
	rc=$?
	if [ $rc = 0 ] && [ "$got" = "$(cat "$name.out")" ]; then ok; else
		ko "$where: exit $rc, printed:"; echo "$got"; echo "-- expected:"; cat "$name.out"
	fi
done
[ $n -gt 0 ] && ok || ko "no code block marked 'c program' in README.md or docs/"
echo "$pass passed, $fail failed"
