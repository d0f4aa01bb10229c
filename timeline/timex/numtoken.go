package timex

import "strings"

// number reads a token that starts with a digit: a plain number, a number
// with thousands separators or decimals, a clock time, a numeric date, an
// ordinal ("16th"), a decade ("1990s") or an hour ("5pm").
func (tz *tokenizer) number(text string, i int) token {
	j, n := digits(text, i)
	t := token{start: i, end: j, kind: tokNum}
	if j < len(text) {
		switch c := text[j]; {
		case c == ',' && isGroup(text, j):
			for j < len(text) && text[j] == ',' && isGroup(text, j) {
				_, g := digits(text, j+1)
				if n < 1e8 {
					n = n*1000 + g
				}
				j += 4
			}
			t.end, t.num = j, n
			t.classes |= 1<<tz.cid.count | 1<<tz.cid.integer
			return t // a large number: a count ("1,000 days"), never a year or a day
		case c == ':' && j+2 < len(text) && isDigit(text[j+1]) && isDigit(text[j+2]) && j-i <= 2:
			return tz.clock(text, i, j, n)
		case c == '.' || c == '/' || c == '-':
			if d, ok := tz.numericDate(text, i, j, c); ok {
				return d
			}
			if c == '.' && j+1 < len(text) && isDigit(text[j+1]) {
				k, m := digits(text, j+1)
				if k-j == 3 && j-i <= 2 && n <= 23 && m <= 59 && tz.clockMarkAt(text, k) {
					t.end, t.num = k, n*100+m
					t.classes |= 1 << tz.cid.clock
					return t // a British time of day: "9.30am", "09.47 GMT"
				}
				t.end, t.num, t.flags = k, n, numDecimal
				t.classes |= 1 << tz.cid.count
				return t // a decimal: a count only in durations ("2.5 hours")
			}
			if c == '/' && splitYear(text, i, j, n) {
				break // "2023/24": the year, then the slash and the next
			}
			if c == '/' && j+1 < len(text) && isDigit(text[j+1]) {
				k, _ := digits(text, j+1)
				t.end = k // a fraction or a month/day: only the lexicon knows
				t.info = tz.lookup(text, i, k)
				return t
			}
		case (c == 'h' || c == 'H' && j-i == 2) && j-i <= 2 && j+2 < len(text) && isDigit(text[j+1]) && isDigit(text[j+2]):
			// "06h30", "6h30"; not "1H24", a half of 2024
			return tz.hourMinutes(text, i, j, n)
		case (c == '\'' || c == 0xE2) && j-i == 4 && n%10 == 0 && n >= 1000 && n < 2200:
			if k, ok := apostropheS(text, j); ok && decadeLead(text[:i]) {
				t.end, t.num = k, n/10
				t.classes |= 1 << tz.cid.decade
				return t // "the 1990's", as "the 1990s"; "2020's election" is the year's
			}
		case isASCIILetter(c):
			if !eraMark(text, j, letters(text, j)) {
				return tz.suffixed(text, i, j, n)
			}
			// "776BC": the year, then its era as a word of its own
		}
	}
	tz.plainNumber(&t, n, j-i)
	t.info = tz.lookup(text, i, j) // a number a rule names: "September 11 attacks"
	return t
}

// apostropheS reports whether text[j:] is "'s" or "’s" ending a word,
// and returns its end.
func apostropheS(text string, j int) (int, bool) {
	q := j + 1
	if text[j] != '\'' {
		if !strings.HasPrefix(text[j:], "’") {
			return 0, false
		}
		q = j + len("’")
	}
	if q >= len(text) || text[q] != 's' && text[q] != 'S' || q+1 < len(text) && isASCIILetter(text[q+1]) {
		return 0, false
	}
	return q + 1, true
}

// decadeLead reports whether the text before a year ends in a word that
// leads a decade: "the", "early", "late", "mid".
func decadeLead(before string) bool {
	b := strings.TrimRight(strings.TrimSuffix(strings.TrimRight(before, " "), "-"), " ")
	for _, w := range [...]string{"the", "early", "late", "mid"} {
		if hasSuffixFold(b, w) && (len(b) == len(w) || !isASCIILetter(b[len(b)-len(w)-1])) {
			return true
		}
	}
	return false
}

// digits reads a run of digits, returning its end and value (capped).
func digits(text string, i int) (int, int) {
	n := 0
	for i < len(text) && isDigit(text[i]) {
		if n < 1e8 {
			n = n*10 + int(text[i]-'0')
		}
		i++
	}
	return i, n
}

// hourMinutes reads "06h30", a time as French wires write it, where
// text[j] is the "h". A race time ("2h08:30") or a span ("4h30min") is one
// token and no time of day.
func (tz *tokenizer) hourMinutes(text string, i, j, h int) token {
	k, m := digits(text, j+1)
	t := token{start: i, end: k, kind: tokNum}
	for t.end < len(text) && (isASCIILetter(text[t.end]) || isDigit(text[t.end]) || text[t.end] == ':') {
		t.end++
	}
	if t.end == k && k-j == 3 && h <= 23 && m <= 59 {
		t.num = h*100 + m
		t.classes |= 1 << tz.cid.clock
	}
	return t
}

// isGroup reports whether text[j] is a thousands comma: ",ddd" not followed by a digit.
func isGroup(text string, j int) bool {
	if j+3 >= len(text) {
		return false
	}
	if !isDigit(text[j+1]) || !isDigit(text[j+2]) || !isDigit(text[j+3]) {
		return false
	}
	return j+4 >= len(text) || !isDigit(text[j+4])
}

