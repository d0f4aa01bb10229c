// Package timex is the temporal tagger: it finds the temporal expressions of
// English news text (TIMEX3 DATE, TIME, DURATION and SET) and normalizes them
// against the document's creation time (DCT).
//
// As in HeidelTime, the rules are resources, not code: the folder rules/
// holds a lexicon (month names, number words, units, modifiers...) and
// pattern files, one per family of expressions, embedded in the binary. A
// small engine applies them: a tokenizer gives each token its word classes,
// each rule is tried only where its first element can match, the longest
// match wins, and a normalizer named by the rule turns the match into a
// TIMEX3 value. Relative expressions count from the DCT ("yesterday", "last
// week") or from the last date the narrative named ("the next day", "a year
// earlier"); tense decides which way a bare "Friday" or "August 16" goes.
//
// Measuring:
//
//	go test ./timeline/timex/                          # the case table in testdata/cases.txt
//	go test -run xxx -bench Tag -benchtime 5x -cpu 1 ./timeline/timex/
//	go test -run xxx -fuzz FuzzTag -fuzztime 10m ./timeline/timex/
//	timeline timex --timeml IN OUT && python3 ../shared/eval/te3score.py IN OUT --errors
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
