package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// chunk is a candidate paragraph before clean-up: [start, end) in the text.
type chunk struct {
	start, end int
	heading    bool
}

// textChunks cuts plain text from offset from into chunks: blocks between
// blank lines, and within a block each line on its own when the lines read
// as separate paragraphs (one paragraph a line, no blank line between).
func textChunks(text string, from int) []chunk {
	var out []chunk
	var block []line
	flush := func() {
		if len(block) == 0 {
			return
		}
		if len(block) > 1 && headingAbove(text, block) {
			out = append(out, lineChunk(text, block[0]))
			block = block[1:]
		}
		if len(block) == 1 || separateLines(text, block) {
			for _, l := range block {
				out = append(out, lineChunk(text, l))
			}
		} else {
			out = append(out, chunk{start: block[0].start, end: block[len(block)-1].end})
		}
		block = block[:0]
	}
	for _, l := range splitLines(text, from) {
		if isBlankText(text[l.start:l.end]) {
			flush()
			continue
		}
		block = append(block, l)
	}
	flush()
	return out
}

// headingAbove reports whether the first line of a block is a heading set
// directly above its paragraph ("Floods" over the text): it looks like a
// heading and is much shorter than the line below, where the first line of
// a wrapped paragraph is about as long as the next.
func headingAbove(text string, block []line) bool {
	first := trimmedLine(text, block[0])
	next := trimmedLine(text, block[1])
	return looksLikeHeading(first) && !endsWithStop(first) &&
		utf8.RuneCountInString(first)*5 <= utf8.RuneCountInString(next)*3
}

// trimmedLine is the line without blank runes at either end.
func trimmedLine(text string, l line) string {
	start, end := trimSpan(text, l.start, l.end)
	return text[start:end]
}

// lineChunk is a line standing alone: a heading if it looks like one.
func lineChunk(text string, l line) chunk {
	return chunk{start: l.start, end: l.end, heading: looksLikeHeading(trimmedLine(text, l))}
}

// separateLines reports whether the lines of a block are paragraphs of their
// own rather than one paragraph wrapped at a fixed width. They are when no
// line carries on in lower case from the one before and either the lines
// are longer than any wrapping width, or each line but the last ends a
// sentence, stands as a heading or is a list item.
func separateLines(text string, block []line) bool {
	ended, longest := 0, 0
	for i, l := range block[:len(block)-1] {
		s := trimmedLine(text, l)
		next := trimmedLine(text, block[i+1])
		if c, _ := utf8.DecodeRuneInString(next); unicode.IsLower(c) {
			return false
		}
		longest = max(longest, utf8.RuneCountInString(s))
		switch {
		case endsWithStop(s), isListItem(s) && isListItem(next):
			ended++
		case looksLikeHeading(s):
		default:
			ended = -len(block)
		}
	}
	return longest > wrapWidth || ended*2 >= len(block)-1
}

// wrapWidth is the longest line, in runes, that text wrapped at a fixed
// width has; a block with longer lines holds a paragraph a line.
const wrapWidth = 120

// isListItem reports whether s starts with a list marker: "- ", "* ", "• ",
// "1. " or "1) ".
func isListItem(s string) bool {
	for _, m := range []string{"- ", "* ", "• ", "– ", "— "} {
		if strings.HasPrefix(s, m) {
			return true
		}
	}
	i := 0
	for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(s) && (s[i] == '.' || s[i] == ')') && s[i+1] == ' '
}

// endsWithStop reports whether s ends as a sentence or clause does: with
// ".", "?", "!", "…", ":" or ";", perhaps inside closing quotes.
func endsWithStop(s string) bool {
	s = strings.TrimRightFunc(s, isCloser)
	c, _ := utf8.DecodeLastRuneInString(s)
	return isTerminator(c) || c == ':' || c == ';'
}

// isJoiner reports whether a heading would not end on w; a line ending on
// one is the first half of a wrapped sentence.
func isJoiner(w string) bool {
	switch strings.ToLower(w) {
	case "the", "a", "an", "of", "and", "or", "to", "with", "in", "on", "for", "by", "at", "from", "that", "as", "but":
		return true
	}
	return false
}

// looksLikeHeading reports whether a line standing alone is a title or
// sub-heading: short, starting with a capital or digit, not ending like a
// sentence or clause ("?" and "!" are allowed when most words are
// capitalised, as in "Taliban v Daesh-K?").
func looksLikeHeading(s string) bool {
	if len(s) > 600 || countWords(s, 21) > 20 {
		return false // longer than 150 runes or 20 words
	}
	ws := words(s)
	if len(ws) == 0 || len(ws) > 20 || utf8.RuneCountInString(s) > 150 || !hasWordChar(s) {
		return false
	}
	first := []rune(strings.TrimLeftFunc(s, isOpener))
	if len(first) == 0 || !(unicode.IsUpper(first[0]) || unicode.IsDigit(first[0])) {
		return false
	}
	if isJoiner(trimWord(ws[len(ws)-1])) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(s, isCloser))
	switch last {
	case '.', ',', ';', ':', '…', '-', '–', '—':
		return false
	case '?', '!':
		return mostlyCapitalised(ws)
	}
	return true
}

// mostlyCapitalised reports whether at least half the words begin with a
// capital letter or digit.
func mostlyCapitalised(ws []string) bool {
	n := 0
	for _, w := range ws {
		c, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(w, isOpener))
		if unicode.IsUpper(c) || unicode.IsDigit(c) {
			n++
		}
	}
	return n*2 >= len(ws)
}
