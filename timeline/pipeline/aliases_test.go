package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// twoReports writes two articles that report one visit under two spellings
// of the visitor's name.
func twoReports(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"a.txt": "---\ndate: 2020-03-04\n---\nA headline\n\nForeign Minister Ana Kovac visited Oslo on Monday, her office said.\n",
		"b.txt": "---\ndate: 2020-03-05\n---\nAnother headline\n\nAnna Kovacova visited Oslo on Monday for talks on fishing rights.\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func visitSources(t *testing.T, dir string) []int {
	t.Helper()
	tl, _, err := Run(context.Background(), Config{Seeds: dir})
	if err != nil {
		t.Fatal(err)
	}
	if len(tl.Sources) != 2 {
		t.Errorf("%d sources, want 2 (the alias table is not an article)", len(tl.Sources))
	}
	var counts []int
	for _, e := range tl.Events {
		if e.Type == "visit" {
			counts = append(counts, len(e.Sources))
		}
	}
	return counts
}

func TestAliasTableMergesReports(t *testing.T) {
	dir := twoReports(t)
	if got := visitSources(t, dir); len(got) != 2 {
		t.Fatalf("without aliases: visits with sources %v, want two separate visits", got)
	}
	alias := "# one person, two spellings\nperson: Ana Kovac = Anna Kovacova\n"
	if err := os.WriteFile(filepath.Join(dir, AliasFile), []byte(alias), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := visitSources(t, dir); len(got) != 1 || got[0] != 2 {
		t.Errorf("with aliases: visits with sources %v, want one visit with two sources", got)
	}
}

func TestBrokenAliasTableNamesItsLine(t *testing.T) {
	dir := twoReports(t)
	if err := os.WriteFile(filepath.Join(dir, AliasFile), []byte("# ok\nLonely Name\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, err := Run(context.Background(), Config{Seeds: dir})
	if err == nil || !strings.Contains(err.Error(), AliasFile) || !strings.Contains(err.Error(), ":2:") {
		t.Errorf("error = %v, want one naming %s and line 2", err, AliasFile)
	}
}
