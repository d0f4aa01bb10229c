package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isBlank reports whether r is white space for our purposes: Unicode space
// (which covers the no-break space U+00A0 and CR) plus the zero-width
// characters that editors leave behind (a stray byte-order mark, U+200B).
func isBlank(r rune) bool {
	if r < 0x80 {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r) || r == '\uFEFF' || r == '\u200B' || r == '\u2060'
}

// trimSpan narrows [start, end) of text so that it neither begins nor ends
// with blank runes. An all-blank span comes back empty (start == end).
func trimSpan(text string, start, end int) (int, int) {
	for start < end {
		r, size := utf8.DecodeRuneInString(text[start:end])
		if !isBlank(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !isBlank(r) {
			break
		}
		end -= size
	}
	return start, end
}

// line is one line of the file, [start, end) without its line end ("\n" or
// "\r\n").
type line struct {
	start, end int
}

// splitLines cuts text[from:] into lines, offsets into text.
func splitLines(text string, from int) []line {
	var out []line
	for from < len(text) {
		var l line
		l, from = nextLine(text, from)
		out = append(out, l)
	}
	return out
}

// nextLine is the line starting at from, and where the next one starts.
func nextLine(text string, from int) (line, int) {
	end, next := len(text), len(text)
	if nl := strings.IndexByte(text[from:], '\n'); nl >= 0 {
		end = from + nl
		next = end + 1
	}
	if end > from && text[end-1] == '\r' {
		end--
	}
	return line{from, end}, next
}

// isBlankText reports whether s holds nothing but blank runes.
func isBlankText(s string) bool {
	return strings.TrimFunc(s, isBlank) == ""
}

// normalize collapses every run of blank runes (no-break spaces included) to
// one ASCII space and trims the ends, so patterns can be written plainly.
// Text that is already so comes back as it is, without a copy.
func normalize(s string) string {
	if isNormal(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if isBlank(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// isNormal reports whether normalize would leave s unchanged: no blank
// other than single ASCII spaces between other runes.
func isNormal(s string) bool {
	prevBlank := true // at the start, a blank would be leading
	for _, r := range s {
		blank := isBlank(r)
		if blank && (r != ' ' || prevBlank) {
			return false
		}
		prevBlank = blank
	}
	return !prevBlank || s == ""
}

// lineAt is the 1-based line number of byte offset off in text.
func lineAt(text string, off int) int {
	if off > len(text) {
		off = len(text)
	}
	return 1 + strings.Count(text[:off], "\n")
}

// hasWordChar reports whether s holds at least one letter or digit.
func hasWordChar(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool {
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}) >= 0
}

// words splits s on blank runes.
func words(s string) []string {
	return strings.FieldsFunc(s, isBlank)
}

// countWords counts the words of s, stopping at limit.
func countWords(s string, limit int) int {
	n := 0
	in := false
	for _, r := range s {
		if isBlank(r) {
			in = false
			continue
		}
		if !in {
			n++
			if n >= limit {
				return n
			}
		}
		in = true
	}
	return n
}
