package timex

import (
	"strconv"
	"strings"
	"time"
)

// Interval returns the days x allows, anchored where needed to dct; false
// when x does not fix a span of days (a duration, a set, an unanchored
// relative expression).
func (x Timex) Interval(dct time.Time) (Interval, bool) {
	if x.Type == "DURATION" {
		return x.spanInterval()
	}
	if x.Type == "SET" {
		return Interval{}, false
	}
	if x.Value == "PRESENT_REF" && !dct.IsZero() {
		d := point{dct, granDay}.start()
		return Interval{d, d, "day"}, true
	}
	p, ok := parseValue(x.Value)
	if !ok {
		return Interval{}, false
	}
	iv := Interval{p.start(), p.end(), precisionName(p.gran)}
	return applyMod(iv, x.Mod, dct, p.gran)
}

// spanInterval is the interval of a duration counted from a reference day.
func (x Timex) spanInterval() (Interval, bool) {
	if x.anchorDir == 0 || x.anchor.IsZero() {
		return Interval{}, false
	}
	n, unit, ok := parseDuration(x.Value)
	if !ok {
		return Interval{}, false
	}
	a := point{x.anchor, granDay}.start()
	var far time.Time
	switch unit {
	case "D":
		far = a.AddDate(0, 0, int(x.anchorDir)*n)
	case "W":
		far = a.AddDate(0, 0, int(x.anchorDir)*7*n)
	case "M":
		far = a.AddDate(0, int(x.anchorDir)*n, 0)
	case "Y":
		far = a.AddDate(int(x.anchorDir)*n, 0, 0)
	default:
		return Interval{}, false
	}
	if x.anchorDir < 0 {
		return Interval{far, a, "range"}, true
	}
	return Interval{a, far, "range"}, true
}

// parseDuration reads "P3W" into 3 and "W".
func parseDuration(v string) (int, string, bool) {
	if len(v) < 3 || v[0] != 'P' || v[1] == 'T' {
		return 0, "", false
	}
	n, err := strconv.Atoi(v[1 : len(v)-1])
	return n, v[len(v)-1:], err == nil
}

// applyMod narrows or opens an interval by the expression's modifier.
func applyMod(iv Interval, mod string, dct time.Time, g int) (Interval, bool) {
	days := int(iv.Latest.Sub(iv.Earliest).Hours()/24) + 1
	third := days / 3
	if g == granMonth {
		third = 10
	}
	if g == granYear || g == granDecade || g == granCentury {
		months := 4 // a year's start is January to April
		if g != granYear {
			months = 36
			if g == granCentury {
				months = 360
			}
		}
		return applyMonthsMod(iv, mod, dct, months)
	}
	if third < 1 && (mod == "START" || mod == "MID" || mod == "END") {
		return iv, true // "late Thursday" is still Thursday: a day has no thirds to narrow to
	}
	switch mod {
	case "START":
		iv.Latest = iv.Earliest.AddDate(0, 0, third-1)
	case "MID":
		iv.Earliest, iv.Latest = iv.Earliest.AddDate(0, 0, third), iv.Latest.AddDate(0, 0, -third)
	case "END":
		iv.Earliest = iv.Latest.AddDate(0, 0, -(third - 1))
		if g == granMonth { // the 21st to the end
			iv.Earliest = iv.Earliest.AddDate(0, 0, 21-iv.Earliest.Day())
		}
	case "ON_OR_AFTER", "AFTER":
		if dct.IsZero() {
			return Interval{}, false
		}
		if mod == "AFTER" {
			iv.Earliest = iv.Latest.AddDate(0, 0, 1)
		}
		iv.Latest = point{dct, granDay}.start()
		if iv.Latest.Before(iv.Earliest) {
			return Interval{}, false
		}
		iv.Precision = "range"
	case "BEFORE", "ON_OR_BEFORE":
		return Interval{}, false
	}
	return iv, true
}

