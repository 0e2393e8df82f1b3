/* The same listing with glibc's readdir(3), for test_fs_getdents_calls.sh. */
#include <dirent.h>
#include <stdio.h>

int main(int argc, char **argv)
{
	DIR *d = argc == 2 ? opendir(argv[1]) : NULL;
	long n = 0;

	if (!d)
		return 2;
	while (readdir(d))
		n++;
	closedir(d);
	printf("%ld\n", n);
	return 0;
}
