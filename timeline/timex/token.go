package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kinds of token.
const (
	tokWord = iota
	tokNum
	tokPunct
)

// token is one word, number or punctuation mark of the text.
type token struct {
	start, end int
	info       *wordInfo // lexicon entry of the lower-cased token, or nil
	classes    uint64    // lexicon and builtin classes
	num        int       // value of numbers, years, days, decades, clocks
	kind       uint8
	flags      uint8 // numeric date flags
	taken      bool  // part of an expression already chosen
	sent       int32 // index of the sentence the token is in
}

// classValue returns t's value in the class of id class, or "": the kind
// of HINT a word gives, or a PASTVERB's code.
func (t *token) classValue(class int) string {
	if t.classes&(1<<class) == 0 {
		return "" // most words have none: no need to look
	}
	e, ok := t.info.entry(class)
	if !ok {
		return ""
	}
	return e.val
}

// lit returns the literal id of t, or -1.
func (t *token) lit() int32 {
	if t.info == nil {
		return -1
	}
	return t.info.lit
}

// classIDs are the ids of the classes the tokenizer gives itself.
type classIDs struct {
	year, daynum, integer, count, clock, decade, numdate, ordnum, capital, hour, num, tens, unitnum, ord                                   int
	fut, past, futTo, nonfinite, det, hint, signal, shortDecade, apos, ahead, unit, month, capMonth, funcWord, ampm, zone, season, weekday int
}

// tokenizer splits text into tokens and gives them their classes. It is made
// for each call of Tag: it holds a scratch buffer.
type tokenizer struct {
	lx   *lexicon
	cid  *classIDs
	text string
	buf  [32]byte
}

func newClassIDs(lx *lexicon) *classIDs {
	c := &classIDs{}
	for name, p := range map[string]*int{"YEAR": &c.year, "DAYNUM": &c.daynum, "INT": &c.integer,
		"COUNT": &c.count, "CLOCK": &c.clock, "DECADE": &c.decade, "NUMDATE": &c.numdate,
		"ORDNUM": &c.ordnum, "CAP": &c.capital, "HOUR": &c.hour, "NUM": &c.num, "TENS": &c.tens,
		"UNITNUM": &c.unitnum, "ORD": &c.ord, "FUTVERB": &c.fut, "PASTVERB": &c.past, "FUTTO": &c.futTo, "NONFINITE": &c.nonfinite, "DET": &c.det, "HINT": &c.hint, "SIGNAL": &c.signal, "SHORTDECADE": &c.shortDecade, "APOS": &c.apos, "AHEAD": &c.ahead, "UNIT": &c.unit, "MONTH": &c.month, "CAPMONTH": &c.capMonth, "AMPM": &c.ampm, "TZ": &c.zone, "FUNCWORD": &c.funcWord, "SEASON": &c.season, "WEEKDAY": &c.weekday} {
		*p = lx.class(name)
	}
	return c
}

