package site

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestOutDirGuard(t *testing.T) {
	home, err := os.UserHomeDir()
	if err != nil {
		t.Skip("no home folder:", err)
	}
	wd, _ := os.Getwd()
	seeds := filepath.Join(t.TempDir(), "seeds")
	module := t.TempDir()
	os.WriteFile(filepath.Join(module, "go.mod"), []byte("module x\n"), 0o644)
	notSite := t.TempDir()
	os.WriteFile(filepath.Join(notSite, "thesis.txt"), []byte("years of work"), 0o644)
	refused := map[string]string{
		"/": "root", home: "home", filepath.Dir(wd): "repository root", wd: "working directory",
		".": "working directory", "..": "repository root", seeds: "seeds", filepath.Dir(seeds): "holds the seeds",
		module: "go.mod", notSite: "not a site", "": "empty",
	}
	for dir, why := range refused {
		if err := checkOutDir(dir, seeds); err == nil {
			t.Errorf("checkOutDir(%q) allowed it (%s)", dir, why)
		}
	}
	emptyDir := t.TempDir()
	oldSite := t.TempDir()
	os.WriteFile(filepath.Join(oldSite, "index.html"), []byte("old"), 0o644)
	hidden := t.TempDir()
	os.WriteFile(filepath.Join(hidden, ".gitkeep"), nil, 0o644)
	for _, dir := range []string{filepath.Join(t.TempDir(), "new"), emptyDir, oldSite, hidden, filepath.Join(seeds + "-public")} {
		if err := checkOutDir(dir, seeds); err != nil {
			t.Errorf("checkOutDir(%q): %v", dir, err)
		}
	}
}

func TestWriteReplacesThePreviousSite(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	os.MkdirAll(out, 0o755)
	os.WriteFile(filepath.Join(out, "index.html"), []byte("old"), 0o644)
	os.WriteFile(filepath.Join(out, "stale.html"), []byte("old"), 0o644)
	if err := Write(context.Background(), sampleTimeline(t), out); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(out, "stale.html")); err == nil {
		t.Error("a file of the previous site survived")
	}
	if data, _ := os.ReadFile(filepath.Join(out, "index.html")); string(data) == "old" {
		t.Error("index.html was not replaced")
	}
	assertNoLeftovers(t, filepath.Dir(out))
}

func TestFailedWriteLeavesThePreviousSite(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	os.MkdirAll(out, 0o755)
	os.WriteFile(filepath.Join(out, "index.html"), []byte("old"), 0o644)
	broken := t.TempDir()
	os.WriteFile(filepath.Join(broken, "index.html"), []byte(`{{define "main"}}{{.Nope}`), 0o644)
	if err := Write(context.Background(), sampleTimeline(t), out, WithTemplates(broken)); err == nil {
		t.Error("a broken template did not fail the build")
	}
	// A failure while writing: a file name that cannot be written.
	if err := writeAtomically(context.Background(), Files{"index.html": []byte("new"), "../escape.html": nil}, out); err == nil {
		t.Error("an invalid file name did not fail the write")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Write(ctx, sampleTimeline(t), out); err == nil {
		t.Error("a cancelled build did not fail")
	}
	if data, _ := os.ReadFile(filepath.Join(out, "index.html")); string(data) != "old" {
		t.Errorf("the previous site was changed: index.html = %q", data)
	}
	assertNoLeftovers(t, filepath.Dir(out))
}

// assertNoLeftovers fails when temporary folders remain beside the site.
func assertNoLeftovers(t *testing.T, parent string) {
	t.Helper()
	entries, _ := os.ReadDir(parent)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") || strings.Contains(e.Name(), ".old-") {
			t.Errorf("left behind: %s", e.Name())
		}
	}
}
