/* Sorting and command-line options without libc (docs/toolkit.md).
 * Nothing allocates; all are thread-safe (js_getopt's state is the
 * caller's struct, not globals). */
#ifndef LIBJS_UTIL_H
#define LIBJS_UTIL_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* qsort(3): n elements of size bytes at base, in place.  A heapsort:
 * O(n log n) comparisons in the worst case, no allocation, no recursion,
 * and NOT stable (equal elements may come out in any order). */
void js_qsort(void *base, size_t n, size_t size,
	      int (*cmp)(const void *, const void *));

/* getopt(3) as POSIX specifies it, with the state in the caller's struct:
 * options end at the first argument that is not one ("-" is not one;
 * "--" is skipped and ends them), as glibc's getopt with POSIXLY_CORRECT.
 * A leading '+' in opts is accepted and ignored; a leading ':' returns
 * ':' for a missing argument and prints nothing.  Returns the option
 * character, '?' (unknown option or missing argument; opt is the
 * character), ':' or -1 at the end (ind is then the first operand).
 * When err is non-zero, errors are printed to fd 2 as glibc prints them
 * ("prog: invalid option -- 'x'"), in one write.  Initialise with
 * JS_GETOPT_INIT; set ind to 1 again to start over. */
struct js_getopt {
	int ind;	/* optind: the next argv element */
	int opt;	/* optopt: the option character last seen */
	char *arg;	/* optarg: the option's argument, or NULL */
	int err;	/* opterr: print errors to fd 2 */
	int pos;	/* where in argv[ind] the next option is (0: none) */
};
#define JS_GETOPT_INIT { 1, 0, 0, 1, 0 }
int js_getopt(struct js_getopt *g, int argc, char *const argv[], const char *opts);

#ifdef __cplusplus
}
#endif

#endif
