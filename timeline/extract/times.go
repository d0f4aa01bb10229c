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
	// Duration is the ISO 8601 length of a duration ("P3Y"), which has no
	// days of its own; "three years later" dates by it from an anchor.
	Duration string
	// NoPrep marks a time that dates the event as it is, whatever
	// preposition stands before it ("since 1974 when troops invaded").
	NoPrep bool
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
			if x.Type == "DURATION" {
				out = append(out, timeSpan{Start: x.Start, End: x.End, Text: x.Text, Duration: x.Value})
				continue
			}
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

// timesIn returns the spans lying inside [start, end): the dates, then
// the durations.
func timesIn(all []timeSpan, start, end int) (dates, durs []timeSpan) {
	for _, t := range all {
		switch {
		case t.Start < start || t.End > end:
		case t.Duration != "":
			durs = append(durs, t)
		default:
			dates = append(dates, t)
		}
	}
	return dates, durs
}
