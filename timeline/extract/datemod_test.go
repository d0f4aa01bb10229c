package extract

import (
	"testing"

	"timeline/timeline"
)

// TestDateModSaysWhichBoundTheTextFixes checks the TIMEX3-style value and
// mod of dates that the text fixes at one end only.
func TestDateModSaysWhichBoundTheTextFixes(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		para             string
		value, mod       string
		earliest, latest string
	}{
		{"Since March 3, the Ruritanian foreign minister Olga Brand has met Ivo Sestak in Vienna.",
			"2024-03-03", "ON_OR_AFTER", "2024-03-03", "2024-03-20"},
		{"The Ruritanian foreign minister Olga Brand met Ivo Sestak in Vienna.",
			"2024-03-20", "ON_OR_BEFORE", "2024-03-06", "2024-03-20"},
		{"On March 3, the Ruritanian foreign minister Olga Brand met Ivo Sestak in Vienna.",
			"2024-03-03", "", "2024-03-03", "2024-03-03"},
	}
	for _, c := range cases {
		evs := x.Article(article("a.txt", "2024-03-20", []string{"A headline", c.para}))
		var got *timeline.Date
		for _, e := range evs {
			if e.Type == timeline.Meeting {
				got = e.Date
			}
		}
		if got == nil {
			t.Errorf("%q: no dated meeting in %v", c.para, evs)
			continue
		}
		if got.Value != c.value || got.Mod != c.mod || got.Earliest != c.earliest || got.Latest != c.latest {
			t.Errorf("%q: date %s %s [%s, %s], want %s %s [%s, %s]", c.para,
				got.Value, got.Mod, got.Earliest, got.Latest, c.value, c.mod, c.earliest, c.latest)
		}
	}
}
