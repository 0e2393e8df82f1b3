/* The thin layer that lets one benchmark source build against every
 * contender.  Only names differ; the work each program does is the same.
 *   LIBJS   libjs (libjs-cc, or gcc/clang by hand): js_* calls
 *   NOLIBC  the kernel's nolibc 6.1 (-include nolibc.h defines NOLIBC)
 *   else    a libc: glibc or musl
 * Every contender gets b_read/b_write/b_open/b_close/b_getppid/b_stat,
 * b_write_all, and a directory reader b_dir_open/b_dir_next/b_dir_close. */
#ifndef BENCH_SHIM_H
#define BENCH_SHIM_H

#ifdef LIBJS
#include <libjs/libjs.h>

typedef struct js_stat b_stat_t;
#define b_read(fd, p, n)   js_read(fd, p, n)
#define b_write(fd, p, n)  js_write(fd, p, n)
#define b_write_all        js_write_all
#define b_open_rd(path)    js_open(path, JS_O_RDONLY)
#define b_close            js_close
#define b_getppid          js_getppid
#define b_stat             js_stat

/* The js_dir iterator with its default (glibc-sized) buffer. */
static struct js_dir b_dir;
static unsigned long long b_dir_buf[JS_DIR_BUFSIZE / 8];
static int b_dir_open(const char *path)
{
	return js_dir_open(&b_dir, path, b_dir_buf, sizeof b_dir_buf) == 0;
}
static const char *b_dir_next(void)
{
	const struct js_linux_dirent64 *e;

	return js_dir_read(&b_dir, &e) > 0 ? e->d_name : 0;
}
static void b_dir_close(void) { js_dir_close(&b_dir); }

#else /* a libc, or nolibc */

#ifndef NOLIBC
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

typedef struct stat b_stat_t;
#define b_read(fd, p, n)   read(fd, p, n)
#define b_write(fd, p, n)  write(fd, p, n)
#define b_open_rd(path)    open(path, O_RDONLY, 0)
#define b_close            close
#define b_getppid          getppid
#define b_stat             stat

/* What js_write_all does, for contenders that have no such helper. */
static long b_write_all(int fd, const void *buf, unsigned long n)
{
	const char *p = buf;

	while (n) {
		long r = write(fd, p, n);

		if (r <= 0)
			return -1;
		p += r;
		n -= (unsigned long)r;
	}
	return 0;
}

#ifndef NOLIBC
/* opendir(3)/readdir(3): the libc's own buffer and batching. */
static DIR *b_dir;
static int b_dir_open(const char *path) { return (b_dir = opendir(path)) != 0; }
static const char *b_dir_next(void)
{
	struct dirent *e = readdir(b_dir);

	return e ? e->d_name : 0;
}
static void b_dir_close(void) { closedir(b_dir); }
#else
/* nolibc 6.1 has getdents64 but no opendir/readdir: the smallest reader
 * over it, with glibc's 32 KiB buffer, stands in. */
static int b_dir_fd;
static long b_dir_pos, b_dir_end;
static unsigned long long b_dir_buf[32768 / 8];
static int b_dir_open(const char *path)
{
	b_dir_fd = open(path, O_RDONLY | O_DIRECTORY, 0);
	return b_dir_fd >= 0;
}
static const char *b_dir_next(void)
{
	struct linux_dirent64 *e;

	if (b_dir_pos >= b_dir_end) {
		b_dir_end = getdents64(b_dir_fd, (void *)b_dir_buf, sizeof b_dir_buf);
		if (b_dir_end <= 0)
			return 0;
		b_dir_pos = 0;
	}
	e = (struct linux_dirent64 *)((char *)b_dir_buf + b_dir_pos);
	b_dir_pos += e->d_reclen;
	return e->d_name;
}
static void b_dir_close(void) { close(b_dir_fd); }
#endif
#endif

/* A decimal argument, without atol (not every contender has it). */
static long b_num(const char *s)
{
	long n = 0;

	while (s && *s >= '0' && *s <= '9')
		n = n * 10 + (*s++ - '0');
	return n;
}

#endif
