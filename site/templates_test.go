package site

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"timeline/templates"
)

func TestTemplatesOverrideByName(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "style.css"), []byte("body{color:red}"), 0o644)
	os.WriteFile(filepath.Join(dir, "entity.html"), []byte(`{{define "main"}}<h1>Custom {{.Entity.Name}}</h1>{{end}}`), 0o644)
	files := render(t, sampleTimeline(t), WithTemplates(dir), WithTitle("Kabul <watch>"))
	if string(files["style.css"]) != "body{color:red}" {
		t.Error("style.css was not overridden")
	}
	if p := string(files["people/william-burns.html"]); !strings.Contains(p, "<h1>Custom William Burns</h1>") {
		t.Errorf("entity.html was not overridden:\n%s", p)
	}
	if !strings.Contains(string(files["index.html"]), "Kabul &lt;watch&gt;") {
		t.Error("the built-in index.html was not used with the title escaped")
	}
	if _, err := Render(context.Background(), sampleTimeline(t), WithTemplates(filepath.Join(dir, "missing"))); err == nil {
		t.Error("a missing templates folder was accepted")
	}
}

// TestEveryTemplateIsUsed keeps the embedded set and the renderer in step.
func TestEveryTemplateIsUsed(t *testing.T) {
	known := map[string]bool{}
	for _, list := range [][]string{pageTemplates, layoutFiles, assetFiles} {
		for _, n := range list {
			known[n] = true
		}
	}
	err := fs.WalkDir(templates.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && !known[p] {
			t.Errorf("templates/%s is embedded but never used", p)
		}
		delete(known, p)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for n := range known {
		t.Errorf("templates/%s is missing", n)
	}
}
