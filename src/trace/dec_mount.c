/* The mount API's decoders, as strace 6.1 shows them (fsmount.c,
 * move_mount.c, open_tree.c, mount_setattr.c in strace are the behaviour
 * matched): the FSOPEN_/FSMOUNT_/MOUNT_ATTR_/MOVE_MOUNT_/OPEN_TREE_/
 * FSPICK_ flags by name, fsconfig's value as its command says, struct
 * mount_attr. */
#include <libjs/sys.h>
#include <libjs/fs.h>
#include <libjs/mount.h>
#include <libjs/proc.h>
#include "trace.h"

#define W c->w
#define A(i) (c->a[i])

static void sep(struct js__ctx *c)
{
	js__put_sep(c->w);
}

static const struct js__flag fsopen_fl[] = { JS__FLAG(FSOPEN_CLOEXEC) };
static const struct js__flag fsmount_fl[] = { JS__FLAG(FSMOUNT_CLOEXEC) };
static const struct js__flag fspick_fl[] = {
	JS__FLAG(FSPICK_CLOEXEC), JS__FLAG(FSPICK_SYMLINK_NOFOLLOW),
	JS__FLAG(FSPICK_NO_AUTOMOUNT), JS__FLAG(FSPICK_EMPTY_PATH),
};
static const struct js__flag attr_fl[] = {
	JS__FLAG(MOUNT_ATTR_RDONLY), JS__FLAG(MOUNT_ATTR_NOSUID),
	JS__FLAG(MOUNT_ATTR_NODEV), JS__FLAG(MOUNT_ATTR_NOEXEC),
	JS__FLAG(MOUNT_ATTR_NOATIME), JS__FLAG(MOUNT_ATTR_STRICTATIME),
	JS__FLAG(MOUNT_ATTR_NODIRATIME), JS__FLAG(MOUNT_ATTR_IDMAP),
	JS__FLAG(MOUNT_ATTR_NOSYMFOLLOW),
};
static const struct js__flag move_fl[] = {
	JS__FLAG(MOVE_MOUNT_F_SYMLINKS), JS__FLAG(MOVE_MOUNT_F_AUTOMOUNTS),
	JS__FLAG(MOVE_MOUNT_F_EMPTY_PATH), JS__FLAG(MOVE_MOUNT_T_SYMLINKS),
	JS__FLAG(MOVE_MOUNT_T_AUTOMOUNTS), JS__FLAG(MOVE_MOUNT_T_EMPTY_PATH),
	JS__FLAG(MOVE_MOUNT_SET_GROUP),
};
static const struct js__flag tree_fl[] = {
	JS__FLAG(OPEN_TREE_CLONE), JS__FLAG(AT_SYMLINK_NOFOLLOW),
	JS__FLAG(AT_NO_AUTOMOUNT), JS__FLAG(AT_EMPTY_PATH),
	JS__FLAG(AT_RECURSIVE), JS__FLAG(OPEN_TREE_CLOEXEC),
};
static const struct js__flag fsconfig_cmd[] = {
	JS__FLAG(FSCONFIG_SET_FLAG), JS__FLAG(FSCONFIG_SET_STRING),
	JS__FLAG(FSCONFIG_SET_BINARY), JS__FLAG(FSCONFIG_SET_PATH),
	JS__FLAG(FSCONFIG_SET_PATH_EMPTY), JS__FLAG(FSCONFIG_SET_FD),
	JS__FLAG(FSCONFIG_CMD_CREATE), JS__FLAG(FSCONFIG_CMD_RECONFIGURE),
};
static const struct js__flag propagation[] = {
	JS__FLAG(MS_UNBINDABLE), JS__FLAG(MS_PRIVATE), JS__FLAG(MS_SLAVE),
	JS__FLAG(MS_SHARED),
};

