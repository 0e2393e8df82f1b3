/* ls [-a] [-l] [-n] [-1] [PATH]...: coreutils' ls in the C locale, one
 * name a line (what `ls -1` prints), sorted by name (byte order, as
 * LC_ALL=C).  -a includes the names starting with '.'; -l (or -n: ids
 * are always numbers here) prints coreutils' long format with numeric
 * ids and UTC times in the long-iso style, column for column what
 * `TZ=UTC ls -ln --time-style=long-iso` prints:
 *     total 8
 *     drwxr-xr-x 2 0 0 4096 2026-12-01 18:31 dir
 *     crw-rw-rw- 1 0 0 1, 3 2026-12-01 18:31 null
 *     lrwxrwxrwx 1 0 0    7 2026-12-01 18:31 link -> target
 * As coreutils: operands that are not directories are listed first
 * (symbolic links followed unless -l), then each directory, under a
 * "PATH:" header when there was more than one operand; exit status 2 when
 * an operand cannot be read, 1 when an entry in a directory cannot be.
 * No allocation: a directory's names and their stat fields are kept in
 * static arrays (MAXENT entries, NAMEBYTES of names; a larger directory is
 * an error, not a partial listing), sorted with js_qsort. */
#include <libjs/libjs.h>

#define MAXENT    65536
#define NAMEBYTES (4 << 20)

struct ent {
	const char *name;
	unsigned int mode, uid, gid;
	unsigned long nlink;
	unsigned long long rdev;
	long size, mtime, blocks;
};

static struct ent ents[MAXENT];
static int nents;
static char names[NAMEBYTES];
static size_t namelen;
static int all, lng, status;
static char outbuf[32768];
static struct js_out out;

static int by_name(const void *a, const void *b)
{
	return js_strcmp(((const struct ent *)a)->name, ((const struct ent *)b)->name);
}

static void error(const char *what, const char *name, long r, int level)
{
	js_out_flush(&out);  /* keep the order of output and messages */
	js_dprintf(2, "ls: %s '%s': %s\n", what, name, js_strerror(r));
	if (status < level)
		status = level;
}

static void fill(struct ent *e, const struct js_stat *st)
{
	e->mode = st->st_mode;
	e->uid = st->st_uid;
	e->gid = st->st_gid;
	e->nlink = (unsigned long)st->st_nlink;
	e->rdev = st->st_rdev;
	e->size = st->st_size;
	e->mtime = st->st_mtim.tv_sec;
	e->blocks = st->st_blocks;
}

static int ulen(unsigned long long v)
{
	int n = 1;

	while (v >= 10) {
		v /= 10;
		n++;
	}
	return n;
}

static void mode_string(char *s, unsigned int m)
{
	static const char types[] = "?pc?d?b?-?l?s???";
	static const char rwx[] = "rwxrwxrwx";
	int i;

	s[0] = types[(m >> 12) & 15];
	for (i = 0; i < 9; i++)
		s[i + 1] = (m & (0400u >> i)) ? rwx[i] : '-';
	if (m & 04000)
		s[3] = s[3] == 'x' ? 's' : 'S';
	if (m & 02000)
		s[6] = s[6] == 'x' ? 's' : 'S';
	if (m & 01000)
		s[9] = s[9] == 'x' ? 't' : 'T';
	s[10] = 0;
}

/* Prints ents[0..nents), sorted; dirfd resolves their symbolic links. */
static void print(int dirfd, int total)
{
	int i, wl = 1, wu = 1, wg = 1, ws = 1, wma = 0, wmi = 0;
	long blocks = 0;

	js_qsort(ents, (size_t)nents, sizeof ents[0], by_name);
	if (!lng) {
		for (i = 0; i < nents; i++) {
			js_out_str(&out, ents[i].name);
			js_out_write(&out, "\n", 1);
		}
		return;
	}
	for (i = 0; i < nents; i++) {
		const struct ent *e = &ents[i];

		blocks += e->blocks;
		if (ulen(e->nlink) > wl)
			wl = ulen(e->nlink);
		if (ulen(e->uid) > wu)
			wu = ulen(e->uid);
		if (ulen(e->gid) > wg)
			wg = ulen(e->gid);
		if (JS_S_ISCHR(e->mode) || JS_S_ISBLK(e->mode)) {
			if (ulen(JS_major(e->rdev)) > wma)
				wma = ulen(JS_major(e->rdev));
			if (ulen(JS_minor(e->rdev)) > wmi)
				wmi = ulen(JS_minor(e->rdev));
		} else if (ulen((unsigned long long)e->size) > ws) {
			ws = ulen((unsigned long long)e->size);
		}
	}
	/* A device's "major, minor" shares the size column (coreutils). */
	if (wma && wma + 2 + wmi > ws)
		ws = wma + 2 + wmi;
	if (total)  /* 512-byte blocks, shown in 1 KiB units rounded up */
		js_out_printf(&out, "total %ld\n", (blocks + 1) / 2);
	for (i = 0; i < nents; i++) {
		const struct ent *e = &ents[i];
		char mode[11], link[JS_PATH_MAX];
		struct js_tm tm;

		mode_string(mode, e->mode);
		js_out_printf(&out, "%s %*lu %*u %*u ", mode, wl, e->nlink, wu, e->uid, wg, e->gid);
		if (JS_S_ISCHR(e->mode) || JS_S_ISBLK(e->mode))
			js_out_printf(&out, "%*u, %*u ", ws - 2 - wmi, JS_major(e->rdev), wmi,
				      JS_minor(e->rdev));
		else
			js_out_printf(&out, "%*ld ", ws, e->size);
		if (js_gmtime(e->mtime, &tm) < 0)  /* seconds, as coreutils */
			js_out_printf(&out, "%ld ", e->mtime);
		else
			js_out_printf(&out, "%04d-%02d-%02d %02d:%02d ", tm.tm_year + 1900,
				      tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min);
		js_out_str(&out, e->name);
		if (JS_S_ISLNK(e->mode)) {
			long n = js_readlinkat(dirfd, e->name, link, sizeof link - 1);

			if (n >= 0) {
				link[n] = 0;
				js_out_str(&out, " -> ");
				js_out_str(&out, link);
			}
		}
		js_out_write(&out, "\n", 1);
	}
}