// applyMonthsMod narrows a long interval to its first, middle or last
// months (START, MID, END), else applies the other modifiers.
func applyMonthsMod(iv Interval, mod string, dct time.Time, months int) (Interval, bool) {
	total := (iv.Latest.Year()-iv.Earliest.Year())*12 + int(iv.Latest.Month()) - int(iv.Earliest.Month()) + 1
	switch mod {
	case "START":
		iv.Latest = iv.Earliest.AddDate(0, months, -1)
	case "MID":
		iv.Earliest = iv.Earliest.AddDate(0, (total-months)/2, 0)
		iv.Latest = iv.Earliest.AddDate(0, months, -1)
	case "END":
		iv.Earliest = iv.Latest.AddDate(0, 0, 1).AddDate(0, -months, 0)
	default:
		return applyMod(iv, mod, dct, granDay)
	}
	return iv, true
}

func precisionName(g int) string {
	switch g {
	case granDay:
		return "day"
	case granWeek:
		return "week"
	case granMonth:
		return "month"
	case granSeason:
		return "season"
	case granQuarter:
		return "quarter"
	case granYear:
		return "year"
	case granDecade:
		return "decade"
	}
	return "range"
}

// parseValue reads a TIMEX3 date value into a calendar point.
func parseValue(v string) (point, bool) {
	if i := strings.IndexByte(v, 'T'); i > 0 {
		v = v[:i]
	}
	if strings.ContainsAny(v, "X") {
		return point{}, false
	}
	num := func(s string) int {
		if s == "" {
			return -1
		}
		n := 0
		for i := 0; i < len(s); i++ { // strconv.Atoi would allocate an error for "PXY"
			if s[i] < '0' || s[i] > '9' || n > 1e8 {
				return -1
			}
			n = n*10 + int(s[i]-'0')
		}
		return n
	}
	switch {
	case len(v) == 6 && v[:2] == "BC" && num(v[2:]) > 0: // 1 BC is year 0
		return point{day(1-num(v[2:]), 1, 1), granYear}, true
	case len(v) == 2 && num(v) >= 0:
		return point{day(num(v)*100, 1, 1), granCentury}, true
	case len(v) == 3 && num(v) >= 0:
		return point{day(num(v)*10, 1, 1), granDecade}, true
	case len(v) == 4 && num(v) >= 0:
		return point{day(num(v), 1, 1), granYear}, true
	case len(v) < 7 || v[4] != '-' || num(v[:4]) < 0:
		return point{}, false
	}
	return parseSub(num(v[:4]), v[5:], num)
}

// parseSub reads the part after "YYYY-".
func parseSub(y int, s string, num func(string) int) (point, bool) {
	switch {
	case len(s) == 2 && seasonMonth(s) > 0:
		return point{day(y, seasonMonth(s), 1), granSeason}, true
	case len(s) == 2 && s[0] == 'Q' && num(s[1:]) >= 1 && num(s[1:]) <= 4:
		return point{day(y, 3*num(s[1:])-2, 1), granQuarter}, true
	case len(s) == 2 && s[0] == 'H' && num(s[1:]) >= 1 && num(s[1:]) <= 2:
		return point{day(y, 6*num(s[1:])-5, 1), granHalf}, true
	case len(s) == 2 && num(s) >= 1 && num(s) <= 12:
		return point{day(y, num(s), 1), granMonth}, true
	case len(s) >= 3 && s[0] == 'W':
		w := num(s[1:3])
		if w < 1 || w > 53 {
			return point{}, false
		}
		jan4 := day(y, 1, 4)
		p := point{jan4.AddDate(0, 0, 7*(w-1)), granWeek}
		if strings.HasSuffix(s, "-WE") {
			p.gran = granWeekend
		}
		return p, true
	case len(s) == 5 && s[2] == '-':
		m, dd := num(s[:2]), num(s[3:])
		t := day(y, m, dd)
		if m < 1 || m > 12 || t.Day() != dd {
			return point{}, false
		}
		return point{t, granDay}, true
	}
	return point{}, false
}
