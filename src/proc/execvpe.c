/* js_execvpe: execvp(3)'s search (POSIX exec, "PATH" in XBD 8.3),
 * glibc's choices for what POSIX leaves open (default path, which errors
 * continue the search), and no shell fallback for ENOEXEC (proc.h). */
#include <libjs/proc.h>
#include <libjs/fs.h>
#include <libjs/string.h>
#include <libjs/errno.h>

long js_execvpe(const char *file, char *const argv[], char *const envp[])
{
	char buf[JS_PATH_MAX];
	const char *path, *p;
	size_t flen;
	int eacces = 0;
	long r = -JS_ENOENT;

	if (!file)
		return -JS_EFAULT;
	if (!*file)
		return -JS_ENOENT;
	if (js_strchr(file, '/'))
		return js_execve(file, argv, envp);
	flen = js_strlen(file);
	if (flen > 255)	/* NAME_MAX */
		return -JS_ENAMETOOLONG;
	path = js_getenv("PATH");
	if (!path)
		path = "/bin:/usr/bin";
	for (p = path;; p++) {
		const char *e = js_strchr(p, ':');
		size_t dlen = e ? (size_t)(e - p) : js_strlen(p);

		if (dlen + 1 + flen < sizeof buf) {
			/* An empty entry means the current directory. */
			size_t k = 0;

			if (dlen) {
				__builtin_memcpy(buf, p, dlen);
				buf[dlen] = '/';
				k = dlen + 1;
			}
			__builtin_memcpy(buf + k, file, flen + 1);
			r = js_execve(buf, argv, envp);
			switch (r) {
			case -JS_EACCES:
				eacces = 1;
				break;
			case -JS_ENOENT: case -JS_ENOTDIR: case -JS_ESTALE:
			case -JS_ENODEV: case -JS_ETIMEDOUT:
				break;
			default:
				return r;
			}
		}
		if (!e)
			break;
		p = e;
	}
	return eacces ? -JS_EACCES : r;
}
