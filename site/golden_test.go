package site

import (
	"bytes"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden instead of comparing with them")

const goldenDir = "testdata/golden"

// TestGolden renders the sample timeline and compares every file with
// testdata/golden; go test ./site -run TestGolden -update rewrites them, so
// each change to the output is a reviewed diff.
func TestGolden(t *testing.T) {
	files := render(t, sampleTimeline(t), WithBaseURL("https://example.org/timeline/"))
	if *update {
		if err := os.RemoveAll(goldenDir); err != nil {
			t.Fatal(err)
		}
		for name, data := range files {
			p := filepath.Join(goldenDir, filepath.FromSlash(name))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return
	}
	seen := map[string]bool{}
	err := fs.WalkDir(os.DirFS(goldenDir), ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		seen[name] = true
		want, err := os.ReadFile(filepath.Join(goldenDir, filepath.FromSlash(name)))
		if err != nil {
			return err
		}
		got, ok := files[name]
		switch {
		case !ok:
			t.Errorf("%s is no longer rendered (go test ./site -run TestGolden -update)", name)
		case !bytes.Equal(got, want):
			t.Errorf("%s differs from %s (go test ./site -run TestGolden -update, then review the diff)", name, goldenDir)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for name := range files {
		if !seen[name] {
			t.Errorf("%s is new: not in %s (go test ./site -run TestGolden -update)", name, goldenDir)
		}
	}
}