static void dec_fsconfig(struct js__ctx *c)
{
	unsigned int cmd = (unsigned int)A(1);

	js__put_dec(W, (int)A(0));
	sep(c);
	js__put_xval(W, fsconfig_cmd, JS__NELEM(fsconfig_cmd), cmd, "FSCONFIG_???");
	sep(c);
	if (cmd <= JS_FSCONFIG_SET_FD)
		js__put_path(c, A(2));
	else
		js__put_ptr(W, A(2));
	sep(c);
	switch (cmd) {
	case JS_FSCONFIG_SET_STRING: case JS_FSCONFIG_SET_PATH:
	case JS_FSCONFIG_SET_PATH_EMPTY:
		js__put_path(c, A(3));
		break;
	case JS_FSCONFIG_SET_BINARY:
		js__put_data(c, A(3), (unsigned long)(int)A(4), c->safe, 0);
		break;
	default:
		js__put_ptr(W, A(3));
	}
	sep(c);
	if (cmd == JS_FSCONFIG_SET_PATH || cmd == JS_FSCONFIG_SET_PATH_EMPTY)
		js__put_dirfd(W, A(4));
	else
		js__put_dec(W, (int)A(4));
}

static void put_mount_attr(struct js__ctx *c, long p, unsigned long size)
{
	struct js_mount_attr m;

	if (size < sizeof m || !js__get(p, &m, sizeof m)) {
		js__put_ptr(W, p);
		return;
	}
	JS__PUTS(W, "{attr_set=");
	js__put_bits_unk(W, attr_fl, JS__NELEM(attr_fl), m.attr_set, "0", "MOUNT_ATTR_???");
	JS__PUTS(W, ", attr_clr=");
	js__put_bits_unk(W, attr_fl, JS__NELEM(attr_fl), m.attr_clr, "0", "MOUNT_ATTR_???");
	JS__PUTS(W, ", propagation=");
	js__put_xval(W, propagation, JS__NELEM(propagation), m.propagation, "MS_???");
	JS__PUTS(W, ", userns_fd=");
	js__put_dec(W, (long)m.userns_fd);
	js__putc(W, '}');
}

int js__dec_mount(struct js__ctx *c)
{
	switch (c->nr) {
	case JS_NR_fsopen:
		js__put_path(c, A(0));
		sep(c);
		js__put_bits_unk(W, fsopen_fl, 1, (unsigned int)A(1), "0", "FSOPEN_???");
		return JS__DEC_ARGS;
	case JS_NR_fsconfig:
		dec_fsconfig(c);
		return JS__DEC_ARGS;
	case JS_NR_fsmount:
		js__put_dec(W, (int)A(0));
		sep(c);
		js__put_bits_unk(W, fsmount_fl, 1, (unsigned int)A(1), "0", "FSMOUNT_???");
		sep(c);
		js__put_bits_unk(W, attr_fl, JS__NELEM(attr_fl), (unsigned int)A(2), "0", "MOUNT_ATTR_???");
		return JS__DEC_ARGS;
	case JS_NR_fspick:
		js__put_dirfd(W, A(0));
		sep(c);
		js__put_path(c, A(1));
		sep(c);
		js__put_bits_unk(W, fspick_fl, JS__NELEM(fspick_fl), (unsigned int)A(2), "0", "FSPICK_???");
		return JS__DEC_ARGS;
	case JS_NR_move_mount:
		js__put_dirfd(W, A(0));
		sep(c);
		js__put_path(c, A(1));
		sep(c);
		js__put_dirfd(W, A(2));
		sep(c);
		js__put_path(c, A(3));
		sep(c);
		js__put_bits_unk(W, move_fl, JS__NELEM(move_fl), (unsigned int)A(4), "0", "MOVE_MOUNT_???");
		return JS__DEC_ARGS;
	case JS_NR_open_tree:
		js__put_dirfd(W, A(0));
		sep(c);
		js__put_path(c, A(1));
		sep(c);
		js__put_bits_unk(W, tree_fl, JS__NELEM(tree_fl), (unsigned int)A(2), "0", "OPEN_TREE_???");
		return JS__DEC_ARGS;
	case JS_NR_mount_setattr:
		js__put_dirfd(W, A(0));
		sep(c);
		js__put_path(c, A(1));
		sep(c);
		js__put_flags(W, K_ATFLAGS, (unsigned int)A(2));
		sep(c);
		put_mount_attr(c, A(3), (unsigned long)A(4));
		sep(c);
		js__put_udec(W, (unsigned long)A(4));
		return JS__DEC_ARGS;
	}
	return 0;
}
