#include <libjs/events.h>
#include <libjs/errno.h>

/* Every bound is checked against what is left before anything is added,
 * so no field of a hostile buffer can make a sum wrap; the head is copied
 * byte by byte since a record may start on any 4-byte boundary (the
 * kernel's FANOTIFY_EVENT_ALIGN), or anywhere in a buffer that is not
 * what read(2) returned. */
long js_fanotify_next(const void *buf, long len, size_t *pos,
		      struct js_fanotify_event_metadata *meta,
		      const unsigned char **rec)
{
	const unsigned char *p;
	unsigned char *m = (unsigned char *)meta;
	size_t left, at;

	if (!pos || !meta || !rec || (!buf && len > 0))
		return -JS_EFAULT;
	if (len < 0 || *pos > (size_t)len)
		return -JS_EINVAL;
	at = *pos;
	left = (size_t)len - at;
	if (left == 0)
		return 0;
	if (left < JS_FAN_EVENT_METADATA_LEN)
		return -JS_EINVAL;
	p = (const unsigned char *)buf + at;
	for (size_t i = 0; i < JS_FAN_EVENT_METADATA_LEN; i++)
		m[i] = p[i];
	if (meta->vers != JS_FANOTIFY_METADATA_VERSION ||
	    meta->event_len < JS_FAN_EVENT_METADATA_LEN ||
	    meta->event_len > left ||
	    meta->metadata_len < JS_FAN_EVENT_METADATA_LEN ||
	    meta->metadata_len > meta->event_len)
		return -JS_EINVAL;
	*pos = at + meta->event_len;
	*rec = p;
	return 1;
}
