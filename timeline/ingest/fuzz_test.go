package ingest

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse feeds arbitrary bytes to Parse: it must not panic, and whatever
// it returns must keep the offsets' promises. The seed corpus is the
// articles in testdata plus a few odd inputs; explore further with
//
//	go test -run '^$' -fuzz FuzzParse ./timeline/ingest/
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/articles/*.*")
	for _, file := range files {
		if data, err := os.ReadFile(file); err == nil {
			f.Add(filepath.Base(file), data)
		}
	}
	for _, s := range []string{
		"", "\uFEFF", "---", "---\n---", "---\r\n: :\r\n---\r\n", "a.\u00a0B", "Mr.", "...", "“”.",
		"# \n\n- \n", "\r\r\r", "By \n", "Source:", "10.09.2021",
	} {
		f.Add("x.txt", []byte(s))
		f.Add("x.md", []byte(s))
	}
	f.Fuzz(func(t *testing.T, seed string, data []byte) {
		a, ws := Parse(seed, data)
		if a == nil {
			if len(ws) == 0 {
				t.Fatalf("no article and no warning")
			}
			return
		}
		if a.Text != string(data) {
			t.Fatalf("Text differs from the input")
		}
		checkArticle(t, a)
	})
}
