package timeline

import (
	"fmt"
	"time"
)

// Precision says how finely a date is known.
type Precision string

// The precisions of the contract, finest first.
const (
	Day     Precision = "day"
	Week    Precision = "week"
	Month   Precision = "month"
	Season  Precision = "season"
	Quarter Precision = "quarter"
	Year    Precision = "year"
	Decade  Precision = "decade"
	Range   Precision = "range"
)

// DayLayout is the layout of Earliest and Latest.
const DayLayout = "2006-01-02"

// Date bounds when an event happened: on some day in [Earliest, Latest],
// both inclusive and written YYYY-MM-DD, so that they order as strings.
type Date struct {
	// Value is the TIMEX3-style value ("2021-08-23", "2021-08", "2001-FA").
	Value     string    `json:"value"`
	Earliest  string    `json:"earliest"`
	Latest    string    `json:"latest"`
	Precision Precision `json:"precision"`
	// Mod qualifies the bounds as TIMEX3 does: "ON_OR_AFTER" when the text
	// fixes only the start ("since August 16") and Latest is the article's
	// date; "ON_OR_BEFORE" when the text fixes only the end (a past report
	// with no date of its own) and Earliest is an assumed window.
	Mod string `json:"mod,omitempty"`
	// Basis says in words why the event has this date.
	Basis string `json:"basis"`
}

// Validate reports whether the bounds are real days in order.
func (d *Date) Validate() error {
	e, err := time.Parse(DayLayout, d.Earliest)
	if err != nil {
		return fmt.Errorf("earliest: %w", err)
	}
	l, err := time.Parse(DayLayout, d.Latest)
	if err != nil {
		return fmt.Errorf("latest: %w", err)
	}
	if l.Before(e) {
		return fmt.Errorf("latest %s is before earliest %s", d.Latest, d.Earliest)
	}
	return nil
}

// Intersect returns the days both dates allow, and false when they share none.
// The result keeps d's value, precision and basis when d is the narrower.
func (d *Date) Intersect(o *Date) (*Date, bool) {
	e, l := max(d.Earliest, o.Earliest), min(d.Latest, o.Latest)
	if e > l {
		return nil, false
	}
	narrow := d
	if o.span() < d.span() {
		narrow = o
	}
	out := *narrow
	out.Earliest, out.Latest = e, l
	return &out, true
}

// span is the number of days a date allows, for choosing the narrower of two.
func (d *Date) span() int {
	e, err1 := time.Parse(DayLayout, d.Earliest)
	l, err2 := time.Parse(DayLayout, d.Latest)
	if err1 != nil || err2 != nil {
		return 1 << 30
	}
	return int(l.Sub(e).Hours()/24) + 1
}
