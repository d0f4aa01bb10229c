package timeline

import (
	"fmt"
	"hash/fnv"
	"strings"
	"unicode"
)

// idStopwords are left out of ids: they add length, not meaning.
var idStopwords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "in": true, "on": true, "at": true,
	"to": true, "and": true, "with": true, "for": true, "by": true, "from": true,
}

// MakeID derives an event's id from its content: the year and month it
// happened (when dated) and the words of its title, e.g.
// "2021-08-burns-meets-baradar-kabul". It depends on nothing but the event, so
// rebuilding or adding unrelated seeds leaves it unchanged. Given names are
// kept only when the title has no other words to tell events apart.
func MakeID(e Event) string {
	var parts []string
	switch {
	case e.Date != nil && strings.HasPrefix(e.Date.Value, "BC"):
		parts = append(parts, strings.ToLower(e.Date.Value)) // "-0775-01-01" is 776 BC
	case e.Date != nil && len(e.Date.Earliest) >= 7:
		parts = append(parts, e.Date.Earliest[:7])
	}
	words := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(e.Title), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if idStopwords[w] || words >= 8 {
			continue
		}
		parts = append(parts, asciiFold(w))
		words++
	}
	if words == 0 {
		parts = append(parts, string(e.Type))
	}
	return strings.Join(nonEmpty(parts), "-")
}

// UniqueIDs makes ids unique: an id shared by several events gets, on every
// event but the first in timeline order, a short hash of the event's first
// citation, which is as stable as the citation itself.
func UniqueIDs(events []Event) {
	seen := map[string]bool{}
	for i := range events {
		id := events[i].ID
		if seen[id] {
			h := fnv.New32a()
			if len(events[i].Sources) > 0 {
				c := events[i].Sources[0]
				fmt.Fprintf(h, "%s:%d:%s", c.Seed, c.Start, c.Sentence)
			}
			id = fmt.Sprintf("%s-%06x", id, h.Sum32()&0xffffff)
			for n := 2; seen[id]; n++ {
				id = fmt.Sprintf("%s-%d", events[i].ID, n)
			}
			events[i].ID = id
		}
		seen[id] = true
	}
}

// asciiFold keeps ids to [a-z0-9-]: accented letters lose their accents where
// the letter is plain Latin underneath, other letters are dropped.
func asciiFold(w string) string {
	var b strings.Builder
	for _, r := range w {
		switch {
		case r < 128:
			b.WriteRune(r)
		default:
			if f, ok := latinFold[r]; ok {
				b.WriteString(f)
			}
		}
	}
	return b.String()
}

// latinFold maps common accented Latin letters to their plain form.
var latinFold = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ä': "a", 'ã': "a", 'å': "a", 'ç': "c", 'è': "e", 'é': "e",
	'ê': "e", 'ë': "e", 'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ñ': "n", 'ò': "o", 'ó': "o",
	'ô': "o", 'ö': "o", 'õ': "o", 'ø': "o", 'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ý': "y",
	'ş': "s", 'ğ': "g", 'ı': "i", 'ć': "c", 'č': "c", 'š': "s", 'ž': "z", 'ł': "l", 'ß': "ss",
}

func nonEmpty(parts []string) []string {
	out := parts[:0]
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}
