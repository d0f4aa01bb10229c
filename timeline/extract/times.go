package extract

import (
	"strings"
	"time"

	"timeline/timeline/timex"
)

// timeSpan is a temporal expression of the article with the days it allows.
type timeSpan struct {
	Start, End int // byte offsets in the article text
	Text       string
	Value, Mod string
	Earliest   time.Time
	Latest     time.Time
	Precision  string
}

// tagger finds the temporal expressions of a text; the default is package
// timex, tests may give fixed spans.
type tagger func(text string, dct time.Time) []timeSpan

// timexTagger adapts a timex.Tagger: only expressions that fix a span of
// days are kept (not durations, sets or unanchored relative expressions).
func timexTagger(t *timex.Tagger) tagger {
	return func(text string, dct time.Time) []timeSpan {
		var out []timeSpan
		for _, x := range t.Tag(text, dct) {
			if x.Type != "DATE" && x.Type != "TIME" || strings.HasSuffix(x.Value, "_REF") {
				continue
			}
			iv, ok := x.Interval(dct)
			if !ok || iv.Earliest.IsZero() || iv.Latest.Before(iv.Earliest) {
				continue
			}
			out = append(out, timeSpan{Start: x.Start, End: x.End, Text: x.Text, Value: x.Value, Mod: x.Mod,
				Earliest: iv.Earliest, Latest: iv.Latest, Precision: iv.Precision})
		}
		return out
	}
}

// timesIn returns the spans lying inside [start, end).
func timesIn(all []timeSpan, start, end int) []timeSpan {
	var out []timeSpan
	for _, t := range all {
		if t.Start >= start && t.End <= end {
			out = append(out, t)
		}
	}
	return out
}
