/* The digit tables of the formatter core (fmt.h). */
#include "fmt.h"

#define D10(x) x "0" x "1" x "2" x "3" x "4" x "5" x "6" x "7" x "8" x "9"
const char js__dec_pairs[201] = D10("0") D10("1") D10("2") D10("3") D10("4")
	D10("5") D10("6") D10("7") D10("8") D10("9");

#define H16(x) x "0" x "1" x "2" x "3" x "4" x "5" x "6" x "7" x "8" x "9" \
	x "a" x "b" x "c" x "d" x "e" x "f"
const char js__hex_pairs[513] = H16("0") H16("1") H16("2") H16("3")
	H16("4") H16("5") H16("6") H16("7") H16("8") H16("9") H16("a")
	H16("b") H16("c") H16("d") H16("e") H16("f");

const char js__xdigits[2][16] = { "0123456789abcdef", "0123456789ABCDEF" };
