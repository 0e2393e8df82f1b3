#!/bin/sh
# The trace's constant sets are written once (issue 11): every row of
# every struct js__flag array in src/trace/ is JS__FLAG(X) (or a file's
# own alias of it, `#define F JS__FLAG` / `#define F(x) JS__FLAG(x)`),
# the row for the public constant JS_X -- which the compiler then
# requires to exist, and tests/sh/test_consts_arch_layout.sh proves
# against the kernel's and glibc's headers.  A row with a number in it,
# or any other spelling, fails here, naming the file, set and row.
#   tests/sh/test_trace_sets.sh BUILD_DIR TOP
top=${2:-.}
cd "$top" || exit 1
python3 - src/trace/*.c <<'EOF'
import re, sys

sets = rows = 0
bad = []
for path in sys.argv[1:]:
    text = open(path).read()
    # Comments out; string contents kept (a row never has one).
    text = re.sub(r'/\*.*?\*/', ' ', text, flags=re.S)
    aliases = {'JS__FLAG'}
    # `#define J JS__FLAG`, `#define FL(x) JS__FLAG(x)`, and aliases of
    # those (struct names too: `#define fl js__flag`).
    structs = {'js__flag'}
    for m in re.finditer(r'^#\s*define\s+(\w+)(\(\w+\))?\s+(\w+)', text, re.M):
        if m.group(3) in aliases:
            aliases.add(m.group(1))
        if m.group(3) in structs:
            structs.add(m.group(1))
    pat = r'struct\s+(%s)\s+(\w+)\s*\[\s*\]\s*=\s*\{(.*?)\};' % '|'.join(structs)
    for m in re.finditer(pat, text, re.S):
        sets += 1
        body = '\n'.join(l for l in m.group(3).split('\n')
                         if not l.strip().startswith('#'))
        for row in [r.strip() for r in body.split(',')]:
            if not row:
                continue
            rows += 1
            r = re.fullmatch(r'(\w+)\s*\(\s*(\w+)\s*\)', row)
            if not r or r.group(1) not in aliases:
                bad.append('%s: set %s: row "%s" is not JS__FLAG(NAME)'
                           % (path, m.group(2), row))
for b in bad:
    print('FAIL', b)
# The sets exist: a pattern that stopped matching must not pass quietly.
if sets < 35 or rows < 350:
    print('FAIL only %d sets, %d rows found (at least 35 and 350 expected)'
          % (sets, rows))
    bad.append('count')
print('%d sets, %d rows, every row a public constant by name' % (sets, rows)
      if not bad else '%d rows not written as JS__FLAG' % len(bad))
print('%d passed, %d failed' % (0 if bad else 1, 1 if bad else 0))
EOF
