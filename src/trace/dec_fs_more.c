/* More file decoders, as strace 6.1 shows them (fcntl.c, statfs.c,
 * xattr.c, open.c's openat2, mount.c in strace are the behaviour
 * matched): fcntl's commands with their argument and result, statfs's
 * struct, extended attribute values, struct open_how, mount(2) flags;
 * ioctl in dec_ioctl.c, the mount API in dec_mount.c. */
#include <libjs/sys.h>
#include <libjs/fs.h>
#include <libjs/events.h>
#include <libjs/proc.h>
#include "trace.h"

#define W c->w
#define A(i) (c->a[i])

static void sep(struct js__ctx *c)
{
	js__put_sep(c->w);
}

static const struct js__flag owner_type[] = {
	JS__FLAG(F_OWNER_TID), JS__FLAG(F_OWNER_PID), JS__FLAG(F_OWNER_PGRP),
};

/* struct flock: l_pid only when the kernel filled it (F_GETLK). */
static void put_flock(struct js__ctx *c, long p, int getlk)
{
	struct js_flock f;

	if ((getlk && c->failed) || !js__get(p, &f, sizeof f)) {
		js__put_ptr(W, p);
		return;
	}
	JS__PUTS(W, "{l_type=");
	js__put_flags(W, K_LEASE, (unsigned short)f.l_type);
	JS__PUTS(W, ", l_whence=");
	js__put_flags(W, K_WHENCE, (unsigned short)f.l_whence);
	JS__PUTS(W, ", l_start=");
	js__put_dec(W, f.l_start);
	JS__PUTS(W, ", l_len=");
	js__put_dec(W, f.l_len);
	if (getlk) {
		JS__PUTS(W, ", l_pid=");
		js__put_dec(W, f.l_pid);
	}
	js__putc(W, '}');
}

static void put_owner(struct js__ctx *c, long p, int get)
{
	struct js_f_owner_ex o;

	if ((get && c->failed) || !js__get(p, &o, sizeof o)) {
		js__put_ptr(W, p);
		return;
	}
	JS__PUTS(W, "{type=");
	js__put_xval(W, owner_type, JS__NELEM(owner_type), (unsigned int)o.type, "F_OWNER_???");
	JS__PUTS(W, ", pid=");
	js__put_dec(W, o.pid);
	js__putc(W, '}');
}

/* The result as strace shows it for the commands that return flags. */
static void fcntl_result(struct js__ctx *c, int cmd)
{
	long r = c->ret;

	if (c->failed || (cmd != JS_F_GETLEASE && cmd != JS_F_GET_SEALS)) {
		js__put_result(c, R_FCNTL);
		return;
	}
	JS__PUTS(W, " = ");
	js__put_hex(W, (unsigned long)r);
	if (cmd == JS_F_GETLEASE) {
		JS__PUTS(W, " (");
		js__put_xval(W, JS__SET(lock), (unsigned long)r, 0);
		js__putc(W, ')');
	} else if (r) {
		JS__PUTS(W, " (seals ");
		js__put_bits(W, JS__SET(seals), (unsigned long)r, 0);
		js__putc(W, ')');
	}
}

