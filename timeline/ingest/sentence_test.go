package ingest

import (
	"os"
	"strings"
	"testing"
)

// sentenceCase is one case of testdata/sentences.txt.
type sentenceCase struct {
	line int
	para string
	want []string
}

// readSentenceCases reads testdata/sentences.txt (format in its header).
func readSentenceCases(t *testing.T) []sentenceCase {
	t.Helper()
	b, err := os.ReadFile("testdata/sentences.txt")
	if err != nil {
		t.Fatal(err)
	}
	var cases []sentenceCase
	for i, l := range strings.Split(string(b), "\n") {
		switch {
		case l == "" || strings.HasPrefix(l, "#"):
		case strings.HasPrefix(l, "= "):
			if len(cases) == 0 {
				t.Fatalf("testdata/sentences.txt:%d: sentence before any paragraph", i+1)
			}
			c := &cases[len(cases)-1]
			c.want = append(c.want, l[2:])
		default:
			cases = append(cases, sentenceCase{line: i + 1, para: l})
		}
	}
	return cases
}

// TestSplitSentences runs every case of testdata/sentences.txt through the
// splitter, checking the sentences by their offsets in the paragraph.
func TestSplitSentences(t *testing.T) {
	r := loadRules()
	cases := readSentenceCases(t)
	if len(cases) < 10 {
		t.Fatalf("read %d cases from testdata/sentences.txt", len(cases))
	}
	for _, c := range cases {
		p := Paragraph{Start: 0, End: len(c.para)}
		var got []string
		for _, s := range splitSentences(c.para, p, 0, r) {
			got = append(got, c.para[s.Start:s.End])
		}
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("testdata/sentences.txt:%d: %q\n got: %q\nwant: %q", c.line, c.para, got, c.want)
		}
	}
}

// TestHeadingIsOneSentence checks that a heading is never split.
func TestHeadingIsOneSentence(t *testing.T) {
	text := "Gen. Ortiz Speaks. Crowds Listen"
	got := splitSentences(text, Paragraph{End: len(text), Heading: true}, 3, loadRules())
	if len(got) != 1 || got[0].Start != 0 || got[0].End != len(text) || got[0].Para != 3 {
		t.Errorf("heading split into %+v", got)
	}
}
