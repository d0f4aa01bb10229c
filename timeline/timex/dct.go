package timex

import (
	"strings"
	"time"
)

// DocumentDate finds the date of a document from its text: the "date:" key
// of YAML front matter, else the first full date (day, month and year) of
// its opening lines, where bylines and datelines stand. ok is false when
// the text does not say.
func (t *Tagger) DocumentDate(text string) (time.Time, bool) {
	body := text
	if fm, rest, ok := frontMatter(text); ok {
		for _, line := range strings.Split(fm, "\n") {
			k, v, found := strings.Cut(line, ":")
			if found && strings.TrimSpace(k) == "date" {
				if d, ok := t.fullDate(strings.Trim(strings.TrimSpace(v), `"'`)); ok {
					return d, true
				}
			}
		}
		body = rest
	}
	head := body
	if n := nthIndex(body, '\n', 15); n > 0 {
		head = body[:n]
	}
	return t.fullDate(head)
}

// fullDate returns the first date of s that gives day, month and year.
func (t *Tagger) fullDate(s string) (time.Time, bool) {
	if len(s) >= 10 {
		if d, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return d, true
		}
	}
	for _, x := range t.Tag(s, time.Time{}) {
		// The date must be written out: "9/11" names a day of 2001 but is
		// no byline.
		if len(x.Value) >= 10 && x.Value[4] == '-' && x.Value[7] == '-' && writtenOut(x) {
			if d, err := time.Parse("2006-01-02", x.Value[:10]); err == nil {
				return d, true
			}
		}
	}
	return time.Time{}, false
}

// frontMatter splits "---\n...\n---\n" from the start of text.
func frontMatter(text string) (fm, rest string, ok bool) {
	if !strings.HasPrefix(text, "---\n") && !strings.HasPrefix(text, "---\r\n") {
		return "", text, false
	}
	body := text[strings.IndexByte(text, '\n')+1:]
	end := strings.Index(body, "\n---")
	if end < 0 {
		return "", text, false
	}
	rest = body[end+4:]
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[i+1:]
	}
	return body[:end], rest, true
}

// nthIndex returns the index of the n-th c in s, or -1.
func nthIndex(s string, c byte, n int) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n--
			if n == 0 {
				return i
			}
		}
	}
	return -1
}

// writtenOut reports whether x spells its year: "2021" or "'21" or a
// numeric date of three parts.
func writtenOut(x Timex) bool {
	if strings.Contains(x.Text, x.Value[:4]) {
		return true
	}
	groups, in := 0, false
	for i := 0; i < len(x.Text); i++ {
		d := x.Text[i] >= '0' && x.Text[i] <= '9'
		if d && !in {
			groups++
		}
		in = d
	}
	return groups >= 3
}