// afterMonth reports whether the tokens so far end with a month's name,
// maybe abbreviated with a full stop ("June", "Jan.").
func (tz *tokenizer) afterMonth(dst []token) bool {
	n := len(dst)
	if n > 1 && dst[n-1].kind == tokPunct && tz.text[dst[n-1].start] == '.' {
		n--
	}
	return n > 0 && dst[n-1].classes&(1<<tz.cid.month) != 0
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func isASCIILetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

// tokens appends the tokens of text to dst.
func (tz *tokenizer) tokens(text string, dst []token) []token {
	tz.text = text
	i, sent := 0, int32(0)
	for i < len(text) {
		b := text[i]
		var t token
		switch {
		case b == ' ' || b == '\t' || b == '\r':
			i++
			continue
		case b == '\n':
			j := i + 1
			for j < len(text) && (text[j] == '\r' || text[j] == ' ' || text[j] == '\t') {
				j++
			}
			if j < len(text) && text[j] == '\n' {
				sent++ // a blank line ends a sentence
			}
			i++
			continue
		case isDigit(b):
			t = tz.number(text, i)
		case b == '\'' && i+2 < len(text) && isDigit(text[i+1]) && isDigit(text[i+2]):
			t = tz.shortYear(text, i)
		case isASCIILetter(b):
			t = tz.word(text, i)
		case b < utf8.RuneSelf:
			t = token{start: i, end: i + 1, kind: tokPunct}
			t.info = tz.lx.words[text[i:i+1]]
		default:
			r, n := utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				i += n
				continue
			}
			if unicode.IsLetter(r) {
				t = tz.word(text, i)
			} else {
				t = token{start: i, end: i + n, kind: tokPunct}
				t.info = tz.lx.words[text[i:i+n]]
			}
		}
		if t.info != nil {
			t.classes |= t.info.classes
			if t.classes&(1<<tz.cid.capMonth) != 0 && t.classes&(1<<tz.cid.capital) == 0 {
				t.classes &^= 1 << tz.cid.month // "this may lead", "to mar": a verb
			} else if t.classes&(1<<tz.cid.capMonth) != 0 {
				t.classes &^= 1<<tz.cid.fut | 1<<tz.cid.nonfinite // "in May", "Theresa May said": the month or the name, no modal
			}
		}
		t.sent = sent
		if t.classes&(1<<tz.cid.daynum|1<<tz.cid.count) == 1<<tz.cid.daynum|1<<tz.cid.count && tz.afterMonth(dst) {
			t.classes &^= 1 << tz.cid.count // "sentenced on June 5 to 30 months": a day, no count of a range
		}
		if n := len(dst); n > 0 && (dst[n-1].classes|t.classes)&(1<<tz.cid.year) != 0 {
			tz.designation(dst, &t) // most tokens are no year, nor follow one
		}
		dst = tz.join(dst, t)
		i = t.end
		if t.kind == tokPunct && (b == '.' || b == '!' || b == '?') && !(b == '.' && tz.abbreviated(dst)) {
			sent++
		}
	}
	return dst
}

// abbreviated reports whether the dot just appended to dst closes an
// abbreviation that seldom ends a sentence: a title ("Gen.", "No. 7") or an
// initial ("John F. Kennedy").
func (tz *tokenizer) abbreviated(dst []token) bool {
	if len(dst) < 2 {
		return false
	}
	w := &dst[len(dst)-2]
	if w.kind != tokWord || w.end != dst[len(dst)-1].start {
		return false
	}
	return w.end-w.start == 1 && w.classes&(1<<tz.cid.capital) != 0 || w.classValue(tz.cid.hint) == "title"
}

// designation takes the year class from a number that opens an
// astronomer's name for a small body: the asteroids "2012 DA14" and "2024
// YR4" (a year, two capitals for when in it, a count) and the comet
// "C/2023 A3" (a letter and a slash first). t is the token about to be
// appended to dst.
func (tz *tokenizer) designation(dst []token, t *token) {
	year := uint64(1) << tz.cid.year
	n := len(dst)
	if t.kind == tokWord && n > 0 && dst[n-1].classes&year != 0 && dst[n-1].end+1 == t.start && dst[n-1].sent == t.sent {
		w := tz.text[t.start:t.end]
		k := 0
		for k < len(w) && w[k] >= 'A' && w[k] <= 'Z' {
			k++
		}
		if k == 2 && len(w) > 2 && len(w) <= 5 && isDigit(w[2]) {
			for k < len(w) && isDigit(w[k]) {
				k++
			}
			if k == len(w) {
				dst[n-1].classes &^= year
			}
		}
	}
	if t.classes&year != 0 && n > 1 && dst[n-1].end == t.start && tz.text[dst[n-1].start:dst[n-1].end] == "/" &&
		dst[n-2].end == dst[n-1].start && dst[n-2].end-dst[n-2].start == 1 && dst[n-2].classes&(1<<tz.cid.capital) != 0 {
		t.classes &^= year
	}
}

