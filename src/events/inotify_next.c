#include <libjs/events.h>
#include <libjs/errno.h>

/* The JavaScript libjs's Notify iterator, made safe for any buffer: every byte it or
 * its caller will read is checked to lie inside buf[0..len) first.  The
 * kernel writes whole records, each a 16-byte header plus a name padded
 * with NULs to a multiple of the header size (fs/notify/inotify), so a
 * record that breaks these rules means the buffer is not what read(2) on
 * an inotify fd returned. */
long js_inotify_next(const void *buf, long len, size_t *pos,
		     const struct js_inotify_event **ev)
{
	const size_t hdr = sizeof(struct js_inotify_event);
	const struct js_inotify_event *e;
	size_t left, at;

	if (!pos || !ev || (!buf && len > 0))
		return -JS_EFAULT;
	if (len < 0 || *pos > (size_t)len)
		return -JS_EINVAL;
	at = *pos;
	left = (size_t)len - at;
	if (left == 0)
		return 0;
	/* A misaligned header would make reading its fields undefined. */
	if (left < hdr ||
	    ((uintptr_t)buf + at) % _Alignof(struct js_inotify_event) != 0)
		return -JS_EINVAL;
	e = (const struct js_inotify_event *)((const char *)buf + at);
	/* e->len is compared with what is left before anything is added to
	 * it, so a huge value cannot wrap. */
	if (e->len > left - hdr)
		return -JS_EINVAL;
	/* The name must be a C string inside the record; and records that
	 * follow stay aligned only if every name keeps the padding. */
	if (e->len != 0 && (e->name[e->len - 1] != '\0' ||
			    e->len % _Alignof(struct js_inotify_event) != 0))
		return -JS_EINVAL;
	*pos = at + hdr + e->len;
	*ev = e;
	return 1;
}