func (tz *tokenizer) plainNumber(t *token, n, width int) {
	c := tz.cid
	t.num = n
	t.classes |= 1 << c.integer
	if width == 4 && n >= 1000 && n <= 2199 {
		t.classes |= 1 << c.year // a year, not a count: "the 1988 quarter"
	} else {
		t.classes |= 1 << c.count
	}
	if width <= 2 && n >= 1 && n <= 31 {
		t.classes |= 1 << c.daynum
	}
	if width <= 2 && n >= 1 && n <= 12 {
		t.classes |= 1 << c.hour
	}
}

// clockMarkAt reports whether "am", "p.m." or a time zone starts at text[k],
// after at most one space: only then is "9.30" a time of day and not a
// decimal ("rose 3.30 percent").
func (tz *tokenizer) clockMarkAt(text string, k int) bool {
	if k < len(text) && text[k] == ' ' {
		k++
	}
	if k >= len(text) || !isASCIILetter(text[k]) {
		return false
	}
	w := tz.word(text, k)
	return w.info != nil && w.info.classes&(1<<tz.cid.ampm|1<<tz.cid.zone) != 0
}

// clock reads "10:30" or "10:30:15".
func (tz *tokenizer) clock(text string, i, j, h int) token {
	k, m := digits(text, j+1)
	t := token{start: i, end: k, kind: tokNum}
	if k-j != 3 || h > 24 || m > 59 {
		return t
	}
	if k+1 < len(text) && text[k] == '.' && isDigit(text[k+1]) {
		t.end, _ = digits(text, k+1)
		return t // a race time, "2:00.44": no time of day
	}
	if k+3 < len(text) && text[k] == '.' && text[k+1] == ' ' && isDigit(text[k+2]) && isDigit(text[k+3]) &&
		(k+4 == len(text) || !isDigit(text[k+4])) {
		return t // a race time a wire service split: "a world record of 7:53. 63"
	}
	if k+2 < len(text) && text[k] == ':' && isDigit(text[k+1]) && isDigit(text[k+2]) {
		t.end = k + 3
		t.flags = clockSeconds
	}
	t.num = h*100 + m
	t.classes |= 1 << tz.cid.clock
	return t
}

// letters returns the end of the run of ASCII letters at j.
func letters(text string, j int) int {
	for j < len(text) && isASCIILetter(text[j]) {
		j++
	}
	return j
}

// suffixed reads digits followed by letters: 16th, 1990s, 5pm.
func (tz *tokenizer) suffixed(text string, i, j, n int) token {
	k := letters(text, j)
	t := token{start: i, end: k, kind: tokNum, num: n}
	suf := lower2(text[j:k])
	c := tz.cid
	switch {
	case suf == "st" || suf == "nd" || suf == "rd" || suf == "th":
		t.classes |= 1 << c.ordnum
		if n >= 1 && n <= 31 && j-i <= 2 {
			t.classes |= 1 << c.daynum
		}
	case suf == "s" && (j-i == 4 && n%10 == 0 && n >= 1000 && n < 2200):
		t.num = n / 10
		t.classes |= 1 << c.decade
	case suf == "s" && j-i == 2 && n%10 == 0:
		t.num = 190 + n/10
		if n < 20 {
			t.num = 200 + n/10
		}
		t.classes |= 1 << c.shortDecade // "the 30s", not "in their 30s"
	case (suf == "am" || suf == "pm") && n >= 1 && n <= 12:
		t.num = n * 100
		if suf == "pm" && n != 12 {
			t.num += 1200
		} else if suf == "am" && n == 12 {
			t.num = 0
		}
		t.classes |= 1 << c.clock
	}
	return t
}

// lower2 lower-cases a short ASCII suffix; longer ones are not needed.
func lower2(s string) string {
	if len(s) > 2 {
		return ""
	}
	if len(s) == 2 && (s[0] < 'a' || s[1] < 'a') {
		return string([]byte{s[0] | 0x20, s[1] | 0x20})
	}
	if len(s) == 1 && s[0] < 'a' {
		return string([]byte{s[0] | 0x20})
	}
	return s
}

// shortYear reads '98 (a year) or '90s (a decade).
func (tz *tokenizer) shortYear(text string, i int) token {
	j, n := digits(text, i+1)
	t := token{start: i, end: j, kind: tokNum}
	if j-i != 3 || i > 0 && isDigit(text[i-1]) {
		return t // after a digit it is minutes or feet: "10'40\"48", "6'10\""
	}
	century := 1900
	if n < 30 {
		century = 2000
	}
	if j < len(text) && text[j] == 's' && n%10 == 0 {
		t.end, t.num = j+1, (century+n)/10
		t.classes |= 1 << tz.cid.decade
		return t
	}
	if j < len(text) && isASCIILetter(text[j]) {
		return t
	}
	t.num = century + n
	t.classes |= 1 << tz.cid.year
	return t
}

// splitYear reports whether the year text[i:j] (n) and the digits after the
// slash at j name two years in a row, as fiscal years and seasons are
// written: "2023/24", "2012/2013".
func splitYear(text string, i, j, n int) bool {
	k, m := digits(text, j+1)
	if j-i != 4 || n < 1900 || n >= 2200 || k < len(text) && (isDigit(text[k]) || isASCIILetter(text[k]) || text[k] == '/') {
		return false
	}
	return k-j == 3 && m == (n+1)%100 || k-j == 5 && m == n+1
}
