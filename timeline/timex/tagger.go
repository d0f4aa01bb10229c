package timex

import "time"

// Tagger finds and normalizes temporal expressions. It holds only read-only
// tables, so one Tagger may be shared by goroutines.
type Tagger struct{}

// New returns a Tagger with the built-in English rules.
func New() *Tagger { return &Tagger{} }

// Tag returns the temporal expressions of text in order of position, none
// overlapping another. dct is the document creation time; the zero time means
// unknown, and then relative expressions keep relative values.
//
// SKELETON: the rules engine replaces this.
func (t *Tagger) Tag(text string, dct time.Time) []Timex { return nil }

// Interval returns the days x allows, anchored where needed to dct; false
// when x does not fix a span of days (a duration, a set, an unanchored
// relative expression).
//
// SKELETON: the rules engine replaces this.
func (x Timex) Interval(dct time.Time) (Interval, bool) { return Interval{}, false }
