/* inotify: create, modify, move and delete in a watched directory, read
 * back through js_inotify_next with the names checked; the iterator on
 * hand-made good and bad buffers; and a short bounded random-buffer run
 * (the long one is tests/fuzz/run.sh). */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/stat.h>
#include "host.h"
#include <libjs/events.h>
#include <libjs/fs.h>
#include <libjs/errno.h>

struct seen {
	uint32_t mask, cookie;
	int wd;
	char name[32];
};

/* Read everything queued (nonblocking fd) and decode it. */
static int collect(int fd, struct seen *out, int max)
{
	_Alignas(struct js_inotify_event) char buf[4096];
	int n = 0;
	for (;;) {
		long len = js_read(fd, buf, sizeof buf);
		if (len == -JS_EAGAIN)
			break;
		assert_true(len > 0);
		size_t pos = 0;
		const struct js_inotify_event *ev;
		long r;
		while ((r = js_inotify_next(buf, len, &pos, &ev)) > 0) {
			assert_true(n < max);
			out[n].mask = ev->mask;
			out[n].cookie = ev->cookie;
			out[n].wd = ev->wd;
			assert_true(ev->len == 0 || strlen(ev->name) < 32);
			strcpy(out[n].name, ev->len ? ev->name : "");
			n++;
		}
		assert_int_equal(r, 0);
		assert_int_equal(pos, (size_t)len);
	}
	return n;
}

static void directory_events_with_names(void **state)
{
	(void)state;
	assert_int_equal(mkdir("w", 0700), 0);
	long in = js_inotify_init1(JS_IN_NONBLOCK | JS_IN_CLOEXEC);
	assert_true(in >= 0);
	long wd = js_inotify_add_watch((int)in, "w",
				       JS_IN_CREATE | JS_IN_MODIFY | JS_IN_MOVE |
					       JS_IN_DELETE);
	assert_true(wd >= 0);

	int f = open("w/first", O_WRONLY | O_CREAT, 0600);
	assert_true(f >= 0);
	assert_int_equal(write(f, "data", 4), 4);
	close(f);
	assert_int_equal(rename("w/first", "w/second-with-a-longer-name"), 0);
	assert_int_equal(unlink("w/second-with-a-longer-name"), 0);
	assert_int_equal(mkdir("w/sub", 0700), 0);

	struct seen s[16];
	int n = collect((int)in, s, 16);
	assert_int_equal(n, 6);
	for (int i = 0; i < n; i++)
		assert_int_equal(s[i].wd, wd);
	assert_int_equal(s[0].mask, JS_IN_CREATE);
	assert_string_equal(s[0].name, "first");
	assert_int_equal(s[1].mask, JS_IN_MODIFY);
	assert_string_equal(s[1].name, "first");
	assert_int_equal(s[2].mask, JS_IN_MOVED_FROM);
	assert_string_equal(s[2].name, "first");
	assert_int_equal(s[3].mask, JS_IN_MOVED_TO);
	assert_string_equal(s[3].name, "second-with-a-longer-name");
	/* The two halves of the rename share a cookie no other event has. */
	assert_true(s[2].cookie != 0);
	assert_int_equal(s[2].cookie, s[3].cookie);
	assert_int_equal(s[0].cookie, 0);
	assert_int_equal(s[4].mask, JS_IN_DELETE);
	assert_string_equal(s[4].name, "second-with-a-longer-name");
	assert_int_equal(s[5].mask, JS_IN_CREATE | JS_IN_ISDIR);
	assert_string_equal(s[5].name, "sub");

	/* Removing the watch queues IN_IGNORED (no name); twice is EINVAL. */
	assert_int_equal(js_inotify_rm_watch((int)in, (int)wd), 0);
	n = collect((int)in, s, 16);
	assert_int_equal(n, 1);
	assert_int_equal(s[0].mask, JS_IN_IGNORED);
	assert_string_equal(s[0].name, "");
	assert_int_equal(js_inotify_rm_watch((int)in, (int)wd), -JS_EINVAL);
	js_close((int)in);
}

