package timex

import (
	"testing"
	"time"
)

// FuzzTag checks that any text and document date give well-formed
// expressions: no panic, offsets inside the text and on UTF-8 boundaries,
// sorted, none overlapping another. Findings live in testdata/fuzz/FuzzTag.
func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"Since August 16, the CIA director met Baradar in Kabul.",
		"10.09.2021 Kabul -- The talks ended two days ago; next Tuesday they resume.",
		"In the fall of 2001, post-2001, the 1990s, '90s, 9/11, 5pm, 10:30 a.m. EST.",
		"---\ndate: 2021-09-11\n---\nThe past three weeks, early September, late 2020.",
		"twenty-four hours, a couple of years, Q3 2021, fiscal 1989, every Wednesday.",
	} {
		f.Add(s, int64(1631318400))
	}
	tg := New()
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		var dct time.Time
		if unix != 0 {
			dct = time.Unix(unix%(1<<36), 0).UTC()
		}
		boundary := make([]bool, len(text)+1)
		for i := range text {
			boundary[i] = true // ranging steps over whole characters and single invalid bytes
		}
		boundary[len(text)] = true
		prev := 0
		for _, x := range tg.Tag(text, dct) {
			if x.Start < prev || x.End <= x.Start || x.End > len(text) {
				t.Fatalf("bad span [%d,%d) after %d in %d bytes", x.Start, x.End, prev, len(text))
			}
			if !boundary[x.Start] || !boundary[x.End] {
				t.Fatalf("span [%d,%d) cuts a character", x.Start, x.End)
			}
			if x.Text != text[x.Start:x.End] || x.Value == "" || x.Type == "" {
				t.Fatalf("bad timex %+v", x)
			}
			x.Interval(dct)
			prev = x.End
		}
	})
}
