#!/usr/bin/env python3
"""Compare the in-process trace (DEBUG=libjs:*) with strace, line by line.

Input: the files of one run of
    DEBUG='libjs:*' strace -ff -s 32 -e write=2 -o OUT ./prog
(OUT.<tid>, one per process or thread).  strace sees every system call,
including the write(2, "libjs:syscall ...") with which the trace reports
each one, and -e write=2 dumps that write's bytes in hex: so one file holds
both views of the same process, in order, and each trace line can be
paired with strace's line for the call it describes.

Pairing.  The trace writes a call's line right after the call returns
(before it, for a call that does not return: exit, exit_group, a
successful execve).  So between two trace writes, strace shows the call
the next trace line describes, then the trace's own calls (gettid, getpid,
process_vm_readv): a trace line is paired with the last strace line of
the same call name since the previous trace write, or failing that the
first one before the next trace write.

Counted:
  identical   trace line == strace line, after removing strace's padding
              before " = " (nothing else is normalised);
  different   paired, not identical (each pair is printed);
  no strace   a trace line strace has no line for (printed);
  untraced    a strace line of the program's that no trace line describes
              (printed; the trace's own gettid, getpid and
              process_vm_readv are not counted, nor the execve that
              started the program, nor the start-up calls made before the
              trace starts in a new image);
  vdso        trace lines marked "(vdso)": the vDSO answered and no system
              call was made, so strace cannot see them (reported, not
              counted).
The identity figure is identical / (identical + different + no strace +
untraced).

Options: --summary (only the totals), --min PCT (exit 1 below PCT),
--min-lines N (exit 1 when fewer than N distinct trace lines were seen),
--quiet-ok (do not print identical pairs; the default), --strict (compare
an error result as printed; without it the trace's "-N EXXX" is read as
strace's "-1 EXXX", for traces older than that form).
"""
import re
import sys

OWN = ("gettid", "getpid", "process_vm_readv")
ERRNO = re.compile(r" = -\d+ (E[A-Z0-9]+ )")
STRICT = False
PAD = re.compile(r"\)\s+= ")
NAME = re.compile(r"^(?:\[pid \d+\] )?([a-z0-9_]+)\(")
HEX = re.compile(r"^ \| [0-9a-f]{5}  [0-9a-f]{2}")


def norm(line):
    return PAD.sub(") = ", line.rstrip("\n"))


def name_of(line):
    m = NAME.match(line)
    return m.group(1) if m else None


def parse(path):
    """Events of one strace -o file: ('S', text) for a system call line,
    ('T', text) for a trace line recovered from a hex dump, ('W',) where a
    trace write was (a segment boundary)."""
    events = []
    with open(path, errors="replace") as f:
        lines = f.read().split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line or line.startswith(("---", "+++", " | ", " * ")):
            continue
        is_trace = re.match(r'^(write|writev)\(2, ', line) and "libjs:" in line
        if not is_trace:
            events.append(("S", line))
            continue
        data = bytearray()
        while i < len(lines) and lines[i].startswith((" | ", " * ")):
            if HEX.match(lines[i]):
                # " | 00000  " then 16 bytes as "xx " in two groups of 8.
                data += bytes.fromhex("".join(lines[i][10:59].split()))
            i += 1
        events.append(("W",))
        for t in data.decode("utf-8", "replace").split("\n"):
            if t.startswith("libjs:syscall "):
                t = t[len("libjs:syscall "):]
                t = re.sub(r"^\[pid \d+\] ", "", t)
                events.append(("T", t))
    return events


def compare(path, out, totals):
    ev = parse(path)
    s_idx = [k for k, e in enumerate(ev) if e[0] == "S"]
    used = set()
    # Start-up calls: the program's first execve (made by strace's child)
    # and, after any successful execve, the calls before the first trace
    # write of the new image.
    # Calls made before the trace starts in an image: the execve that
    # started the program, and the start-up code's calls before the first
    # trace write (and again after each successful execve).
    pre = set()
    started = False
    for k, e in enumerate(ev):
        if e[0] == "W":
            started = True
        elif e[0] == "S":
            if not started:
                pre.add(k)
            if name_of(e[1]) == "execve" and e[1].rstrip().endswith("= 0"):
                started = False
    for k, e in enumerate(ev):
        if e[0] != "T":
            continue
        t = e[1]
        if t.endswith(" (vdso)"):
            totals["vdso"] += 1
            continue
        n = name_of(t)
        # The previous trace write.
        lo = k - 1
        while lo >= 0 and ev[lo][0] != "W":
            lo -= 1
        # Trace lines of one write form one group; find the write's start.
        w = lo
        back = w - 1
        while back >= 0 and ev[back][0] != "W":
            back -= 1
        match = None
        for j in range(w - 1, back, -1):
            if ev[j][0] == "S" and j not in used and name_of(ev[j][1]) == n:
                match = j
                break
        if match is None:
            for j in range(k + 1, len(ev)):
                if ev[j][0] == "W" and j > k + 1:
                    break
                if ev[j][0] == "S" and j not in used and name_of(ev[j][1]) == n:
                    match = j
                    break
        totals["distinct"].add(t if n is None else t)
        if match is None:
            totals["nostrace"] += 1
            out.append("no strace line: %s" % t)
            continue
        used.add(match)
        s = norm(ev[match][1])
        if not STRICT:
            t = ERRNO.sub(" = -1 \\1", t)
        if s == t:
            totals["same"] += 1
        else:
            totals["diff"] += 1
            out.append("libjs:  %s\nstrace: %s" % (t, s))
    for j in s_idx:
        if j in used:
            continue
        n = name_of(ev[j][1])
        if n in OWN:
            continue
        if j in pre:
            totals["startup"] += 1
            continue
        totals["untraced"] += 1
        out.append("untraced: %s" % norm(ev[j][1]))


def main(argv):
    summary = False
    pmin = None
    lmin = None
    files = []
    it = iter(argv)
    for a in it:
        if a == "--summary":
            summary = True
        elif a == "--min":
            pmin = float(next(it))
        elif a == "--min-lines":
            lmin = int(next(it))
        elif a == "--quiet-ok":
            pass
        elif a == "--strict":
            global STRICT
            STRICT = True
        else:
            files.append(a)
    totals = {"same": 0, "diff": 0, "nostrace": 0, "untraced": 0,
              "vdso": 0, "startup": 0, "distinct": set()}
    out = []
    for f in files:
        before = len(out)
        compare(f, out, totals)
        if not summary and len(out) > before:
            print("== %s" % f)
            print("\n".join(out[before:]))
    total = totals["same"] + totals["diff"] + totals["nostrace"] + totals["untraced"]
    pct = 100.0 * totals["same"] / total if total else 0.0
    print("trace-diff: %d lines, %d identical (%.1f%%), %d different, "
          "%d without a strace line, %d untraced; %d distinct trace lines; "
          "%d vdso lines not counted" %
          (total, totals["same"], pct, totals["diff"], totals["nostrace"],
           totals["untraced"], len(totals["distinct"]), totals["vdso"]))
    bad = 0
    if pmin is not None and pct < pmin:
        print("trace-diff: %.1f%% identical, below %.1f%%" % (pct, pmin))
        bad = 1
    if lmin is not None and len(totals["distinct"]) < lmin:
        print("trace-diff: %d distinct lines, fewer than %d" %
              (len(totals["distinct"]), lmin))
        bad = 1
    return bad


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