static void init_and_watch_errors(void **state)
{
	(void)state;
	long in = js_inotify_init();
	assert_true(in >= 0);
	assert_int_equal(js_fcntl((int)in, JS_F_GETFD), 0);
	assert_int_equal(js_fcntl((int)in, JS_F_GETFL) & JS_O_NONBLOCK, 0);
	assert_int_equal(js_inotify_init1(0x1), -JS_EINVAL);
	assert_int_equal(js_inotify_add_watch((int)in, "missing", JS_IN_CREATE),
			 -JS_ENOENT);
	assert_int_equal(js_inotify_add_watch(9999, ".", JS_IN_CREATE),
			 -JS_EBADF);
	assert_int_equal(js_inotify_add_watch((int)in, ".", 0), -JS_EINVAL);
	int f = open("file", O_WRONLY | O_CREAT, 0600);
	close(f);
	assert_int_equal(js_inotify_add_watch((int)in, "file",
					      JS_IN_MODIFY | JS_IN_ONLYDIR),
			 -JS_ENOTDIR);
	assert_int_equal(js_inotify_add_watch((int)in, 0, JS_IN_MODIFY),
			 -JS_EFAULT);
	long wd = js_inotify_add_watch((int)in, "file", JS_IN_MODIFY);
	assert_true(wd >= 0);
	/* Same inode again: the same watch, and MASK_CREATE refuses it. */
	assert_int_equal(js_inotify_add_watch((int)in, "file", JS_IN_ATTRIB), wd);
	assert_int_equal(js_inotify_add_watch((int)in, "file",
					      JS_IN_ATTRIB | JS_IN_MASK_CREATE),
			 -JS_EEXIST);
	js_close((int)in);
}

/* Builders for hand-made buffers. */
static size_t put(void *buf, size_t at, int wd, uint32_t mask, uint32_t len,
		  const char *name)
{
	struct js_inotify_event h = { wd, mask, 0, len };
	memcpy((char *)buf + at, &h, sizeof h);
	memset((char *)buf + at + sizeof h, 0, len);
	if (name)
		memcpy((char *)buf + at + sizeof h, name, strlen(name));
	return at + sizeof h + len;
}

static void iterator_good_buffers(void **state)
{
	(void)state;
	_Alignas(16) char buf[256] = { 0 };
	size_t pos = 0;
	const struct js_inotify_event *ev = 0;

	/* Empty: done at once, nothing touched. */
	assert_int_equal(js_inotify_next(buf, 0, &pos, &ev), 0);
	assert_int_equal(js_inotify_next(0, 0, &pos, &ev), 0);

	size_t len = put(buf, 0, 1, JS_IN_IGNORED, 0, 0);
	len = put(buf, len, 2, JS_IN_CREATE, 16, "name");
	len = put(buf, len, 3, JS_IN_DELETE, 32, "a-name-of-twenty-two");
	assert_int_equal(len, 16 + 32 + 48);

	assert_int_equal(js_inotify_next(buf, (long)len, &pos, &ev), 1);
	assert_int_equal(ev->wd, 1);
	assert_int_equal(ev->len, 0);
	assert_int_equal(pos, 16);
	assert_int_equal(js_inotify_next(buf, (long)len, &pos, &ev), 1);
	assert_int_equal(ev->wd, 2);
	assert_string_equal(ev->name, "name");
	assert_int_equal(js_inotify_next(buf, (long)len, &pos, &ev), 1);
	assert_string_equal(ev->name, "a-name-of-twenty-two");
	/* Last record ends exactly at the end (the JavaScript libjs stopped one early). */
	assert_int_equal(pos, len);
	assert_int_equal(js_inotify_next(buf, (long)len, &pos, &ev), 0);
	assert_int_equal(js_inotify_next(buf, (long)len, &pos, &ev), 0);
}