/* Lists directory path; 0, or -1 for an error already reported. */
static void list_dir(const char *path)
{
	static unsigned long long buf[JS_DIR_BUFSIZE / 8];
	const struct js_linux_dirent64 *d;
	struct js_dir dir;
	long r = js_dir_open(&dir, path, buf, sizeof buf);

	if (r < 0) {
		error("cannot open directory", path, r, 2);
		return;
	}
	nents = 0;
	namelen = 0;
	while ((r = js_dir_read(&dir, &d)) > 0) {
		size_t n = js_strlen(d->d_name) + 1;
		struct ent *e;

		if (d->d_name[0] == '.' && !all)
			continue;
		if (nents == MAXENT || namelen + n > sizeof names) {
			r = -JS_EFBIG;
			break;
		}
		e = &ents[nents++];
		e->name = names + namelen;
		memcpy(names + namelen, d->d_name, n);
		namelen += n;
		if (lng) {
			struct js_stat st;
			long s = js_fstatat(js_dir_fd(&dir), e->name, &st, JS_AT_SYMLINK_NOFOLLOW);

			if (s < 0) {
				error("cannot access", e->name, s, 1);
				nents--;
				continue;
			}
			fill(e, &st);
		}
	}
	if (r < 0)
		error(r == -JS_EFBIG ? "too many entries (more than 65536) in" : "cannot read directory",
		      path, r, 2);
	else
		print(js_dir_fd(&dir), 1);
	js_dir_close(&dir);
}

int main(int argc, char **argv)
{
	static const char *dirs[4096];
	struct js_getopt g = JS_GETOPT_INIT;
	int c, i, ndirs = 0, headers;

	js_out_init(&out, 1, outbuf, sizeof outbuf);
	while ((c = js_getopt(&g, argc, argv, "aln1")) != -1) {
		if (c == 'a')
			all = 1;
		else if (c == 'l' || c == 'n')
			lng = 1;
		else if (c != '1') {
			js_dprintf(2, "usage: ls [-a] [-l] [-n] [-1] [PATH]...\n");
			return 2;
		}
	}
	if (g.ind == argc)
		argv[--g.ind] = (char *)".";
	headers = argc - g.ind > 1;

	/* The operands that are files, as one listing; the directories after. */
	nents = 0;
	for (i = g.ind; i < argc; i++) {
		struct js_stat st;
		long r = lng ? js_lstat(argv[i], &st) : js_stat(argv[i], &st);

		if (r < 0) {
			error("cannot access", argv[i], r, 2);
		} else if (JS_S_ISDIR(st.st_mode)) {
			if (ndirs == (int)(sizeof dirs / sizeof dirs[0])) {
				error("too many operands at", argv[i], -JS_E2BIG, 2);
				continue;
			}
			dirs[ndirs++] = argv[i];
		} else {
			ents[nents].name = argv[i];
			fill(&ents[nents++], &st);
		}
	}
	if (nents)
		print(JS_AT_FDCWD, 0);
	js_qsort(dirs, (size_t)ndirs, sizeof dirs[0], by_name);
	for (i = 0; i < ndirs; i++) {
		if (headers)
			js_out_printf(&out, "%s%s:\n", i || nents ? "\n" : "", dirs[i]);
		list_dir(dirs[i]);
	}
	if (js_out_flush(&out) < 0) {
		js_dprintf(2, "ls: write error: %s\n", js_strerror(out.err));
		return 2;
	}
	return status;
}
