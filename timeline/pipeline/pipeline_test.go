package pipeline

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/seeds.timeline.json")

// TestSeedsGolden keeps the model of the repository's seeds under review:
// any change to what is extracted shows as a diff of the golden file.
func TestSeedsGolden(t *testing.T) {
	tl, _, err := Run(context.Background(), Config{Seeds: "../../seeds"})
	if err != nil {
		t.Fatal(err)
	}
	got, err := tl.JSON()
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "seeds.timeline.json")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./timeline/pipeline -run TestSeedsGolden -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("model of seeds/ differs from %s; review the diff and rerun with -update:\n%s",
			golden, firstDiff(string(want), string(got)))
	}
}

func TestEveryEventCitesItsSentence(t *testing.T) {
	tl, _, err := Run(context.Background(), Config{Seeds: "../../seeds"})
	if err != nil {
		t.Fatal(err)
	}
	text := map[string]string{}
	for _, s := range tl.Sources {
		text[s.Seed] = s.Text
	}
	for _, e := range tl.Events {
		if len(e.Sources) == 0 {
			t.Errorf("%s cites no source", e.ID)
		}
		for _, c := range e.Sources {
			body, ok := text[c.Seed]
			if !ok || c.Start < 0 || c.End > len(body) || body[c.Start:c.End] != c.Sentence {
				t.Errorf("%s: citation %s:%d-%d is not the sentence as it stands in the seed", e.ID, c.Seed, c.Start, c.End)
			}
		}
		if e.Date != nil {
			if err := e.Date.Validate(); err != nil {
				t.Errorf("%s: %v", e.ID, err)
			}
		}
	}
}

func TestMissingSeedsFolderIsAnError(t *testing.T) {
	if _, _, err := Run(context.Background(), Config{Seeds: filepath.Join(t.TempDir(), "none")}); err == nil {
		t.Fatal("no error for a missing seeds folder")
	}
}

func TestUndatedArticleWarns(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "x.txt"), []byte("A headline\n\nThe minister spoke on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, warnings, err := Run(context.Background(), Config{Seeds: dir})
	if err != nil {
		t.Fatal(err)
	}
	if len(warnings) != 1 || !strings.Contains(warnings[0].Error(), "x.txt") {
		t.Errorf("warnings = %v, want one naming x.txt", warnings)
	}
}

// firstDiff shows the first line where two texts differ, with its number.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("line %d:\n  want: %s\n  got:  %s", i+1, wl, gl)
		}
	}
	return ""
}
