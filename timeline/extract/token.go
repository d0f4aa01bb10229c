package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or a punctuation mark of a sentence.
type token struct {
	Start, End int    // byte offsets in the article text
	Text       string // as written
	Lower      string
	Word       bool // letters or digits
	Cap        bool // a word starting with a capital
	Upper      bool // a word with a capital anywhere ("al-Qaeda", "McCain")
}

// abbreviations keep their final dot, so the dot is not read as a full stop.
var abbreviations = map[string]bool{
	"gen": true, "lt": true, "col": true, "maj": true, "capt": true, "adm": true, "sgt": true,
	"dr": true, "mr": true, "mrs": true, "ms": true, "prof": true, "rev": true, "sen": true,
	"rep": true, "gov": true, "st": true, "jr": true, "sr": true, "hon": true, "no": false,
	"inc": true, "corp": true, "co": true, "ltd": true, "vs": true, "mt": true, "ft": true,
}

// tokenize splits text[start:end] into tokens with offsets into text.
func tokenize(text string, start, end int) []token {
	var toks []token
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			j := scanWord(text, i, end)
			toks = appendWord(toks, text, i, j, end)
			i = toks[len(toks)-1].End
		case (r == '`' || r == '\'') && i+1 < end && text[i+1] == text[i]:
			toks = append(toks, token{Start: i, End: i + 2, Text: text[i : i+2], Lower: text[i : i+2]})
			i += 2
		default:
			toks = append(toks, token{Start: i, End: i + n, Text: text[i : i+n], Lower: text[i : i+n]})
			i += n
		}
	}
	return toks
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// scanWord returns the end of the word starting at i: letters and digits,
// joined by single hyphens, apostrophes, dots, slashes or ampersands that
// have a letter or digit after them ("al-Qaeda", "U.S", "9/11", "AT&T").
func scanWord(text string, i, end int) int {
	j := i
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:end])
		if isWordRune(r) {
			j += n
			continue
		}
		if r == ',' && j > i && text[j-1] >= '0' && text[j-1] <= '9' && j+3 < end && allDigits(text[j+1:j+4]) &&
			(j+4 == end || !isWordRune(rune(text[j+4]))) {
			j += 4 // "40,000"
			continue
		}
		if r == '-' || r == '\'' || r == '’' || r == '.' || r == '/' || r == '&' {
			r2, _ := utf8.DecodeRuneInString(text[j+n : end])
			if j+n < end && isWordRune(r2) {
				j += n
				continue
			}
		}
		break
	}
	return j
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// appendWord appends the word text[i:j], splitting off a possessive "'s" and
// a negative "n't", and keeping an abbreviation's or an initial's dot.
func appendWord(toks []token, text string, i, j, end int) []token {
	w := text[i:j]
	lw := strings.ToLower(w)
	for _, suf := range []string{"'s", "’s", "n't", "n’t"} {
		if strings.HasSuffix(lw, suf) && len(w) > len(suf) {
			k := j - len(suf)
			toks = append(toks, makeWord(text, i, k))
			return append(toks, makeWord(text, k, j))
		}
	}
	if j < end && text[j] == '.' {
		base := strings.ToLower(strings.ReplaceAll(w, ".", ""))
		single := utf8.RuneCountInString(w) == 1 && unicode.IsUpper([]rune(w)[0])
		if abbreviations[base] || single || strings.Contains(w, ".") {
			j++
		}
	}
	return append(toks, makeWord(text, i, j))
}

func makeWord(text string, i, j int) token {
	w := text[i:j]
	t := token{Start: i, End: j, Text: w, Lower: strings.ToLower(w), Word: true}
	r, _ := utf8.DecodeRuneInString(w)
	t.Cap = unicode.IsUpper(r)
	t.Upper = strings.IndexFunc(w, unicode.IsUpper) >= 0
	if strings.HasPrefix(t.Lower, "’") {
		t.Lower = "'" + t.Lower[len("’"):]
	}
	t.Lower = strings.ReplaceAll(t.Lower, "’", "'")
	return t
}

// isQuote reports whether a token opens or closes a quotation.
func isQuote(s string) bool {
	switch s {
	case "\"", "“", "”", "«", "»", "„", "``", "''":
		return true
	}
	return false
}

// isClauseMark reports punctuation that ends a clause segment.
func isClauseMark(s string) bool {
	switch s {
	case ",", ";", ":", "—", "–", "(", ")", "[", "]", "?", "!":
		return true
	}
	return false
}
