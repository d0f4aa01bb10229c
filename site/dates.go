package site

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"timeline/timeline"
)

// seasons names the TIMEX3 season codes.
var seasons = map[string]string{"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}

// dateText writes a date the way its precision allows: "23 Aug 2021",
// "Aug 2021", "autumn 2001", "on or after 16 Aug 2021", "shortly before
// 11 Sep 2021", "undated". The date's mod says which bound the text fixes.
func dateText(d *timeline.Date) string {
	if d == nil {
		return "undated"
	}
	if y, ok := strings.CutPrefix(d.Value, "BC"); ok && len(y) == 4 {
		if n, err := strconv.Atoi(y); err == nil && n > 0 {
			return fmt.Sprintf("%d BC", n) // no time layout writes years before Christ
		}
	}
	e, errE := time.Parse(timeline.DayLayout, d.Earliest)
	l, errL := time.Parse(timeline.DayLayout, d.Latest)
	if errE != nil || errL != nil {
		if d.Value != "" {
			return d.Value
		}
		return "undated"
	}
	if text, ok := exactText(d, e, l); ok {
		return text
	}
	if e.Equal(l) {
		return day(e)
	}
	switch d.Mod {
	case "ON_OR_AFTER":
		return "on or after " + day(e)
	case "ON_OR_BEFORE":
		if l.Sub(e) <= 31*24*time.Hour {
			return "shortly before " + day(l)
		}
		return "by " + day(l)
	}
	return rangeText(e, l)
}

// exactText writes a date whose bounds are exactly those its value names.
func exactText(d *timeline.Date, e, l time.Time) (string, bool) {
	v := d.Value
	switch d.Precision {
	case timeline.Day:
		return day(e), e.Equal(l) && v == d.Earliest
	case timeline.Month:
		return e.Format("Jan 2006"), isMonth(e, l) && v == e.Format("2006-01")
	case timeline.Year:
		return strconv.Itoa(e.Year()), isYear(e, l) && v == e.Format("2006") // "393", not "0393"
	case timeline.Week:
		_, w := e.ISOWeek()
		return "week of " + day(e), l.Sub(e) == 6*24*time.Hour && strings.HasSuffix(v, fmt.Sprintf("W%02d", w))
	case timeline.Season:
		y, code, ok := strings.Cut(v, "-")
		return seasons[code] + " " + y, ok && seasons[code] != "" && l.Sub(e) < 100*24*time.Hour
	case timeline.Quarter:
		y, q, ok := strings.Cut(v, "-")
		return q + " " + y, ok && len(q) == 2 && q[0] == 'Q' && l.Sub(e) < 95*24*time.Hour
	case timeline.Decade:
		n, err := strconv.Atoi(v)
		return fmt.Sprintf("the %d0s", n), err == nil && len(v) == 3 && e.Year() == n*10 && l.Year() == n*10+9
	}
	return "", false
}

func isMonth(e, l time.Time) bool {
	return e.Day() == 1 && l.AddDate(0, 0, 1).Day() == 1 && e.Year() == l.Year() && e.Month() == l.Month()
}

func isYear(e, l time.Time) bool {
	return e.YearDay() == 1 && l.Month() == time.December && l.Day() == 31 && e.Year() == l.Year()
}

// day writes one day: "23 Aug 2021".
func day(t time.Time) string { return t.Format("2 Jan 2006") }

// rangeText writes a span of days as briefly as it stays clear.
func rangeText(e, l time.Time) string {
	switch {
	case isMonth(e, l):
		return e.Format("Jan 2006")
	case isYear(e, l):
		return e.Format("2006")
	case e.Year() == l.Year() && e.YearDay() == 1 && l.Month() == time.December && l.Day() == 31:
		return e.Format("2006")
	case e.Year() != l.Year() && e.YearDay() == 1 && l.Month() == time.December && l.Day() == 31:
		return fmt.Sprintf("between %d and %d", e.Year(), l.Year())
	case e.Day() == 1 && l.AddDate(0, 0, 1).Day() == 1:
		return fmt.Sprintf("between %s and %s", e.Format("Jan 2006"), l.Format("Jan 2006"))
	case e.Year() == l.Year() && e.Month() == l.Month():
		return fmt.Sprintf("between %d and %s", e.Day(), day(l))
	case e.Year() == l.Year():
		return fmt.Sprintf("between %s and %s", e.Format("2 Jan"), day(l))
	}
	return fmt.Sprintf("between %s and %s", day(e), day(l))
}

// machineDate is the value for a <time datetime> attribute, or "" when the
// date has no valid HTML form (seasons, decades, open ranges).
func machineDate(d *timeline.Date) string {
	if d == nil {
		return ""
	}
	e, errE := time.Parse(timeline.DayLayout, d.Earliest)
	l, errL := time.Parse(timeline.DayLayout, d.Latest)
	if errE != nil || errL != nil {
		return ""
	}
	switch {
	case e.Equal(l):
		return d.Earliest
	case isMonth(e, l):
		return e.Format("2006-01")
	case isYear(e, l):
		return e.Format("2006")
	}
	return ""
}

// pubDateText writes a source's publication date ("2021-09-11") for people.
func pubDateText(s string) string {
	t, err := time.Parse(timeline.DayLayout, s)
	if err != nil {
		return s
	}
	return day(t)
}

// groupKey places a dated event in the index: its year and, where the event
// lies within one month, or its value names one, or it spans at most a few
// weeks (as "on or after 16 Aug" up to an article's date does), that month.
// A date that spans years gets the span as its key ("1980–1989").
func groupKey(d *timeline.Date) (year string, month string, span bool) {
	if d == nil || len(d.Earliest) < 7 || len(d.Latest) < 7 {
		return "", "", false
	}
	if strings.HasPrefix(d.Value, "BC") {
		return dateText(d), "", false // "776 BC": a year before Christ, on its own
	}
	ey, ly := d.Earliest[:4], d.Latest[:4]
	valueMonth := len(d.Value) >= 7 && d.Value[4] == '-' && d.Value[:4] == ey && isDigits(d.Value[5:7])
	switch {
	case d.Earliest[:7] == d.Latest[:7]:
		return ey, d.Earliest[:7], false
	case valueMonth:
		return ey, d.Value[:7], false
	case shortSpan(d.Earliest, d.Latest):
		return ey, d.Earliest[:7], false
	case ey != ly:
		return ey + "–" + ly, "", true
	}
	return ey, "", false
}

// shortSpan reports whether [e, l] covers at most 45 days.
func shortSpan(e, l string) bool {
	te, err1 := time.Parse(timeline.DayLayout, e)
	tl, err2 := time.Parse(timeline.DayLayout, l)
	return err1 == nil && err2 == nil && tl.Sub(te) <= 45*24*time.Hour
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// monthLabel writes "2021-08" as "August 2021".
func monthLabel(ym string) string {
	t, err := time.Parse("2006-01", ym)
	if err != nil {
		return ym
	}
	return t.Format("January 2006")
}

// yearOrder sorts the year groups of the index: years before Christ
// ("776 BC") first, then years and spans of years ("1980–1989") by their
// first year, then "????".
func yearOrder(y string) int {
	if n, ok := strings.CutSuffix(y, " BC"); ok {
		if v, err := strconv.Atoi(n); err == nil {
			return -v
		}
	}
	if v, err := strconv.Atoi(y[:min(4, len(y))]); err == nil {
		return v
	}
	return 1 << 30
}

// yearAnchor is the index anchor of a year group: "y1980-1989", "y776-BC".
func yearAnchor(y string) string {
	return "y" + strings.NewReplacer("–", "-", " ", "-").Replace(y)
}
