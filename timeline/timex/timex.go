// Package timex is the temporal tagger: it finds the temporal expressions of
// English news text (TIMEX3 DATE, TIME, DURATION and SET) and normalizes them
// against the document's creation time (DCT).
package timex

import "time"

// Timex is one temporal expression found in a text.
type Timex struct {
	Start, End int    // byte offsets in the text given to Tag
	Text       string // text[Start:End]
	Type       string // DATE, TIME, DURATION or SET
	Value      string // TIMEX3 value: "2021-08-16", "2021-W35", "P3W", "PAST_REF", ...
	Mod        string // TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER, ON_OR_AFTER, ...

	// A span counted back or forward from a reference day ("the past three
	// weeks") remembers that day for Interval.
	anchor    time.Time
	anchorDir int8
}

// Interval is the span of days a temporal expression allows, both ends inclusive.
type Interval struct {
	Earliest, Latest time.Time
	// Precision is "day", "week", "month", "season", "quarter", "year",
	// "decade" or "range".
	Precision string
}
