package ingest

import (
	"strings"
	"testing"
)

// sentenceTexts is each sentence as it stands in the text.
func sentenceTexts(a *Article) []string {
	var out []string
	for _, s := range a.Sentences {
		out = append(out, a.Text[s.Start:s.End])
	}
	return out
}

// paragraphTexts is each paragraph, headings marked with a leading "# ".
func paragraphTexts(a *Article) []string {
	var out []string
	for _, p := range a.Paragraphs {
		s := a.Text[p.Start:p.End]
		if p.Heading {
			s = "# " + s
		}
		out = append(out, s)
	}
	return out
}

// mustParse parses src as seed and fails on a nil article.
func mustParse(t *testing.T, seed, src string) (*Article, []Warning) {
	t.Helper()
	a, ws := Parse(seed, []byte(src))
	if a == nil {
		t.Fatalf("Parse(%s) = nil; warnings %v", seed, ws)
	}
	checkArticle(t, a)
	return a, ws
}

// equalLines compares two lists of strings and reports the difference.
func equalLines(t *testing.T, what string, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s:\n got %q\nwant %q", what, got, want)
	}
}

// warningTexts formats warnings as "file:line: msg".
func warningTexts(ws []Warning) []string {
	var out []string
	for _, w := range ws {
		out = append(out, w.Error())
	}
	return out
}
