package ingest

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/articles")

// TestGoldenArticles parses each whole article in testdata/articles (written
// for these tests) and compares a readable account of it with NAME.golden.
// Run with -update to rewrite the golden files after a deliberate change, and
// review the diff.
func TestGoldenArticles(t *testing.T) {
	files, err := filepath.Glob("testdata/articles/*.*")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, file := range files {
		if strings.HasSuffix(file, ".golden") {
			continue
		}
		n++
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			a, ws := Parse(filepath.Base(file), data)
			got := describe(a, ws)
			golden := strings.TrimSuffix(file, filepath.Ext(file)) + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from what Parse gives now:\n%s", golden, got)
			}
		})
	}
	if n < 5 {
		t.Fatalf("found %d articles in testdata/articles", n)
	}
}

// describe is a readable account of what Parse gave: facts, then each
// paragraph with its sentences, byte offsets and text.
func describe(a *Article, ws []Warning) string {
	var b strings.Builder
	for _, w := range ws {
		fmt.Fprintf(&b, "warning: %v\n", w)
	}
	if a == nil {
		b.WriteString("no article\n")
		return b.String()
	}
	m := a.Meta
	for _, f := range [][2]string{
		{"title", m.Title}, {"title from", m.TitleFrom}, {"date", dateText(m.Date)}, {"date from", m.DateFrom},
		{"url", m.URL}, {"publisher", m.Publisher}, {"publisher from", m.PublisherFrom},
		{"author", m.Author}, {"author from", m.AuthorFrom}, {"lang", m.Lang},
	} {
		if f[1] != "" {
			fmt.Fprintf(&b, "%s: %s\n", f[0], f[1])
		}
	}
	for i, p := range a.Paragraphs {
		kind := "paragraph"
		if p.Heading {
			kind = "heading"
		}
		fmt.Fprintf(&b, "\n%s %d [%d,%d)\n", kind, i, p.Start, p.End)
		for _, s := range a.Sentences {
			if s.Para == i {
				fmt.Fprintf(&b, "  [%d,%d) %q\n", s.Start, s.End, a.Text[s.Start:s.End])
			}
		}
	}
	return b.String()
}

// dateText is t as YYYY-MM-DD, or "" when unknown.
func dateText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}
