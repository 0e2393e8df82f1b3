#!/bin/sh
# A set-user-ID root program started by nobody (the kernel sets AT_SECURE):
# built with `libjs-cc --trace`, it must ignore DEBUG and LIBJS_FAULT from
# its caller (no trace of the root-only file it reads, its setresuid drop
# not failed by LIBJS_FAULT=setresuid:EPERM) and, started with fd 2
# closed, find /dev/null there (rdev 1:3) rather than the next file it
# opens.  The same program started by root (no AT_SECURE) obeys both, which
# shows the probe can tell.  Needs root (to install the program set-user-ID
# and to switch to nobody with setpriv); fails, not skips, without it.
#   tests/sh/test_rt_setuid.sh BUILD_DIR TOP
B=$1 top=${2:-.}
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }

if [ "$(id -u)" != 0 ] || ! command -v setpriv >/dev/null; then
	echo "FAIL: needs root and setpriv (util-linux) to run a set-user-ID program as nobody"
	echo "0 passed, 1 failed"; exit 1
fi
d=$(mktemp -d "$B/setuid.XXXXXX") || exit 1
trap 'rm -rf "$d"' EXIT
chmod 755 "$d"
"$B/bin/libjs-cc" --trace -O2 -Wall -Wextra -Werror \
	"$top/tests/sh/rt_setuid_probe.c" -o "$d/probe" || { echo "0 passed, 1 failed"; exit 1; }
printf 'root-only secret\n' > "$d/secret"
chmod 600 "$d/secret"
chown root:root "$d/probe" && chmod 4755 "$d/probe"

as_nobody() {
	setpriv --reuid=65534 --regid=65534 --clear-groups env -i \
		DEBUG='libjs:*' LIBJS_FAULT=setresuid:EPERM "$@"
}

# Set-user-ID, fd 2 open: no trace line may reach the caller.
out=$(as_nobody "$d/probe" "$d/secret" 2>"$d/err")
echo "setuid, fd 2 open:   $out"
case $out in *"secure=1 "*) ok ;; *) ko "AT_SECURE not set (is $d on a nosuid mount?)" ;; esac
case $out in *" trace=0 "*) ok ;; *) ko "DEBUG obeyed in a set-user-ID program" ;; esac
case $out in *" read=17 "*) ok ;; *) ko "could not read the root-only file" ;; esac
case $out in *" drop=0 euid=65534 "*) ok ;; *) ko "LIBJS_FAULT made the privilege drop fail" ;; esac
grep -q 'libjs:syscall' "$d/err" && ko "trace lines on the caller's fd 2: $(head -c 200 "$d/err")" || ok
grep -q 'secret' "$d/err" && ko "the secret reached the caller" || ok

# Set-user-ID, fd 2 closed: /dev/null (1:3) takes its place.
out=$(as_nobody "$d/probe" "$d/secret" 2>&-)
echo "setuid, fd 2 closed: $out"
case $out in *" fd2=103"*) ok ;; *) ko "fd 2 not on /dev/null" ;; esac

# The control: root runs it (no AT_SECURE), and the variables are obeyed.
out=$(env -i DEBUG='libjs:*' LIBJS_FAULT=setresuid:EPERM "$d/probe" "$d/secret" 2>"$d/err")
echo "root (control):      $out"
case $out in *"secure=0 trace=1 "*" drop=-1 "*) ok ;; *) ko "control: variables not obeyed" ;; esac
grep -q 'libjs:syscall read(3, "root-only secret' "$d/err" && ok || ko "control: no trace of the read"
echo "$pass passed, $fail failed"
