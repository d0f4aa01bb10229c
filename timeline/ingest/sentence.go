package ingest

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence splitting is rule-based and tuned to news prose: a sentence ends
// at ".", "?", "!" or an ellipsis, followed by any closing quotes or
// brackets, then white space, unless the next word starts in lower case or
// the full stop belongs to an abbreviation (data/abbreviations.txt).

// dottedLetters matches abbreviations written as letters joined by stops:
// U.S, U.K, a.m, e.g, Ph.D (the final stop is not part of the token).
var dottedLetters = regexp.MustCompile(`^\p{L}{1,3}(\.\p{L}{1,3})+$`)

// splitSentences cuts paragraph p (number para) of text into sentences.
// A heading is one sentence whatever it holds.
func splitSentences(text string, p Paragraph, para int, r *rules) []Sentence {
	var out []Sentence
	add := func(start, end int) {
		start, end = trimSpan(text, start, end)
		if start < end && hasWordChar(text[start:end]) {
			out = append(out, Sentence{Start: start, End: end, Para: para})
		}
	}
	if p.Heading {
		add(p.Start, p.End)
		return out
	}
	start := p.Start
	for i := p.Start; i < p.End; {
		c, size := utf8.DecodeRuneInString(text[i:p.End])
		if !isTerminator(c) {
			i += size
			continue
		}
		end := pastTerminator(text, i, p.End)
		if end < p.End {
			next, _ := utf8.DecodeRuneInString(text[end:p.End])
			// "...achieve…The Taliban": an ellipsis may close up to the next
			// sentence; full-width stops need no space at all.
			if !isBlank(next) && !(isEllipsis(text[i:end]) && unicode.IsUpper(next)) && !isFullWidth(c) {
				i = end
				continue
			}
		}
		if endsSentence(text, start, i, end, p.End, r) {
			add(start, end)
			start = end
		}
		i = end
	}
	add(start, p.End)
	return out
}

// isTerminator reports whether c can end a sentence: the Latin stops and
// ellipsis, the Arabic question mark, the Devanagari danda and the
// full-width stops of Chinese and Japanese.
func isTerminator(c rune) bool {
	switch c {
	case '.', '?', '!', '…', '؟', '।':
		return true
	}
	return isFullWidth(c)
}

// isFullWidth reports whether c is a full-width stop, which ends a sentence
// without a space after it.
func isFullWidth(c rune) bool {
	return c == '。' || c == '！' || c == '？'
}

// isEllipsis reports whether a terminator run opens with an ellipsis.
func isEllipsis(run string) bool {
	return strings.HasPrefix(run, "...") || strings.HasPrefix(run, "…")
}

// isCloser reports whether c closes a quotation or bracket, and so stays
// with the sentence it follows.
func isCloser(c rune) bool {
	switch c {
	case '"', '\'', '”', '’', '»', '›', ')', ']', '}', '」', '』', '）':
		return true
	}
	return false
}

// isOpener reports whether c opens a quotation or bracket.
func isOpener(c rune) bool {
	switch c {
	case '"', '\'', '“', '‘', '«', '‹', '(', '[', '{', '「', '『', '（', '„':
		return true
	}
	return false
}

// pastTerminator skips a run of terminators and closers starting at i.
func pastTerminator(text string, i, limit int) int {
	for i < limit {
		c, size := utf8.DecodeRuneInString(text[i:limit])
		if !isTerminator(c) && !isCloser(c) {
			break
		}
		i += size
	}
	return i
}

// endsSentence decides whether the terminator run text[at:end] ends the
// sentence that began at start.
func endsSentence(text string, start, at, end, limit int, r *rules) bool {
	next := nextWord(text, end, limit)
	if next == "" {
		return true
	}
	first, _ := utf8.DecodeRuneInString(next)
	if unicode.IsLower(first) {
		return false
	}
	run := text[at:end]
	if c, _ := utf8.DecodeLastRuneInString(run); isCloser(c) && c != ')' && run[0] != '.' && r.attribution(text, end, limit) {
		return false // “Why now?” Ortiz asked.
	}
	if isEllipsis(run) {
		return !unicode.IsDigit(first)
	}
	if run[0] != '.' {
		return true // ? or !
	}
	switch abbreviationClass(wordBefore(text, start, at), r) {
	case "title":
		return false
	case "other":
		return !unicode.IsDigit(first) && r.starters[trimWord(next)]
	}
	return true
}

// attribution reports whether the words after a quotation closed by its own
// "?" or "!" are a name and a verb of speech: up to four capitalised words,
// the first not a usual sentence opener ("He", "The"), then "said", "asked"
// and the like (data/speech.txt).
func (r *rules) attribution(text string, end, limit int) bool {
	for n, w := range strings.FieldsFunc(text[end:min(limit, end+120)], isBlank) {
		w = trimWord(w)
		if n > 0 && r.speech[w] {
			return true
		}
		c, _ := utf8.DecodeRuneInString(w)
		if n >= 4 || !unicode.IsUpper(c) || n == 0 && r.starters[w] {
			return false
		}
	}
	return false
}

// abbreviationClass says how the word before a full stop behaves: "title",
// "other" or "" for an ordinary word.
func abbreviationClass(w string, r *rules) string {
	switch {
	case w == "":
		return ""
	case r.titleAbbrev[w]:
		return "title"
	case r.otherAbbrev[w], dottedLetters.MatchString(w):
		return "other"
	}
	if c, size := utf8.DecodeRuneInString(w); size == len(w) && unicode.IsUpper(c) {
		return "other" // an initial: "Mark A. Milley"
	}
	return ""
}

// wordBefore is the word ending at the full stop at, without opening quotes
// or brackets.
func wordBefore(text string, start, at int) string {
	i := at
	for i > start {
		c, size := utf8.DecodeLastRuneInString(text[start:i])
		if isBlank(c) || isOpener(c) || c == '—' || c == '–' {
			break
		}
		i -= size
	}
	return text[i:at]
}

// nextWord is the next word after end (opening quotes and brackets skipped),
// or "" at the end of the paragraph.
func nextWord(text string, end, limit int) string {
	i := end
	for i < limit {
		c, size := utf8.DecodeRuneInString(text[i:limit])
		if !isBlank(c) && !isOpener(c) {
			break
		}
		i += size
	}
	j := i
	for j < limit {
		c, size := utf8.DecodeRuneInString(text[j:limit])
		if isBlank(c) {
			break
		}
		j += size
	}
	return text[i:j]
}

// trimWord drops punctuation around a word so it can be looked up.
func trimWord(w string) string {
	return strings.TrimFunc(w, func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) })
}
