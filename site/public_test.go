package site

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readSite loads a site from disk as Files.
func readSite(t *testing.T, dir string) Files {
	t.Helper()
	files := Files{}
	err := fs.WalkDir(os.DirFS(dir), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		files[p], err = os.ReadFile(filepath.Join(dir, filepath.FromSlash(p)))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestPublicSite holds the committed site built from seeds/ to the same
// bar as the sample: links, structure, escaping of scripts, and weight (the
// index with its assets under 100 KB, scripts under 20 KB).
func TestPublicSite(t *testing.T) {
	dir := filepath.Join("..", "public")
	if _, err := os.Stat(filepath.Join(dir, "index.html")); err != nil {
		t.Skip("no built site in public/")
	}
	files := readSite(t, dir)
	for _, p := range brokenLinks(t, files) {
		t.Error(p)
	}
	for name, p := range parsePages(t, files) {
		for _, problem := range a11yProblems(p.doc) {
			t.Errorf("%s: %s", name, problem)
		}
	}
	index := 0
	for _, n := range []string{"index.html", "style.css", "timeline.js", "favicon.svg"} {
		index += len(files[n])
	}
	if index > 100<<10 {
		t.Errorf("public/index.html with its assets weighs %d bytes, want under 100 KB", index)
	}
	scripts := 0
	for name, data := range files {
		if strings.HasSuffix(name, ".js") {
			scripts += len(data)
		}
	}
	if scripts > 20<<10 {
		t.Errorf("scripts weigh %d bytes, want under 20 KB", scripts)
	}
	t.Logf("public/: %d files; index with assets %d bytes; scripts %d bytes", len(files), index, scripts)
}