static int dec_fcntl(struct js__ctx *c)
{
	int cmd = (int)A(1);
	long v = A(2);

	js__put_dec(W, (int)A(0));
	sep(c);
	js__put_flags(W, K_FCNTL, (unsigned int)cmd);
	switch (cmd) {
	case JS_F_GETFD: case JS_F_GETFL: case JS_F_GETOWN: case JS_F_GETSIG:
	case JS_F_GETLEASE: case JS_F_GETPIPE_SZ: case JS_F_GET_SEALS:
		break;
	case JS_F_SETFD:
		sep(c);
		js__put_flags(W, K_FCNTLARG, (unsigned int)v);
		break;
	case JS_F_SETFL:
		sep(c);
		js__put_flags(W, K_OFLAGS, (unsigned long)v);
		break;
	case JS_F_SETLK: case JS_F_SETLKW: case JS_F_OFD_SETLK: case JS_F_OFD_SETLKW:
		sep(c);
		put_flock(c, v, 0);
		break;
	case JS_F_GETLK: case JS_F_OFD_GETLK:
		sep(c);
		put_flock(c, v, 1);
		break;
	case JS_F_SETOWN_EX: case JS_F_GETOWN_EX:
		sep(c);
		put_owner(c, v, cmd == JS_F_GETOWN_EX);
		break;
	case JS_F_SETLEASE:
		sep(c);
		js__put_flags(W, K_LEASE, (unsigned int)v);
		break;
	case JS_F_ADD_SEALS:
		sep(c);
		js__put_flags(W, K_SEALS, (unsigned int)v);
		break;
	case JS_F_SETSIG:
		sep(c);
		js__put_flags(W, K_SIG, (unsigned long)v);
		break;
	case JS_F_NOTIFY:	/* strace: DN_ACCESS|DN_MULTISHOT */
		sep(c);
		js__put_flags(W, K_DNOTIFY, (unsigned int)v);
		break;
	default:
		sep(c);
		js__put_dec(W, v);
		break;
	}
	js__putc(W, ')');
	fcntl_result(c, cmd);
	return JS__DEC_ALL;
}

/* include/uapi/linux/magic.h; strace's fsmagic names. */
static const struct js__flag fsmagic[] = {
	JS__FLAG(EXT2_SUPER_MAGIC), JS__FLAG(TMPFS_MAGIC),
	JS__FLAG(RAMFS_MAGIC), JS__FLAG(PROC_SUPER_MAGIC),
	JS__FLAG(SYSFS_MAGIC), JS__FLAG(DEVPTS_SUPER_MAGIC),
	JS__FLAG(CGROUP2_SUPER_MAGIC), JS__FLAG(BTRFS_SUPER_MAGIC),
	JS__FLAG(XFS_SUPER_MAGIC), JS__FLAG(OVERLAYFS_SUPER_MAGIC),
	JS__FLAG(NFS_SUPER_MAGIC), JS__FLAG(FUSE_SUPER_MAGIC),
	JS__FLAG(SQUASHFS_MAGIC), JS__FLAG(V9FS_MAGIC),
	JS__FLAG(MSDOS_SUPER_MAGIC),
};
static const struct js__flag st_flags[] = {
	JS__FLAG(ST_RDONLY), JS__FLAG(ST_NOSUID), JS__FLAG(ST_NODEV),
	JS__FLAG(ST_NOEXEC), JS__FLAG(ST_SYNCHRONOUS), JS__FLAG(ST_VALID),
	JS__FLAG(ST_MANDLOCK), JS__FLAG(ST_NOATIME), JS__FLAG(ST_NODIRATIME),
	JS__FLAG(ST_RELATIME), JS__FLAG(ST_NOSYMFOLLOW),
};

static void field(struct js__w *w, const char *name, unsigned long v)
{
	JS__PUTS(w, ", ");
	js__put(w, name);
	js__putc(w, '=');
	js__put_udec(w, v);
}

static void put_statfs(struct js__ctx *c, long p)
{
	struct js_statfs s;

	if (c->failed || !js__get(p, &s, sizeof s)) {
		js__put_ptr(W, p);
		return;
	}
	JS__PUTS(W, "{f_type=");
	js__put_xval(W, fsmagic, JS__NELEM(fsmagic), (unsigned long)s.f_type, "???");
	field(W, "f_bsize", (unsigned long)s.f_bsize);
	field(W, "f_blocks", s.f_blocks);
	field(W, "f_bfree", s.f_bfree);
	field(W, "f_bavail", s.f_bavail);
	field(W, "f_files", s.f_files);
	field(W, "f_ffree", s.f_ffree);
	JS__PUTS(W, ", f_fsid={val=[");
	js__put_hex(W, (unsigned int)s.f_fsid.val[0]);
	sep(c);
	js__put_hex(W, (unsigned int)s.f_fsid.val[1]);
	JS__PUTS(W, "]}");
	field(W, "f_namelen", (unsigned long)s.f_namelen);
	field(W, "f_frsize", (unsigned long)s.f_frsize);
	JS__PUTS(W, ", f_flags=");
	js__put_bits_unk(W, st_flags, JS__NELEM(st_flags), (unsigned long)s.f_flags, "0", "ST_???");
	js__putc(W, '}');
}

