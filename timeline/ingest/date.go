package ingest

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/araddon/dateparse"
)

// numericDate matches an all-numeric date such as 10.09.2021, 10/9/21 or
// 2021-09-10, optionally followed by a time of day, which is ignored.
var numericDate = regexp.MustCompile(`^(\d{1,4})([./-])(\d{1,2})([./-])(\d{1,4})(?:[ T,]+\S.*)?$`)

// weekday matches a leading day name, which dateparse does not expect
// before a month name: "Friday, September 10, 2021".
var weekday = regexp.MustCompile(`(?i)^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+`)

// errNoLayout is returned when no date layout fits.
var errNoLayout = errors.New("no known date layout fits")

// textDate matches "10 Sept 2021", "10th September, 2021",
// "September 10th, 2021" and "Sept. 10 2021".
var textDate = regexp.MustCompile(`^(?:(\d{1,2})(?:st|nd|rd|th)?\.? (\pL+)|(\pL+)\.? (\d{1,2})(?:st|nd|rd|th)?)\.?,? (\d{4})$`)

// parseDate reads a publication date, which must name a day. ISO dates come
// first; other numeric dates are read day-first (the European and most of
// the world's order) unless that is impossible (a month over 12 settles
// it); then day, month name and year in either order; anything else is
// handed to dateparse, read in UTC.
func parseDate(s string) (time.Time, error) {
	s = weekday.ReplaceAllString(normalize(s), "")
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	if m := numericDate.FindStringSubmatch(s); m != nil {
		return numericYMD(m[1], m[3], m[5], m[2] == m[4])
	}
	if m := textDate.FindStringSubmatch(s); m != nil {
		day, month := m[1]+m[4], m[2]+m[3]
		return monthNameDate(day, month, m[5])
	}
	if len(digitRun.FindAllString(s, 3))+len(monthName.FindAllString(s, 1)) < 3 {
		return time.Time{}, errNoLayout // no day: "2021", "2021-09", "12:30"
	}
	return parseAny(s)
}

// monthNameDate builds a date from a day, an English month name and a year.
func monthNameDate(day, month, year string) (time.Time, error) {
	m, ok := loadRules().months[strings.ToLower(month)]
	if !ok {
		return time.Time{}, errNoLayout
	}
	d, _ := strconv.Atoi(day)
	y, _ := strconv.Atoi(year)
	return makeDate(y, m, d)
}

// numericYMD settles the order of three numbers: year first when the first
// has four digits, else day-month-year unless the month would exceed 12.
func numericYMD(a, b, c string, sameSep bool) (time.Time, error) {
	if !sameSep {
		return time.Time{}, errNoLayout
	}
	x, _ := strconv.Atoi(a)
	y, _ := strconv.Atoi(b)
	z, _ := strconv.Atoi(c)
	var year, month, day int
	switch {
	case len(a) == 4 && len(c) <= 2:
		year, month, day = x, y, z
	case len(a) <= 2 && (len(c) == 4 || len(c) == 2):
		year, month, day = z, y, x
		if y > 12 && x <= 12 {
			month, day = x, y
		}
		if len(c) == 2 {
			year += 1900
			if z < 70 {
				year += 100
			}
		}
	default:
		return time.Time{}, errNoLayout
	}
	return makeDate(year, month, day)
}

// makeDate builds a UTC date, refusing 31 February and the like instead of
// letting time.Date roll it over.
func makeDate(year, month, day int) (time.Time, error) {
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if t.Year() != year || int(t.Month()) != month || t.Day() != day {
		return time.Time{}, fmt.Errorf("%04d-%02d-%02d: %w", year, month, day, errNoLayout)
	}
	return t, nil
}

// parseAny asks dateparse, which panics on some odd inputs; a panic is just
// another date that no layout fits.
func parseAny(s string) (t time.Time, err error) {
	defer func() {
		if recover() != nil {
			t, err = time.Time{}, errNoLayout
		}
	}()
	if !strings.ContainsAny(s, "0123456789") {
		return time.Time{}, errNoLayout
	}
	t, err = dateparse.ParseIn(s, time.UTC, dateparse.RetryAmbiguousDateWithSwap(false))
	if err != nil {
		return time.Time{}, errNoLayout
	}
	return t, nil
}
