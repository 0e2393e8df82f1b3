/* The constants and the struct the trace's fs decoders added (fs.h's
 * tdec1 block: statfs magic numbers, tty and file ioctl requests and the
 * request number's fields, struct winsize) against the kernel's UAPI
 * headers, as _Static_asserts: tests/sh/test_tdec1_arch_layout.sh
 * compiles this with each architecture's compiler and headers, and
 * tests/host/test_tdec1_layout.c in the host build. */
#include <asm/ioctl.h>
#include <asm/ioctls.h>
#include <asm/termios.h>
#include <linux/magic.h>
#include <libjs/libjs.h>

#define SAME(a, b) _Static_assert((long)(a) == (long)(b), #a " == " #b)
#define OFF(s, m) __builtin_offsetof(struct s, m)
#define SZ(s, m) sizeof(((struct s *)0)->m)
#define FIELD(js, k, m) SAME(OFF(js, m), OFF(k, m)); SAME(SZ(js, m), SZ(k, m))

SAME(JS_EXT2_SUPER_MAGIC, EXT2_SUPER_MAGIC);
SAME(JS_TMPFS_MAGIC, TMPFS_MAGIC);
SAME(JS_RAMFS_MAGIC, RAMFS_MAGIC);
SAME(JS_PROC_SUPER_MAGIC, PROC_SUPER_MAGIC);
SAME(JS_SYSFS_MAGIC, SYSFS_MAGIC);
SAME(JS_DEVPTS_SUPER_MAGIC, DEVPTS_SUPER_MAGIC);
SAME(JS_CGROUP2_SUPER_MAGIC, CGROUP2_SUPER_MAGIC);
SAME(JS_BTRFS_SUPER_MAGIC, BTRFS_SUPER_MAGIC);
SAME(JS_XFS_SUPER_MAGIC, XFS_SUPER_MAGIC);
SAME(JS_OVERLAYFS_SUPER_MAGIC, OVERLAYFS_SUPER_MAGIC);
SAME(JS_NFS_SUPER_MAGIC, NFS_SUPER_MAGIC);
SAME(JS_FUSE_SUPER_MAGIC, FUSE_SUPER_MAGIC);
SAME(JS_SQUASHFS_MAGIC, SQUASHFS_MAGIC);
SAME(JS_V9FS_MAGIC, V9FS_MAGIC);
SAME(JS_MSDOS_SUPER_MAGIC, MSDOS_SUPER_MAGIC);

SAME(JS_TCGETS, TCGETS);
SAME(JS_TCSETS, TCSETS);
SAME(JS_TCSETSW, TCSETSW);
SAME(JS_TCSETSF, TCSETSF);
SAME(JS_TIOCGPGRP, TIOCGPGRP);
SAME(JS_TIOCSPGRP, TIOCSPGRP);
SAME(JS_TIOCOUTQ, TIOCOUTQ);
SAME(JS_TIOCGWINSZ, TIOCGWINSZ);
SAME(JS_TIOCSWINSZ, TIOCSWINSZ);
SAME(JS_FIONREAD, FIONREAD);
SAME(JS_FIONBIO, FIONBIO);
SAME(JS_FIONCLEX, FIONCLEX);
SAME(JS_FIOCLEX, FIOCLEX);
SAME(JS_FIOASYNC, FIOASYNC);

SAME(JS_IOC_NRBITS, _IOC_NRBITS);
SAME(JS_IOC_TYPEBITS, _IOC_TYPEBITS);
SAME(JS_IOC_SIZEBITS, _IOC_SIZEBITS);
SAME(JS_IOC_NRSHIFT, _IOC_NRSHIFT);
SAME(JS_IOC_TYPESHIFT, _IOC_TYPESHIFT);
SAME(JS_IOC_SIZESHIFT, _IOC_SIZESHIFT);
SAME(JS_IOC_DIRSHIFT, _IOC_DIRSHIFT);
SAME(JS_IOC_NONE, _IOC_NONE);
SAME(JS_IOC_WRITE, _IOC_WRITE);
SAME(JS_IOC_READ, _IOC_READ);

SAME(sizeof(struct js_winsize), sizeof(struct winsize));
FIELD(js_winsize, winsize, ws_row);
FIELD(js_winsize, winsize, ws_col);
FIELD(js_winsize, winsize, ws_xpixel);
FIELD(js_winsize, winsize, ws_ypixel);
