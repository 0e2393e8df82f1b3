#include <libjs/kern.h>
#include "../call.h"

long js_kexec_file_load(int kernel_fd, int initrd_fd, unsigned long cmdline_len,
			const char *cmdline, unsigned long flags)
{
	return JS_SC5(JS_NR_kexec_file_load, kernel_fd, initrd_fd, cmdline_len,
		      cmdline, flags);
}
