/* examples/hello.c includes the one domain header it needs. */
#include "libjs.h"
