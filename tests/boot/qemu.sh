#!/bin/sh
# Boots KERNEL with INITRD under qemu-system (TCG, one CPU, 512 MiB, the
# serial console into LOG, no reboot: a power-off or a panic ends qemu):
#   tests/boot/qemu.sh ARCH KERNEL INITRD LOG TIMEOUT_S [INIT_ARGS...]
# INIT_ARGS follow "--" on the kernel command line, so the kernel hands
# them to /init.  The exit status is qemu's (0 after a power-off), or 124
# when TIMEOUT_S passed first.  Shared by tests/boot/boot.sh and
# bench/boot.sh.
set -eu
arch=$1 kernel=$2 initrd=$3 log=$4 limit=$5
shift 5
# panic=-1: a panic reboots at once, which -no-reboot turns into qemu's
# exit.  secretmem.enable=1: Linux 6.1 has memfd_secret off by default
# (6.5 turned it on), and the suite tests it.
# JS_BOOT_EPOCH: the host's time, for a machine with no real-time clock
# (riscv64's; tests/boot/stage.c).
cmd="panic=-1 quiet secretmem.enable=1 JS_BOOT_EPOCH=$(date +%s)"
case $arch in
x86_64)
	# qboot (qemu's minimal firmware) loads -kernel in a fraction of
	# SeaBIOS's time under TCG.
	qemu="qemu-system-x86_64 -M pc -cpu max"
	[ ! -f /usr/share/qemu/qboot.rom ] || qemu="$qemu -bios /usr/share/qemu/qboot.rom"
	# no_timer_check: under TCG on a loaded host the kernel's check of
	# the IO-APIC timer can time out and panic.
	cmd="console=ttyS0 no_timer_check $cmd" ;;
aarch64)
	qemu="qemu-system-aarch64 -M virt -cpu cortex-a57"
	cmd="console=ttyAMA0 $cmd" ;;
riscv64)
	fw=/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_dynamic.bin
	[ -f "$fw" ] || { echo "qemu.sh: $fw is missing (apt-get install opensbi)" >&2; exit 2; }
	qemu="qemu-system-riscv64 -M virt -bios $fw"
	cmd="console=ttyS0 $cmd" ;;
*)
	echo "qemu.sh: no machine for $arch" >&2
	exit 2 ;;
esac
command -v "${qemu%% *}" >/dev/null || { echo "qemu.sh: ${qemu%% *} is missing (see .ci/run)" >&2; exit 2; }
[ $# = 0 ] || cmd="$cmd -- $*"
# shellcheck disable=SC2086
exec timeout -k 5 "$limit" $qemu -accel tcg -smp 1 -m 512M -nodefaults \
	-display none -monitor none -serial "file:$log" -no-reboot \
	-kernel "$kernel" -initrd "$initrd" -append "$cmd" </dev/null