static void iterator_bad_buffers(void **state)
{
	(void)state;
	_Alignas(16) char buf[256] = { 0 };
	size_t pos = 0, len;
	const struct js_inotify_event *ev = 0;

	/* Truncated header. */
	len = put(buf, 0, 1, JS_IN_CREATE, 16, "x");
	for (size_t cut = 1; cut < len; cut++) {
		pos = 0;
		assert_int_equal(js_inotify_next(buf, (long)cut, &pos, &ev),
				 -JS_EINVAL);
		assert_int_equal(pos, 0);	/* nothing consumed */
	}
	/* Name running past the end, including a length that would wrap. */
	uint32_t huge[] = { 17, 20, 240, 0x7ffffff0u, 0xfffffff0u, 0xffffffffu };
	for (size_t i = 0; i < sizeof huge / sizeof huge[0]; i++) {
		memset(buf, 0, sizeof buf);
		struct js_inotify_event h = { 1, 0, 0, huge[i] };
		memcpy(buf, &h, sizeof h);
		pos = 0;
		assert_int_equal(js_inotify_next(buf, 32, &pos, &ev), -JS_EINVAL);
	}
	/* A name without its NUL. */
	len = put(buf, 0, 1, JS_IN_CREATE, 16, "0123456789abcdef");
	pos = 0;
	assert_int_equal(js_inotify_next(buf, (long)len, &pos, &ev), -JS_EINVAL);
	/* A name length that would misalign the next record. */
	len = put(buf, 0, 1, JS_IN_CREATE, 6, "abc");
	pos = 0;
	assert_int_equal(js_inotify_next(buf, (long)len, &pos, &ev), -JS_EINVAL);
	/* A misaligned buffer or position. */
	len = put(buf + 4, 0, 1, JS_IN_CREATE, 0, 0);
	pos = 0;
	assert_int_equal(js_inotify_next(buf + 4, (long)len, &pos, &ev), 1);
	pos = 0;
	assert_int_equal(js_inotify_next(buf + 1, (long)len, &pos, &ev),
			 -JS_EINVAL);
	put(buf, 0, 1, JS_IN_CREATE, 0, 0);
	put(buf, 16, 1, JS_IN_CREATE, 0, 0);
	pos = 2;
	assert_int_equal(js_inotify_next(buf, 32, &pos, &ev), -JS_EINVAL);
	/* Position past the end, negative length, NULL pointers. */
	pos = 17;
	assert_int_equal(js_inotify_next(buf, 16, &pos, &ev), -JS_EINVAL);
	pos = 0;
	assert_int_equal(js_inotify_next(buf, -JS_EAGAIN, &pos, &ev), -JS_EINVAL);
	assert_int_equal(js_inotify_next(0, 16, &pos, &ev), -JS_EFAULT);
	assert_int_equal(js_inotify_next(buf, 16, 0, &ev), -JS_EFAULT);
	assert_int_equal(js_inotify_next(buf, 16, &pos, 0), -JS_EFAULT);
}

/* Walk a buffer of exactly len bytes (heap, so that ASan sees any read
 * past it) and check what the iterator promises. */
static void walk(const char *buf, long len)
{
	size_t pos = 0, prev = 0;
	const struct js_inotify_event *ev;
	long r;
	while ((r = js_inotify_next(buf, len, &pos, &ev)) > 0) {
		assert_true(pos > prev && pos <= (size_t)len);
		assert_true((const char *)ev == buf + prev);
		if (ev->len)
			assert_true(strlen(ev->name) < ev->len);
		prev = pos;
	}
	assert_true(r == 0 || r == -JS_EINVAL);
	assert_int_equal(pos, prev);
	if (r == 0)
		assert_int_equal(pos, (size_t)len);
}

static void iterator_random_buffers(void **state)
{
	(void)state;
	struct timespec t0, t;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	srand48((long)t0.tv_nsec);
	long runs = 0;
	do {
		long len = lrand48() % 200;
		char *buf = malloc(len ? (size_t)len : 1);
		assert_non_null(buf);
		/* Mostly well-formed records with a few bytes spoiled, so that
		 * the deep checks are reached, else pure noise. */
		if (lrand48() % 4) {
			size_t at = 0;
			while (at + 16 <= (size_t)len) {
				uint32_t nl = (uint32_t)(lrand48() % 4) * 16;
				if (at + 16 + nl > (size_t)len)
					nl = 0;
				struct js_inotify_event h = { 1, 2, 3, nl };
				memcpy(buf + at, &h, 16);
				memset(buf + at + 16, 'n', nl);
				if (nl)
					buf[at + 16 + nl - 1] = 0;
				at += 16 + nl;
			}
			memset(buf + at, 0, (size_t)len - at);
			for (int k = (int)(lrand48() % 3); k > 0 && len; k--)
				buf[lrand48() % len] = (char)lrand48();
		} else {
			for (long i = 0; i < len; i++)
				buf[i] = (char)lrand48();
		}
		walk(buf, len);
		free(buf);
		runs++;
		clock_gettime(CLOCK_MONOTONIC, &t);
	} while ((t.tv_sec - t0.tv_sec) * 1000 +
			 (t.tv_nsec - t0.tv_nsec) / 1000000 < 2000);
	print_message("random buffers: %ld in 2 s\n", runs);
	assert_true(runs > 1000);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(directory_events_with_names),
		cmocka_unit_test(init_and_watch_errors),
		cmocka_unit_test(iterator_good_buffers),
		cmocka_unit_test(iterator_bad_buffers),
		cmocka_unit_test(iterator_random_buffers),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
