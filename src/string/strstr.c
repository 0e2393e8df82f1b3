#include <libjs/string.h>

/* The plain quadratic search: needles here are short words and paths;
 * no table, no allocation. */
char *js_strstr(const char *hay, const char *needle)
{
	size_t n = js_strlen(needle);

	if (!n)
		return (char *)hay;
	for (; *hay; hay++)
		if (*hay == *needle && !js_strncmp(hay, needle, n))
			return (char *)hay;
	return NULL;
}
