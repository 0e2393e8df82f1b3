/* libjs: Linux system calls as typed C functions, no libc underneath.
 * The umbrella header; each domain header also works on its own. */
#ifndef LIBJS_H
#define LIBJS_H

#include "version.h"
#include "sys.h"
#include "errno.h"
#include "types.h"
#include "fs.h"
#include "proc.h"
#include "mem.h"
#include "kern.h"
#include "events.h"
#include "mount.h"
#include "trace.h"
#include "signal.h"
#include "time.h"
#include "net.h"
#include "thread.h"
#include "vdso.h"
#include "ipc.h"
#include "aio.h"
#include "fmt.h"
#include "string.h"
#include "util.h"
#include "sandbox.h"

#endif
