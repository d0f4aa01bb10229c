package ingest

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// corpusDir is a folder of real news in ../shared/corpora beside the
// repository, or "" (and the test skipped) when it is not there.
func corpusDir(tb testing.TB, name string) string {
	tb.Helper()
	_, file, _, _ := runtime.Caller(0)
	root := filepath.Join(filepath.Dir(file), "..", "..")
	dir := filepath.Join(root, "..", "shared", "corpora", name)
	if _, err := os.Stat(dir); err != nil {
		tb.Skipf("corpus %s not found beside the repository (%v); skipping", name, err)
	}
	return dir
}

// TestCorpora reads thousands of real news articles: none may give a
// warning, and every sentence must be non-empty, within the text, inside its
// paragraph, in order and free of surrounding white space.
func TestCorpora(t *testing.T) {
	for _, name := range []string{"tbaq-text", "te3-silver"} {
		t.Run(name, func(t *testing.T) {
			dir := corpusDir(t, name)
			arts, warns, err := ReadDir(context.Background(), dir)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range warns {
				t.Errorf("warning: %v", w)
			}
			if len(arts) < 100 {
				t.Fatalf("read %d articles, want hundreds", len(arts))
			}
			for _, a := range arts {
				checkArticle(t, a)
			}
		})
	}
}

// checkArticle asserts the invariants every article must keep.
func checkArticle(t *testing.T, a *Article) {
	t.Helper()
	if len(a.Sentences) == 0 {
		t.Errorf("%s: no sentences", a.Seed)
	}
	prevEnd := 0
	for i, p := range a.Paragraphs {
		if p.Start < prevEnd || p.End <= p.Start || p.End > len(a.Text) {
			t.Errorf("%s: paragraph %d [%d,%d) out of order or bounds", a.Seed, i, p.Start, p.End)
			return
		}
		prevEnd = p.End
	}
	prevEnd = 0
	for i, s := range a.Sentences {
		if s.Para < 0 || s.Para >= len(a.Paragraphs) {
			t.Errorf("%s: sentence %d in paragraph %d of %d", a.Seed, i, s.Para, len(a.Paragraphs))
			return
		}
		p := a.Paragraphs[s.Para]
		if s.Start < prevEnd || s.End <= s.Start || s.Start < p.Start || s.End > p.End {
			t.Errorf("%s: sentence %d [%d,%d) not inside paragraph [%d,%d) or out of order", a.Seed, i, s.Start, s.End, p.Start, p.End)
			return
		}
		if text := a.Text[s.Start:s.End]; text != normalizeEnds(text) {
			t.Errorf("%s: sentence %d %q has white space at an end", a.Seed, i, text)
		}
		prevEnd = s.End
	}
}

// normalizeEnds trims blank runes from both ends.
func normalizeEnds(s string) string {
	start, end := trimSpan(s, 0, len(s))
	return s[start:end]
}
