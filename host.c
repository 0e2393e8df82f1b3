#include <stdio.h>
#include <libjs/libjs.h>
int main(void) { printf("%s\n", js_errname(-JS_ENOENT)); return 0; }
