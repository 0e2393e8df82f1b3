/* The kernel's name of a POSIX message queue (src/ipc/mq_name.c). */
#ifndef LIBJS_SRC_IPC_MQ_NAME_H
#define LIBJS_SRC_IPC_MQ_NAME_H

#include "../internal.h"

/* name without its one leading '/', or name itself; an error pointer
 * (JS_IS_ERR) when name's first byte cannot be read. */
JS__HIDDEN const char *js__mq_name(const char *name);

#endif