// join appends t to dst, joining "twenty four" and "twenty-four" into one
// number, and "six hundred".
func (tz *tokenizer) join(dst []token, t token) []token {
	n := len(dst)
	if n > 0 && dst[n-1].classes&(1<<tz.cid.num) != 0 {
		p := &dst[n-1]
		if m := tz.multiplier(t); m > 0 && p.kind == tokWord && p.num >= 2 && p.num < 100 && p.sent == t.sent && p.end+1 == t.start {
			p.num *= m
			p.end = t.end
			p.info = nil
			p.classes = 1<<tz.cid.num | 1<<tz.cid.count
			return dst
		}
	}
	if t.classes&(1<<tz.cid.unitnum) != 0 && n > 0 {
		p := n - 1
		if dst[p].kind == tokPunct && p > 0 && tz.text[dst[p].start] == '-' {
			p--
		}
		if dst[p].classes&(1<<tz.cid.tens) != 0 && dst[p].sent == t.sent && dst[p].end+2 >= t.start {
			u, _ := t.info.entry(tz.cid.unitnum)
			dst[p].num += u.num
			dst[p].end = t.end
			dst[p].info = nil
			dst[p].classes = 1<<tz.cid.num | 1<<tz.cid.count
			return dst[:p+1]
		}
	}
	return append(dst, t)
}

// multiplier returns 100 for the word "hundred", else 0. "two thousand"
// stays two words: "the year two thousand" is a spoken year (dates.txt).
func (tz *tokenizer) multiplier(t token) int {
	if t.kind == tokWord && t.end-t.start == 7 && strings.EqualFold(tz.text[t.start:t.end], "hundred") {
		return 100
	}
	return 0
}

// lookup finds the lexicon entry of text[i:j] lower-cased, without allocating.
func (tz *tokenizer) lookup(text string, i, j int) *wordInfo {
	if j-i > len(tz.buf) || j == i {
		return nil
	}
	if k, ok := shape(j-i, lowerByte(text[i]), lowerByte(text[j-1])); !ok || !tz.lx.maybe[k] {
		return nil
	}
	b := tz.buf[:j-i]
	for k := i; k < j; k++ {
		c := text[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[k-i] = c
	}
	return tz.lx.words[string(b)]
}

// word reads a run of letters starting at i, keeping the dot of a known
// abbreviation ("Sept.", "a.m.").
func (tz *tokenizer) word(text string, i int) token {
	j := i
	for j < len(text) {
		b := text[j]
		if isASCIILetter(b) {
			j++
			continue
		}
		if b < utf8.RuneSelf {
			break
		}
		r, n := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	if j-i <= 2 && j < len(text) && isDigit(text[j]) && text[i:j] != "FY" { // Q3, H1; "FY23" is a fiscal year, read apart
		if k, _ := digits(text, j); k-j <= 2 && (k == len(text) || !isASCIILetter(text[k])) {
			j = k
		}
	} else if j < len(text) && isDigit(text[j]) && !eraMark(text, i, j) && text[i:j] != "FY" {
		j, _ = digits(text, j) // "DISC1 may play": a name's digits count nothing
	}
	t := token{start: i, end: j, kind: tokWord}
	if j-i == 1 && j+2 <= len(text) && text[j] == '.' && isASCIILetter(text[j+1]) && (j+2 == len(text) || !isASCIILetter(text[j+2])) {
		end := j + 2 // "p.m", whose last dot a typo or the sentence's end took
		if end < len(text) && text[end] == '.' {
			end++ // a.m., p.m.
		}
		if w := tz.lookup(text, i, end); w != nil {
			t.end, t.info = end, w
		}
	}
	if t.info == nil && j < len(text) && text[j] == '.' {
		if w := tz.lookup(text, i, j+1); w != nil {
			t.end, t.info = j+1, w
		}
	}
	if t.info == nil {
		t.info = tz.lookup(text, i, j)
	}
	if b := text[i]; b >= 'A' && b <= 'Z' {
		t.classes |= 1 << tz.cid.capital
	}
	if t.info != nil {
		if e, ok := t.info.entry(tz.cid.num); ok {
			t.num = e.num
			t.classes |= 1 << tz.cid.count
		} else if e, ok := t.info.entry(tz.cid.ord); ok {
			t.num = e.num
		}
	}
	return t
}

func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
