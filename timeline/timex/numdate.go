package timex

import (
	"fmt"
	"strings"
	"time"
)

// Flags of a number token: how a numeric date is written, or what else the
// number is.
const (
	ndISO        = 1 << iota // year first: 2021-08-16
	ndDot                    // 16.08.2021
	ndSlash                  // 8/16/2021
	numDecimal               // not a date: a count with decimals, "2.5"
	clockSeconds             // a clock with seconds, "2:06:20"
)

// numericDate reads d1 SEP d2 SEP d3 at i (j is the end of d1, sep the
// separator) as a numeric date token; the parts are packed into num as
// year*10000 + first*100 + second, read later by the document's convention.
func (tz *tokenizer) numericDate(text string, i, j int, sep byte) (token, bool) {
	y, a, b, end, flags, ok := scanNumericDate(text, i, j, sep)
	if !ok {
		return token{}, false
	}
	t := token{start: i, end: end, kind: tokNum, num: y*10000 + a*100 + b, flags: flags}
	t.classes |= 1 << tz.cid.numdate
	return t, true
}

// scanNumericDate parses the three parts of a numeric date.
func scanNumericDate(text string, i, j int, sep byte) (y, a, b, end int, flags uint8, ok bool) {
	p1 := j - i
	_, n1 := digits(text, i)
	if j+1 >= len(text) || !isDigit(text[j+1]) {
		return
	}
	k, n2 := digits(text, j+1)
	p2 := k - j - 1
	if k+1 >= len(text) || text[k] != sep || !isDigit(text[k+1]) {
		return
	}
	end, n3 := digits(text, k+1)
	p3 := end - k - 1
	if end < len(text) && (isDigit(text[end]) || isASCIILetter(text[end])) {
		return
	}
	switch {
	case p1 == 4 && p2 <= 2 && p3 <= 2:
		y, a, b, flags = n1, n2, n3, ndISO
	case p1 <= 2 && p2 <= 2 && (p3 == 4 || (p3 == 2 && sep != '-')):
		y, a, b = n3, n1, n2
		if p3 == 2 {
			y += 1900
			if n3 < 30 {
				y += 100
			}
		}
		flags = ndSlash
		if sep == '.' {
			flags = ndDot
		}
	default:
		return
	}
	if y < 1000 || y > 2199 || a < 1 || b < 1 || a > 31 || b > 31 || (a > 12 && b > 12) {
		return
	}
	if flags == ndISO && (a > 12 || b > 31) {
		return
	}
	return y, a, b, end, flags, true
}

// parseNumericDate reads a numeric date such as "10.09.2021", "9/10/2021" or
// "2021-09-10". dayFirst says how to read a date whose first two parts could
// both be a month; a part above 12 settles the order whatever dayFirst says.
func parseNumericDate(s string, dayFirst bool) (time.Time, error) {
	s = strings.TrimSpace(s)
	j, _ := digits(s, 0)
	if j == 0 || j >= len(s) {
		return time.Time{}, fmt.Errorf("numeric date %q: want digits and a separator", s)
	}
	y, a, b, end, flags, ok := scanNumericDate(s, 0, j, s[j])
	if !ok || end != len(s) {
		return time.Time{}, fmt.Errorf("numeric date %q: not a valid date", s)
	}
	m, d := orderParts(a, b, flags, dayFirst)
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, fmt.Errorf("numeric date %q: day %d is not in month %d", s, d, m)
	}
	return t, nil
}

// orderParts returns month and day from the two non-year parts.
func orderParts(a, b int, flags uint8, dayFirst bool) (m, d int) {
	switch {
	case flags&ndISO != 0:
		return a, b
	case a > 12:
		return b, a
	case b > 12:
		return a, b
	case dayFirst:
		return b, a
	}
	return a, b
}

// dayFirstIn decides how the numeric dates of one document are read: a part
// above 12 in any of them settles it; else dots mean day first and slashes
// month first.
func dayFirstIn(toks []token, numdate int) (dayFirst, settled bool) {
	dots, slashes := 0, 0
	for i := range toks {
		t := &toks[i]
		if t.classes&(1<<numdate) == 0 || t.flags&ndISO != 0 {
			continue
		}
		a, b := t.num/100%100, t.num%100
		if a > 12 {
			return true, true
		}
		if b > 12 {
			return false, true
		}
		if t.flags&ndDot != 0 {
			dots++
		} else {
			slashes++
		}
	}
	return dots > slashes, false
}
