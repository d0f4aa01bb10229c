package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestTimexPrintsExpressionsAsJSON(t *testing.T) {
	var out, errb bytes.Buffer
	text := "Since August 16, the envoy has met them twice, and talks resume next Tuesday."
	code := run(context.Background(), []string{"timex", "--dct", "2021-09-11"}, stdio{strings.NewReader(text), &out, &errb})
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var got []struct {
		Start, End             int
		Text, Type, Value, Mod string
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out.String())
	}
	want := map[string]string{"August 16": "2021-08-16", "next Tuesday": "2021-09-14"}
	for _, x := range got {
		if text[x.Start:x.End] != x.Text {
			t.Errorf("offsets %d-%d do not hold %q", x.Start, x.End, x.Text)
		}
		if v, ok := want[x.Text]; ok {
			if x.Value != v {
				t.Errorf("%q = %s, want %s", x.Text, x.Value, v)
			}
			delete(want, x.Text)
		}
	}
	if len(want) > 0 {
		t.Errorf("not found: %v in %s", want, out.String())
	}
}

func TestTimexBadDCTIsAUsageError(t *testing.T) {
	if code, _, _ := runTimeline(t, "timex", "--dct", "11.09.2021x"); code != exitUsage {
		t.Errorf("exit %d, want %d", code, exitUsage)
	}
}

// TestTimexTimeMLKeepsTheTextAndTagsIt runs the TimeML mode on a small
// document: the text between the tags must stay byte-identical and every
// TIMEX3 carry a tid, a type and a value.
func TestTimexTimeMLKeepsTheTextAndTagsIt(t *testing.T) {
	in, out := t.TempDir(), t.TempDir()
	doc := `<?xml version="1.0" ?>
<TimeML>
<DOCID>test_001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-03-05" temporalFunction="false" functionInDocument="CREATION_TIME">1998-03-05</TIMEX3></DCT>
<TEXT>
The minister arrived on Tuesday &amp; left two days later. Prices rose 3% last year.
</TEXT>
</TimeML>
`
	if err := os.WriteFile(filepath.Join(in, "test_001.tml"), []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runTimeline(t, "timex", "--timeml", in, out); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	data, err := os.ReadFile(filepath.Join(out, "test_001.tml"))
	if err != nil {
		t.Fatal(err)
	}
	body := textOf(t, string(data))
	tags := regexp.MustCompile(`<TIMEX3 [^>]*>`).FindAllString(body, -1)
	if len(tags) < 2 {
		t.Fatalf("want at least two TIMEX3 tags in %s", body)
	}
	for _, tag := range tags {
		for _, attr := range []string{`tid="`, `type="`, `value="`} {
			if !strings.Contains(tag, attr) {
				t.Errorf("tag %s lacks %s", tag, attr)
			}
		}
	}
	plain := regexp.MustCompile(`</?TIMEX3[^>]*>`).ReplaceAllString(body, "")
	if plain != textOf(t, doc) {
		t.Errorf("text changed:\n got %q\nwant %q", plain, textOf(t, doc))
	}
	if !strings.Contains(body, `value="1998-03-03"`) {
		t.Errorf("Tuesday before 1998-03-05 should be 1998-03-03:\n%s", body)
	}
}

func textOf(t *testing.T, doc string) string {
	t.Helper()
	m := regexp.MustCompile(`(?s)<TEXT>(.*)</TEXT>`).FindStringSubmatch(doc)
	if m == nil {
		t.Fatalf("no <TEXT> in %s", doc)
	}
	return m[1]
}

// TestTimexSkipsFrontMatter tags a seed with front matter: the date line of
// the front matter is no expression of the text, the front matter's date
// anchors the body, and offsets still index the file as given.
func TestTimexSkipsFrontMatter(t *testing.T) {
	seed := "---\ntitle: Talks resume at midday\ndate: 2021-09-11\n---\nThe envoy arrived yesterday.\n"
	name := filepath.Join(t.TempDir(), "seed.txt")
	if err := os.WriteFile(name, []byte(seed), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runTimeline(t, "timex", name)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got []struct {
		Start, End  int
		Text, Value string
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(got) != 1 || got[0].Text != "yesterday" || got[0].Value != "2021-09-10" || seed[got[0].Start:got[0].End] != "yesterday" {
		t.Errorf("got %+v, want only yesterday = 2021-09-10 at its offsets in the file", got)
	}
}
