package site

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"timeline/timeline"
)

func TestRenderIsDeterministic(t *testing.T) {
	ctx := context.Background()
	a, err := Render(ctx, sampleTimeline(t), WithBaseURL("https://example.org/tl"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := Render(ctx, sampleTimeline(t), WithBaseURL("https://example.org/tl"))
	if err != nil {
		t.Fatal(err)
	}
	if len(a) != len(b) {
		t.Fatalf("renders have %d and %d files", len(a), len(b))
	}
	for name, data := range a {
		if !bytes.Equal(data, b[name]) {
			t.Errorf("%s differs between two renders", name)
		}
	}
}

func TestWriteLeavesTheSiteOnDisk(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	if err := Write(context.Background(), sampleTimeline(t), out); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"index.html", "timeline.json", "events/2021-08-burns-meets-baradar-kabul.html", "sources/001_kabul.html", "sources/regional-002_trip.html", ".nojekyll"} {
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			t.Error(err)
		}
	}
	if dir := os.Getenv("SITE_DUMP"); dir != "" {
		os.RemoveAll(dir)
		if err := Write(context.Background(), sampleTimeline(t), dir); err != nil {
			t.Fatal(err)
		}
	}
}

// render renders tl or fails the test.
func render(t testing.TB, tl *timeline.Timeline, opts ...Option) Files {
	t.Helper()
	files, err := Render(context.Background(), tl, opts...)
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func TestEmptyTimeline(t *testing.T) {
	files := render(t, &timeline.Timeline{})
	if !bytes.Contains(files["index.html"], []byte("No events yet")) {
		t.Error("an empty timeline does not say so")
	}
	for _, p := range brokenLinks(t, files) {
		t.Error(p)
	}
	for name, p := range parsePages(t, files) {
		for _, problem := range a11yProblems(p.doc) {
			t.Errorf("%s: %s", name, problem)
		}
	}
	if _, err := Render(context.Background(), nil); err == nil {
		t.Error("a nil timeline was rendered")
	}
}
