package ingest

import (
	"strings"
	"testing"
)

// TestFrontMatter covers good, broken, absent and odd front matter. want
// lists the facts read as "key=value"; warn, when set, is the start of the
// one warning expected ("file:line: message").
func TestFrontMatter(t *testing.T) {
	const body = "The harbour reopened on Tuesday.\n"
	for _, c := range []struct {
		name, src string
		want      []string
		warn      string
		skipped   bool
	}{{
		name: "all known keys",
		src: "---\ntitle: Harbour reopens\ndate: 2024-03-05\nurl: https://example.org/a\n" +
			"publisher: Example Daily\nauthor: Ana Ruiz\nlang: en\n---\n" + body,
		want: []string{"title=Harbour reopens", "date=2024-03-05 (front matter)", "url=https://example.org/a",
			"publisher=Example Daily", "author=Ana Ruiz", "lang=en"},
	}, {
		name: "unknown keys ignored, quoted and unambiguous dates",
		src:  "---\nsource: XYZ123\ntags: [a, b]\ntitle: \"Quoted: title\"\ndate: 5 March 2024\n---\n" + body,
		want: []string{"title=Quoted: title", "date=2024-03-05 (front matter)"},
	}, {
		name: "day-first numeric date",
		src:  "---\ndate: 05.03.2024\n---\n" + body,
		want: []string{"date=2024-03-05 (front matter)"},
	}, {
		name: "several authors",
		src:  "---\nauthor: [Ana Ruiz, Tom Berg]\n---\n" + body,
		want: []string{"author=Ana Ruiz, Tom Berg"},
	}, {
		name: "absent",
		src:  body,
		want: nil,
	}, {
		name: "blank lines before the block",
		src:  "\n  \n---\ntitle: Harbour reopens\n---\n" + body,
		want: []string{"title=Harbour reopens"},
	}, {
		name: "empty block",
		src:  "---\n---\n" + body,
		want: nil,
	}, {
		name: "date no layout fits: warned, article still read",
		src:  "---\ntitle: Harbour reopens\ndate: the week after Easter\n---\n" + body,
		want: []string{"title=Harbour reopens"},
		warn: "a.txt:3: front matter: date: \"the week after Easter\": no known date layout fits",
	}, {
		name:    "broken YAML names the file line",
		src:     "---\ntitle: Harbour reopens\nauthor: [Ana\ndate: 2024-03-05\n---\n" + body,
		warn:    "a.txt:3: front matter: did not find expected ',' or ']'",
		skipped: true,
	}, {
		name:    "bad indentation",
		src:     "---\ntitle: Harbour\n  reopens: now\n---\n" + body,
		warn:    "a.txt:3: front matter: mapping values are not allowed",
		skipped: true,
	}, {
		name:    "unterminated quote",
		src:     "---\ntitle: Harbour\nauthor: \"Ana\nlang: en\n---\n" + body,
		warn:    "a.txt:3: front matter: found unexpected end of stream",
		skipped: true,
	}, {
		name:    "never closed",
		src:     "---\ntitle: Harbour reopens\n" + body,
		warn:    "a.txt:1: front matter opened here is never closed",
		skipped: true,
	}, {
		name:    "not a mapping",
		src:     "---\n- one\n- two\n---\n" + body,
		warn:    "a.txt:2: front matter: expected key: value lines",
		skipped: true,
	}, {
		name: "a list where one value is wanted",
		src:  "---\ntitle:\n  a: b\n---\n" + body,
		warn: "a.txt:3: front matter: title: expected a single value",
	}} {
		t.Run(c.name, func(t *testing.T) {
			a, ws := Parse("a.txt", []byte(c.src))
			checkWarning(t, ws, c.warn)
			if c.skipped {
				if a != nil {
					t.Errorf("article read despite broken front matter")
				}
				return
			}
			if a == nil {
				t.Fatalf("article not read")
			}
			equalLines(t, "facts", metaFacts(a.Meta), c.want)
			equalLines(t, "sentences", sentenceTexts(a), []string{strings.TrimSpace(body)})
		})
	}
}

// checkWarning asserts there is exactly the one warning starting with want,
// or none when want is "".
func checkWarning(t *testing.T, ws []Warning, want string) {
	t.Helper()
	got := warningTexts(ws)
	switch {
	case want == "" && len(got) > 0:
		t.Errorf("unexpected warnings %q", got)
	case want != "" && (len(got) != 1 || !strings.HasPrefix(got[0], want)):
		t.Errorf("warnings %q, want one starting %q", got, want)
	}
}

// metaFacts lists the known facts of m as "key=value", with where the date
// came from.
func metaFacts(m Meta) []string {
	var out []string
	add := func(k, v string) {
		if v != "" {
			out = append(out, k+"="+v)
		}
	}
	add("title", m.Title)
	if !m.Date.IsZero() {
		add("date", m.Date.Format("2006-01-02")+" ("+m.DateFrom+")")
	}
	add("url", m.URL)
	add("publisher", m.Publisher)
	add("author", m.Author)
	add("lang", m.Lang)
	return out
}
