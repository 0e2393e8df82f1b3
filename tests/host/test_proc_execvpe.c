/* js_execvpe / js_execvp find programs as glibc's execvp does: EACCES
 * remembered while a later directory has the program, EACCES when only a
 * non-executable one exists, ENOENT when none does, the default path
 * without PATH, a name with '/' used as it is, an empty name; and (our
 * choice, unlike glibc) ENOEXEC returned instead of running /bin/sh. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include "host.h"
#include <libjs/libjs.h>

extern char **environ;
static char dir[64];

static void put(const char *name, const char *text, mode_t mode)
{
	char p[128];
	FILE *f;

	snprintf(p, sizeof p, "%s/%s", dir, name);
	f = fopen(p, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
	chmod(p, mode);
}

/* Runs file with PATH=path (NULL: none) in a child: the exit status of
 * what it ran, or 100 + errno when the call returned. which: 0 libjs
 * js_execvp, 1 glibc execvp. */
static int run(const char *file, const char *path, int which)
{
	int st;
	pid_t pid = fork();

	if (pid == 0) {
		char *argv[] = { (char *)file, NULL };

		alarm(10);
		if (chdir(dir))
			_exit(99);
		if (path)
			setenv("PATH", path, 1);
		else
			unsetenv("PATH");
		js_env_init(environ);
		if (which) {
			execvp(file, argv);
			_exit(100 + errno);
		}
		_exit(100 + (int)-js_execvp(file, argv));
	}
	assert_true(waitpid(pid, &st, 0) == pid);
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static void search(void **state)
{
	char p1[128], p2[128], both[300];

	(void)state;
	snprintf(dir, sizeof dir, "/tmp/libjs-execvpe-%d", (int)getpid());
	snprintf(p1, sizeof p1, "%s/d1", dir);
	snprintf(p2, sizeof p2, "%s/d2", dir);
	mkdir(dir, 0755);
	mkdir(p1, 0755);
	mkdir(p2, 0755);
	put("d1/prog", "#!/bin/sh\nexit 41\n", 0644);	/* not executable */
	put("d2/prog", "#!/bin/sh\nexit 42\n", 0755);
	put("d2/junk", "\x01\x02 not a program\n", 0755);
	put("d1/only", "#!/bin/sh\nexit 43\n", 0644);
	snprintf(both, sizeof both, "/nonexistent:%s:%s", p1, p2);
	for (int w = 0; w < 2; w++) {
		/* EACCES in d1 remembered, then found in d2. */
		assert_int_equal(run("prog", both, w), 42);
		/* Only a non-executable one: EACCES. */
		assert_int_equal(run("only", both, w), 100 + JS_EACCES);
		/* Nowhere: ENOENT. */
		assert_int_equal(run("absent", both, w), 100 + JS_ENOENT);
		/* No PATH: /bin:/usr/bin, where true is. */
		assert_int_equal(run("true", NULL, w), 0);
		/* A '/' in the name: used as it is, PATH not searched. */
		assert_int_equal(run("d2/prog", "/nonexistent", w), 42);
		assert_int_equal(run("d1/prog", both, w), 100 + JS_EACCES);
		/* An empty name, and an empty PATH entry (the current
		 * directory: d2/prog is found from there). */
		assert_int_equal(run("", both, w), 100 + JS_ENOENT);
		assert_int_equal(run("d2", ":/nonexistent", w), 100 + JS_EACCES);
	}
	/* ENOEXEC: glibc hands the file to /bin/sh (which fails on the
	 * junk: 127 or 2); libjs returns -JS_ENOEXEC. */
	assert_int_equal(run("junk", p2, 0), 100 + JS_ENOEXEC);
	assert_true(run("junk", p2, 1) != 100 + JS_ENOEXEC);
	{
		char cmd[128];

		snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
		assert_int_equal(system(cmd), 0);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(search),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
