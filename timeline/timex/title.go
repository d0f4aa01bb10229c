package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// quotedTitle reports whether match m lies inside a quoted title: a short
// quotation whose words are all capitalized but for small joining words,
// and which does not end as speech does (the song "Ruby Tuesday", the play
// "August: Osage County", Orwell's "1984"; not "Next Tuesday," he said).
func (d *doc) quotedTitle(m *match) bool {
	start, end := d.toks[m.first].start, d.toks[m.last-1].end
	open := lastQuote(d.text[max(0, start-60):start]) // a quote before, on the same stretch
	if open < 0 {
		return false
	}
	open += max(0, start-60)
	rest := d.text[end:min(len(d.text), end+60)]
	closeAt := firstQuote(rest)
	if closeAt < 0 {
		return false
	}
	from := open + len(quoteAt(d.text, open))
	if strings.ContainsAny(d.text[start:end], "0123456789") {
		// A year in a title is still a year ("the "1916 Rising"",
		// ""Fashion Week 2005""), unless it is the title itself: the
		// album "1989", "2001: A Space Odyssey".
		if from != start || closeAt > 0 && rest[0] != ':' {
			return false
		}
	}
	return titleLike(d.text[from : end+closeAt])
}

// lastQuote returns the index of the last straight or opening curly quote
// in s, or -1. Two plain searches: IndexAny is slow with a non-ASCII set,
// and this runs for every expression found.
func lastQuote(s string) int {
	return max(strings.LastIndexByte(s, '"'), strings.LastIndex(s, "“"))
}

// firstQuote returns the index of the first straight or closing curly
// quote in s, or -1.
func firstQuote(s string) int {
	i, j := strings.IndexByte(s, '"'), strings.Index(s, "”")
	if i < 0 || j >= 0 && j < i {
		return j
	}
	return i
}

// quoteAt returns the quote character that starts s[i:].
func quoteAt(s string, i int) string {
	_, n := utf8.DecodeRuneInString(s[i:])
	return s[i : i+n]
}

// titleLike reports whether s reads as a title: words that each start with
// a capital or a digit, or are short joining words, and no ending or comma
// of a spoken sentence.
func titleLike(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s, ",\n") || strings.ContainsAny(s[len(s)-1:], ".!?;") {
		return false
	}
	for i, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			continue
		}
		if i == 0 || !smallWord(strings.ToLower(w)) {
			return false
		}
	}
	return true
}

// smallWord reports whether w is a word titles leave in lower case.
func smallWord(w string) bool {
	switch w {
	case "a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "with", "from", "by", "&":
		return true
	}
	return false
}
