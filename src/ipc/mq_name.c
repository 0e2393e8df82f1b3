/* glibc's mq_open(3) demands a leading '/' and hands the kernel the rest;
 * the system call itself takes the bare name (a '/' in it is -EACCES:
 * ipc/mqueue.c looks the name up as one component of the mqueue root).
 * libjs accepts both spellings, so a program written from the man pages
 * ("/queue") and one written for the system call ("queue") work alike.
 * The first byte is the caller's memory: read through the kernel
 * (js__kcopy, docs/exceptions.md), so a bad pointer is -EFAULT, as the
 * system call itself would say, and never a fault here. */
#include <libjs/sys.h>
#include <libjs/errno.h>
#include "mq_name.h"

const char *js__mq_name(const char *name)
{
	char c;
	long r;

	/* NULL answered here: js__kcopy would offset it, which C leaves
	 * undefined (UBSan says so), before the kernel's -EFAULT. */
	if (!name)
		return (const char *)(unsigned long)-JS_EFAULT;
	r = js__kcopy(&c, name, 1);
	if (r < 0)
		return (const char *)(unsigned long)r;
	return c == '/' ? name + 1 : name;
}
