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

// parseDate reads a publication date. ISO dates come first; other numeric
// dates are read day-first (the European and most of the world's order)
// unless that is impossible (a month over 12 settles it); anything else is
// handed to dateparse, read in UTC.
func parseDate(s string) (time.Time, error) {
	s = normalize(s)
	if s == "" {
		return time.Time{}, errNoLayout
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	if m := numericDate.FindStringSubmatch(s); m != nil {
		return numericYMD(m[1], m[3], m[5], m[2] == m[4])
	}
	return parseAny(weekday.ReplaceAllString(s, ""))
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
