/* Common includes for the cmocka host tests (libjs.a next to glibc). */
#ifndef LIBJS_TESTS_HOST_H
#define LIBJS_TESTS_HOST_H
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#endif
