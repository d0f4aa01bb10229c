package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeFiles creates files (path: content) under a new temporary folder.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestReadDirBadInput checks that binary, invalid UTF-8, empty and broken
// seeds are warnings naming the file and line, while the others are read,
// sorted by seed, sub-folders included and hidden files skipped.
func TestReadDirBadInput(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"b.txt":             "The mayor resigned on Friday.\n",
		"a/c.md":            "# Vote Delayed\n\nThe vote was delayed.\n",
		"a.txt":             "The port closed.\n",
		"binary.txt":        "The port\nclosed.\x00\x01\x02",
		"latin1.txt":        "First line.\nCaf\xe9 owners protested.\n",
		"utf16.txt":         "\xff\xfeT\x00h\x00e\x00",
		"empty.txt":         "",
		"blank.md":          " \n\n",
		"broken.txt":        "---\ntitle: [Vote\n---\nThe vote was delayed.\n",
		"baddate.txt":       "---\ndate: someday\n---\nThe vote was delayed.\n",
		"notes.rtf":         "The vote was delayed.\n",
		".hidden.txt":       "The vote was delayed.\n",
		".git/x.txt":        "The vote was delayed.\n",
		"furniture-only.md": "Leave a Reply\n\nBack to top button\n",
	})
	arts, ws, err := ReadDir(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	var seeds []string
	for _, a := range arts {
		seeds = append(seeds, a.Seed)
		checkArticle(t, a)
	}
	equalLines(t, "seeds", seeds, []string{"a.txt", "a/c.md", "b.txt", "baddate.txt"})
	want := []string{
		"baddate.txt:2: front matter: date: \"someday\": no known date layout fits",
		"binary.txt:2: binary data",
		"blank.md:1: no article text",
		"broken.txt:2: front matter: did not find expected",
		"empty.txt: empty file",
		"furniture-only.md:1: no article text once page furniture is left out",
		"latin1.txt:2: invalid UTF-8",
		"utf16.txt:1: UTF-16 text; save it as UTF-8",
	}
	got := warningTexts(ws)
	if len(got) != len(want) {
		t.Fatalf("warnings:\n%s", strings.Join(got, "\n"))
	}
	for i := range want {
		if !strings.HasPrefix(got[i], filepath.Join(dir, want[i])) {
			t.Errorf("warning %d = %q, want it to start %q", i, got[i], filepath.Join(dir, want[i]))
		}
	}
}

// TestReadDirErrors checks the error cases: a missing folder, a file given
// as the folder, and a cancelled context.
func TestReadDirErrors(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "The port closed.\n"})
	if _, _, err := ReadDir(context.Background(), filepath.Join(dir, "missing")); err == nil {
		t.Errorf("missing folder: no error")
	}
	if _, _, err := ReadDir(context.Background(), filepath.Join(dir, "a.txt")); err == nil {
		t.Errorf("file as folder: no error")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := ReadDir(ctx, dir); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v", err)
	}
}

// BenchmarkReadDir reads the te3-silver corpus (about 2,500 news articles)
// and reports articles and megabytes a second. Run with
//
//	go test -run '^$' -bench ReadDir ./timeline/ingest/
func BenchmarkReadDir(b *testing.B) {
	dir := corpusDir(b, "te3-silver")
	var articles, bytes int
	for b.Loop() {
		arts, _, err := ReadDir(context.Background(), dir)
		if err != nil {
			b.Fatal(err)
		}
		articles, bytes = len(arts), 0
		for _, a := range arts {
			bytes += len(a.Text)
		}
	}
	secs := b.Elapsed().Seconds()
	b.ReportMetric(float64(articles*b.N)/secs, "articles/s")
	b.ReportMetric(float64(bytes*b.N)/secs/1e6, "MB/s")
	b.SetBytes(int64(bytes))
}
