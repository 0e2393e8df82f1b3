#include <libjs/fs.h>
int main(void) { return js_write(1, "hello\n", 6) != 6; }
