/* fs.h's tdec1 block against glibc's headers, as _Static_asserts (the
 * values and the struct glibc has: the ioctl requests, struct winsize,
 * the statfs magic numbers of <linux/magic.h> glibc programs use):
 * tests/sh/test_tdec1_arch_layout.sh compiles this with each
 * architecture's compiler. */
#define _GNU_SOURCE
#include <sys/ioctl.h>
#include <termios.h>
#include <linux/magic.h>
#include <libjs/libjs.h>

#define SAME(a, b) _Static_assert((long)(a) == (long)(b), #a " == " #b)
#define OFF(s, m) __builtin_offsetof(struct s, m)
#define SZ(s, m) sizeof(((struct s *)0)->m)
#define FIELD(js, k, m) SAME(OFF(js, m), OFF(k, m)); SAME(SZ(js, m), SZ(k, m))

SAME(JS_TCGETS, TCGETS);
SAME(JS_TCSETS, TCSETS);
SAME(JS_TIOCGWINSZ, TIOCGWINSZ);
SAME(JS_TIOCSWINSZ, TIOCSWINSZ);
SAME(JS_TIOCGPGRP, TIOCGPGRP);
SAME(JS_TIOCOUTQ, TIOCOUTQ);
SAME(JS_FIONREAD, FIONREAD);
SAME(JS_FIONBIO, FIONBIO);
SAME(JS_FIONCLEX, FIONCLEX);
SAME(JS_FIOCLEX, FIOCLEX);
SAME(JS_FIOASYNC, FIOASYNC);
SAME(JS_TMPFS_MAGIC, TMPFS_MAGIC);
SAME(JS_EXT2_SUPER_MAGIC, EXT2_SUPER_MAGIC);

SAME(sizeof(struct js_winsize), sizeof(struct winsize));
FIELD(js_winsize, winsize, ws_row);
FIELD(js_winsize, winsize, ws_col);
FIELD(js_winsize, winsize, ws_xpixel);
FIELD(js_winsize, winsize, ws_ypixel);
