/* false: exits 1, whatever its arguments (coreutils' false without its
 * --help/--version). */
int main(void)
{
	return 1;
}
