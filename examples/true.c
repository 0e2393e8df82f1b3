/* true: exits 0, whatever its arguments (coreutils' true without its
 * --help/--version).  The smallest useful program: execve, exit_group. */
int main(void)
{
	return 0;
}
