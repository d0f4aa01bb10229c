package extract

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"timeline/timeline"
	"timeline/timeline/ingest"
)

// tcase is one block of testdata/cases.txt.
type tcase struct {
	name, dct string
	paras     []string
	want      []string
	line      int
}

func readCases(t *testing.T, path string) []tcase {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []tcase
	var cur *tcase
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		key, val, ok := strings.Cut(line, ":")
		val = strings.TrimSpace(val)
		switch {
		case strings.HasPrefix(line, "#") || !ok:
		case key == "case":
			cases = append(cases, tcase{name: val, line: n})
			cur = &cases[len(cases)-1]
		case cur == nil:
			t.Fatalf("%s:%d: %q before any case", path, n, line)
		case key == "dct":
			cur.dct = val
		case key == "text":
			cur.paras = append(cur.paras, val)
		case key == "want":
			cur.want = append(cur.want, val)
		case key == "none":
		default:
			t.Fatalf("%s:%d: unknown key %q", path, n, key)
		}
	}
	return cases
}

// article builds an ingested article from paragraphs, one sentence per
// ". " so the cases need no sentence splitter.
func article(seed, dct string, paras []string) *ingest.Article {
	a := &ingest.Article{Seed: seed}
	if dct != "" && dct != "none" {
		a.Meta.Date, _ = time.Parse(timeline.DayLayout, dct)
	}
	var b strings.Builder
	for i, p := range paras {
		start := b.Len()
		for j, s := range splitSentences(p) {
			if j > 0 {
				b.WriteByte(' ')
			}
			a.Sentences = append(a.Sentences, ingest.Sentence{Start: b.Len(), End: b.Len() + len(s), Para: i})
			b.WriteString(s)
		}
		a.Paragraphs = append(a.Paragraphs, ingest.Paragraph{Start: start, End: b.Len()})
		b.WriteString("\n\n")
	}
	a.Text = b.String()
	return a
}

// splitSentences splits a paragraph at ". ", except after an
// abbreviation ("Inc. said") or an initial.
func splitSentences(p string) []string {
	var out []string
	from := 0
	for {
		i := strings.Index(p[from:], ". ")
		if i < 0 {
			return append(out, p)
		}
		i += from
		w := p[strings.LastIndexAny(p[:i], " .")+1 : i]
		if abbreviations[strings.ToLower(w)] || len(w) == 1 && w >= "A" && w <= "Z" {
			from = i + 2
			continue
		}
		out = append(out, p[:i+1])
		p, from = p[i+2:], 0
	}
}

// describe writes an event as a want line does.
func describe(e timeline.Event) string {
	var names []string
	for _, p := range e.Participants {
		names = append(names, p.Name)
	}
	place, date := e.Place, "undated"
	if place == "" {
		place = "-"
	}
	if e.Date != nil {
		date = e.Date.Earliest + ".." + e.Date.Latest
	}
	return fmt.Sprintf("%s | %s | %s | %s", e.Type, strings.Join(names, "; "), place, date)
}

// matches reports whether an event is the wanted one: same type, place and
// date, every wanted name among its participants and no name marked "!",
// and, when a fifth field is given, the same title.
func matches(e timeline.Event, want string) bool {
	f := strings.Split(want, "|")
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	if len(f) != 4 && len(f) != 5 {
		return false
	}
	got := strings.Split(describe(e), " | ")
	if got[0] != f[0] || got[2] != f[2] || got[3] != f[3] || len(f) == 5 && e.Title != f[4] {
		return false
	}
	for _, n := range strings.Split(f[1], ";") {
		n = strings.TrimSpace(n)
		absent := strings.HasPrefix(n, "!")
		found := false
		for _, p := range e.Participants {
			found = found || p.Name == strings.TrimPrefix(n, "!")
		}
		if found == absent {
			return false
		}
	}
	return true
}

func TestCases(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range readCases(t, "testdata/cases.txt") {
		t.Run(c.name, func(t *testing.T) {
			evs := Merge(x.Article(article("case.txt", c.dct, c.paras)))
			used := make([]bool, len(evs))
			for _, w := range c.want {
				ok := false
				for i, e := range evs {
					if !used[i] && matches(e, w) {
						used[i], ok = true, true
						break
					}
				}
				if !ok {
					t.Errorf("cases.txt:%d: missing %s", c.line, w)
				}
			}
			for i, e := range evs {
				if !used[i] {
					t.Errorf("cases.txt:%d: unexpected %s (%q)", c.line, describe(e), e.Title)
				}
			}
		})
	}
}