static const struct js__flag xattr_fl[] = {
	JS__FLAG(XATTR_CREATE), JS__FLAG(XATTR_REPLACE),
};

/* An xattr value or list the call filled: ret bytes, after success. */
static void put_outval(struct js__ctx *c, long p)
{
	if (c->failed || !p)
		js__put_ptr(W, p);
	else
		js__put_data(c, p, (unsigned long)c->ret, c->safe, 0);
}

static int dec_xattr(struct js__ctx *c, int byfd, int kind)
{
	int i = 1;

	if (byfd)
		js__put_dec(W, (int)A(0));
	else
		js__put_path(c, A(0));
	sep(c);
	if (kind != 'l') {	/* the name */
		js__put_path(c, A(1));
		i = 2;
		if (kind == 'r')
			return JS__DEC_ARGS;
		sep(c);
	}
	if (kind == 's')
		js__put_data(c, A(i), (unsigned long)A(i + 1), c->safe, 0);
	else
		put_outval(c, A(i));
	sep(c);
	js__put_udec(W, (unsigned long)A(i + 1));
	if (kind == 's') {
		sep(c);
		js__put_bits_unk(W, xattr_fl, JS__NELEM(xattr_fl), (unsigned int)A(i + 2), "0", "XATTR_???");
	}
	return JS__DEC_ARGS;
}

static const struct js__flag resolve[] = {
	JS__FLAG(RESOLVE_NO_XDEV), JS__FLAG(RESOLVE_NO_MAGICLINKS),
	JS__FLAG(RESOLVE_NO_SYMLINKS), JS__FLAG(RESOLVE_BENEATH),
	JS__FLAG(RESOLVE_IN_ROOT), JS__FLAG(RESOLVE_CACHED),
};

static int dec_openat2(struct js__ctx *c)
{
	struct js_open_how h;

	js__put_dirfd(W, A(0));
	sep(c);
	js__put_path(c, A(1));
	sep(c);
	if ((unsigned long)A(3) < sizeof h || !js__get(A(2), &h, sizeof h)) {
		js__put_ptr(W, A(2));
	} else {
		JS__PUTS(W, "{flags=");
		js__put_flags(W, K_OFLAGS, h.flags);
		if ((h.flags & (JS_O_CREAT | JS___O_TMPFILE)) || h.mode) {
			JS__PUTS(W, ", mode=");
			js__put_oct(W, h.mode);
		}
		JS__PUTS(W, ", resolve=");
		js__put_bits_unk(W, resolve, JS__NELEM(resolve), h.resolve, "0", "RESOLVE_???");
		js__putc(W, '}');
	}
	sep(c);
	js__put_udec(W, (unsigned long)A(3));
	return JS__DEC_ARGS;
}

/* linux/mount.h: MS_MGC_VAL in the high half is shown first, as strace. */
static const struct js__flag ms_fl[] = {
	JS__FLAG(MS_RDONLY), JS__FLAG(MS_NOSUID), JS__FLAG(MS_NODEV),
	JS__FLAG(MS_NOEXEC), JS__FLAG(MS_SYNCHRONOUS), JS__FLAG(MS_REMOUNT),
	JS__FLAG(MS_MANDLOCK), JS__FLAG(MS_DIRSYNC), JS__FLAG(MS_NOSYMFOLLOW),
	JS__FLAG(MS_NOATIME), JS__FLAG(MS_NODIRATIME), JS__FLAG(MS_BIND),
	JS__FLAG(MS_MOVE), JS__FLAG(MS_REC), JS__FLAG(MS_SILENT),
	JS__FLAG(MS_POSIXACL), JS__FLAG(MS_UNBINDABLE), JS__FLAG(MS_PRIVATE),
	JS__FLAG(MS_SLAVE), JS__FLAG(MS_SHARED), JS__FLAG(MS_RELATIME),
	JS__FLAG(MS_KERNMOUNT), JS__FLAG(MS_I_VERSION),
	JS__FLAG(MS_STRICTATIME), JS__FLAG(MS_LAZYTIME),
};
static const struct js__flag umount_fl[] = {
	JS__FLAG(MNT_FORCE), JS__FLAG(MNT_DETACH), JS__FLAG(MNT_EXPIRE),
	JS__FLAG(UMOUNT_NOFOLLOW),
};

