package extract

import (
	"strings"
	"unicode/utf8"
)

// personName writes a person's name without honorifics or middle initials:
// "General Mark A Milley" is "Mark Milley".
func personName(toks []token, tb *tables) string {
	var parts []string
	for n, t := range toks {
		w := strings.TrimSuffix(t.Text, ".")
		if tb.honorific[t.Lower] || (utf8.RuneCountInString(w) == 1 && n > 0 && n < len(toks)-1) {
			continue
		}
		parts = append(parts, t.Text)
	}
	return strings.Join(parts, " ")
}

// roleText writes a role without honorifics and stray connectors.
func roleText(toks []token, tb *tables) string {
	var parts []string
	for _, t := range toks {
		if tb.honorific[t.Lower] {
			continue
		}
		parts = append(parts, t.Text)
	}
	for len(parts) > 0 && (parts[0] == "and" || parts[0] == "of" || parts[0] == "the") {
		parts = parts[1:]
	}
	for len(parts) > 0 && (parts[len(parts)-1] == "and" || parts[len(parts)-1] == "of") {
		parts = parts[:len(parts)-1]
	}
	return strings.Join(parts, " ")
}

// spanText joins tokens with single spaces, no space before a possessive
// or after a hyphen-less join.
func spanText(toks []token) string {
	var b strings.Builder
	for n, t := range toks {
		if n > 0 && isCurrency(toks[n-1].Text) && t.Word {
			// "$50", not "$ 50"
		} else if n > 0 && t.Word && !isPoss(t.Lower) && t.Lower != "n't" && !isOpenBracket(toks[n-1].Text) {
			b.WriteByte(' ')
		} else if n > 0 && !t.Word && !isCloser(t.Text) && !isOpenBracket(toks[n-1].Text) {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

func isCurrency(s string) bool { return s == "$" || s == "£" || s == "€" || s == "¥" }

func isCloser(s string) bool {
	switch s {
	case ",", ".", ";", ":", ")", "]", "”", "?", "!", "’", "'s", "’s", "%":
		return true
	}
	return false
}

// isInitial reports a middle initial ("A" or "A.") between two
// capitalized words: "Mark A Milley".
func isInitial(toks []token, j int) bool {
	w := strings.TrimSuffix(toks[j].Text, ".")
	return len(w) == 1 && toks[j].Cap && j > 0 && toks[j-1].Cap && j+1 < len(toks) && toks[j+1].Cap && toks[j+1].Word
}

// isPoss reports a possessive ending ("'s", or the bare "'" of "States'").
func isPoss(s string) bool { return s == "'s" || s == "'" || s == "’" }

func isOpenBracket(s string) bool { return s == "(" || s == "[" || s == "“" || s == "‘" }
