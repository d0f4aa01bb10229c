package timex

import (
	"strconv"
	"strings"
	"time"
)

// normHoliday normalizes holidays: "Christmas", "Thanksgiving Day 1999",
// "New Year's Eve". The year comes as for other partial dates.
func normHoliday(d *doc, m *match) (result, bool) {
	code, ok := d.str(m, roleHoliday)
	if m.r.arg != "" { // "Good Friday", "Election Day": the rule's code
		code, ok = m.r.arg, true
	}
	switch {
	case !ok:
		return result{}, false
	case code == "day" || code == "eve": // literal: New Year's Day/Eve, Valentine's Day
		w := d.text[d.toks[m.first].start:d.toks[m.first].end]
		switch {
		case strings.EqualFold(w, "valentine"):
			code = "02-14"
		case code == "eve":
			code = "12-31"
		default:
			code = "01-01"
		}
	}
	for k := m.first + 1; k < m.last && code == "12-25"; k++ {
		if d.isWord(k, "eve") { // "Christmas Eve", "Christmas Eve night"
			code = "12-24"
		}
	}
	if code == "07-04" && d.isWord(m.first, "independence") {
		if c, ok := d.nationDay(m.first); ok {
			code = c // "Pakistan's Independence Day"
		} else if c, ok := d.storyCountry(m.first); ok {
			code = c // "Modi addressed the nation on Independence Day" in a story on India
		}
	}
	weekend := d.isWord(m.last-1, "weekend") // "Memorial Day weekend"
	build := func(y int) point {
		if weekend {
			return weekendOf(holiday(y, code))
		}
		return point{holiday(y, code), granDay}
	}
	p, ok := d.yearly(m, build)
	if !ok {
		return d.unknownYear(m, build(2000))
	}
	return d.point(m, p)
}

// yearly returns the day of a yearly date (a holiday, "the first Sunday in
// June") that build gives for the year the text names or, failing one, for
// the year around the anchor the tense points to; false when the document's
// date is unknown.
func (d *doc) yearly(m *match, build func(y int) point) (point, bool) {
	if y, ok := d.num(m, roleY); ok {
		return build(y), true
	}
	a, ok := d.anchor(false)
	if !ok {
		return point{}, false
	}
	y := a.t.Year()
	if n, _, ok := d.rel(m, roleRel); ok {
		return build(y + n), true // "on Thanksgiving this year", "at Christmas last year"
	}
	return pick([]point{build(y - 1), build(y), build(y + 1)}, a.t, d.tense(m.first)), true
}

// weekendOf is the weekend a holiday makes long: the one before a Monday
// or Tuesday ("Labor Day weekend"), the one after a Wednesday to Friday
// ("the Thanksgiving weekend"), its own for a Saturday or Sunday.
func weekendOf(t time.Time) point {
	switch t.Weekday() {
	case time.Monday, time.Tuesday:
		t = t.AddDate(0, 0, -int(t.Weekday())-1)
	case time.Wednesday, time.Thursday, time.Friday:
		t = t.AddDate(0, 0, int(time.Saturday-t.Weekday()))
	}
	return point{t, granWeekend}
}

// holiday returns the day a holiday code names in year y; "+N" after a
// code counts N days on ("11-4-4+1", the day after Thanksgiving).
func holiday(y int, code string) time.Time {
	if base, n, ok := strings.Cut(code, "+"); ok && code[0] != 'E' {
		k, _ := strconv.Atoi(n)
		return holiday(y, base).AddDate(0, 0, k)
	}
	if code[0] == 'E' { // days counted from Easter: "E-2" Good Friday
		n, _ := strconv.Atoi(code[1:])
		return easter(y).AddDate(0, 0, n)
	}
	if code == "11-ED" { // U.S. Election Day: the Tuesday after November's first Monday
		return holiday(y, "11-1-1").AddDate(0, 0, 1)
	}
	f := strings.Split(code, "-")
	mo, _ := strconv.Atoi(f[0])
	if len(f) == 2 {
		dd, _ := strconv.Atoi(f[1])
		return day(y, mo, dd)
	}
	wd, _ := strconv.Atoi(f[2])
	if f[1] == "L" { // the last such weekday of the month
		end := day(y, mo+1, 0)
		back := (int(end.Weekday()) - wd%7 + 7) % 7
		return end.AddDate(0, 0, -back)
	}
	n, _ := strconv.Atoi(f[1])
	first := day(y, mo, 1)
	fwd := (wd%7 - int(first.Weekday()) + 7) % 7
	return first.AddDate(0, 0, fwd+7*(n-1))
}

// easter returns Easter Sunday of year y (Gregorian calendar, the
// anonymous algorithm).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	dd, e := b/4, b%4
	g := (8*b + 13) / 25
	h := (19*a + b - dd - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	mm := (a + 11*h + 19*l) / 433
	month := (h + l - 7*mm + 90) / 25
	return day(y, month, (h+l-7*mm+33*month+19)%32)
}

// nationDay returns the date of the independence day of the country named
// right before token i ("India's Independence Day", "Pakistan's 75th
// Independence Day", "the Indonesian Independence Day"), or earlier in the
// sentence before "its", "their" or "the".
func (d *doc) nationDay(i int) (string, bool) {
	k := i - 1
	if k >= 0 && d.toks[k].classes&(1<<d.tg.ids.ordnum) != 0 {
		k-- // "75th"
	}
	if k >= 1 && d.isWord(k, "s") && d.toks[k-1].classes&(1<<d.tg.ids.apos) != 0 {
		k -= 2 // "India's"
	}
	if k < 0 || d.toks[k].sent != d.toks[i].sent {
		return "", false
	}
	if d.isWord(k, "its") || d.isWord(k, "their") || d.isWord(k, "the") {
		// "Pakistan will celebrate its 75th Independence Day": the country
		// the sentence names
		for j := k - 1; j >= 0 && j >= k-12 && d.toks[j].sent == d.toks[i].sent; j-- {
			if h, ok := d.countryDay(j); ok {
				return h, true
			}
		}
		return "", false
	}
	return d.countryDay(k)
}

// storyCountry returns the independence day of the country the story is
// about when the sentence of token i names none and the story names one
// country most, and it is not the United States: the day an Indian paper
// means by "Independence Day".
func (d *doc) storyCountry(i int) (string, bool) {
	counts := map[string]int{}
	for j := range d.toks {
		if h, ok := d.countryDay(j); ok {
			if d.toks[j].sent == d.toks[i].sent {
				return h, true // "on Independence Day, India's prime minister said"
			}
			counts[h]++
		}
	}
	best, n, ties := "", 0, 0
	for h, c := range counts {
		switch {
		case c > n:
			best, n, ties = h, c, 1
		case c == n:
			ties++
		}
	}
	return best, ties == 1 && best != "07-04"
}

// countryDay returns the independence day of the country token j names.
func (d *doc) countryDay(j int) (string, bool) {
	h := d.hint(j)
	return h, len(h) == len("07-04") && h[2] == '-' && d.toks[j].classes&(1<<d.tg.ids.capital) != 0
}