static int dec_mount(struct js__ctx *c)
{
	unsigned long fl = (unsigned long)A(3);
	int remount = (fl & JS_MS_REMOUNT) != 0;
	int bind = (fl & JS_MS_BIND) != 0;
	int move = (fl & JS_MS_MOVE) != 0;
	int prop = (fl & (JS_MS_SHARED | JS_MS_PRIVATE | JS_MS_SLAVE | JS_MS_UNBINDABLE)) != 0;

	/* strace leaves out what the kernel ignores: the source of a
	 * remount or a propagation change, the type unless a new mount. */
	if (remount || prop)
		js__put_ptr(W, A(0));
	else
		js__put_path(c, A(0));
	sep(c);
	js__put_path(c, A(1));
	sep(c);
	if (remount || bind || move || prop)
		js__put_ptr(W, A(2));
	else
		js__put_path(c, A(2));
	sep(c);
	js__put_bits_unk(W, ms_fl, JS__NELEM(ms_fl), fl, "0", "MS_???");
	sep(c);
	if (bind || move || prop)
		js__put_ptr(W, A(4));
	else
		js__put_path(c, A(4));
	return JS__DEC_ARGS;
}

static const struct js__flag swap_fl[] = {
	JS__FLAG(SWAP_FLAG_PREFER), JS__FLAG(SWAP_FLAG_DISCARD),
	JS__FLAG(SWAP_FLAG_DISCARD_ONCE), JS__FLAG(SWAP_FLAG_DISCARD_PAGES),
};

/* swapon's flags, then the priority after them (strace's swapon.c). */
static void put_swapflags(struct js__w *w, unsigned int v)
{
	unsigned int prio = v & JS_SWAP_FLAG_PRIO_MASK;

	v &= ~(unsigned int)JS_SWAP_FLAG_PRIO_MASK;
	if (v || !prio)
		js__put_bits_unk(w, swap_fl, JS__NELEM(swap_fl), v, "0", "SWAP_FLAG_???");
	if (prio) {
		if (v)
			js__putc(w, '|');
		js__put_udec(w, prio);
	}
}

int js__dec_fs_more(struct js__ctx *c)
{
	switch (c->nr) {
	case JS_NR_fcntl:
		return dec_fcntl(c);
	case JS_NR_statfs:
		js__put_path(c, A(0));
		sep(c);
		put_statfs(c, A(1));
		return JS__DEC_ARGS;
	case JS_NR_fstatfs:
		js__put_dec(W, (int)A(0));
		sep(c);
		put_statfs(c, A(1));
		return JS__DEC_ARGS;
	case JS_NR_setxattr: case JS_NR_lsetxattr: return dec_xattr(c, 0, 's');
	case JS_NR_fsetxattr: return dec_xattr(c, 1, 's');
	case JS_NR_getxattr: case JS_NR_lgetxattr: return dec_xattr(c, 0, 'g');
	case JS_NR_fgetxattr: return dec_xattr(c, 1, 'g');
	case JS_NR_listxattr: case JS_NR_llistxattr: return dec_xattr(c, 0, 'l');
	case JS_NR_flistxattr: return dec_xattr(c, 1, 'l');
	case JS_NR_removexattr: case JS_NR_lremovexattr: return dec_xattr(c, 0, 'r');
	case JS_NR_fremovexattr: return dec_xattr(c, 1, 'r');
	case JS_NR_openat2:
		return dec_openat2(c);
	case JS_NR_mount:
		return dec_mount(c);
	case JS_NR_umount2:
		js__put_path(c, A(0));
		sep(c);
		js__put_bits_unk(W, umount_fl, JS__NELEM(umount_fl), (unsigned int)A(1), "0", "MNT_???");
		return JS__DEC_ARGS;
	case JS_NR_ioctl:
		return js__dec_ioctl(c);
	case JS_NR_swapon:
		js__put_path(c, A(0));
		sep(c);
		put_swapflags(W, (unsigned int)A(1));
		return JS__DEC_ARGS;
	}
	return js__dec_mount(c);
}
