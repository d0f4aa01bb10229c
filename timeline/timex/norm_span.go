package timex

import (
	"math"
	"strconv"
	"strings"
)

// durationValue writes n units as a TIMEX3 duration; n < 0 is "X" (vague).
func durationValue(n int, u string) string {
	count := "X"
	if n >= 0 {
		count = strconv.Itoa(n)
	}
	switch u {
	case "DE", "CE":
		if n < 0 {
			// "centuries" is PXC; "decades" is counted in years, as "two
			// decades" is P20Y ("decades-long" is PXY in AQUAINT)
			return map[bool]string{true: "PXY", false: "PXC"}[u == "DE"]
		}
		if u == "DE" {
			return "P" + strconv.Itoa(10*n) + "Y"
		}
		return "P" + strconv.Itoa(100*n) + "Y"
	case "TH", "TM", "TS":
		return "PT" + count + u[1:]
	case "FN": // a fortnight is two weeks
		if n >= 0 {
			return "P" + strconv.Itoa(2*n) + "W"
		}
		return "PXW"
	case "WE": // a weekend is two days: "a weekend" is P2D
		if n >= 0 {
			return "P" + strconv.Itoa(2*n) + "D"
		}
		return "PXD"
	case "Q": // TimeBank counts quarters in months: "the next three quarters" is P9M
		if n >= 0 {
			return "P" + strconv.Itoa(3*n) + "M"
		}
	}
	return "P" + count + u
}

// halfValue writes n and a half units: "2 1/2 years" is P2Y6M, "a minute
// and a half" PT1M30S.
func halfValue(n int, u string) (string, bool) {
	if n < 0 {
		return "", false
	}
	c := strconv.Itoa(n)
	switch u {
	case "Y":
		return "P" + c + "Y6M", true
	case "DE":
		return "P" + strconv.Itoa(10*n+5) + "Y", true
	case "CE":
		return "P" + strconv.Itoa(100*n+50) + "Y", true
	case "M":
		return "P" + c + "M15D", true
	case "W":
		return "P" + strconv.Itoa(7*n+3) + "DT12H", true
	case "D":
		return "P" + c + "DT12H", true
	case "TH":
		return "PT" + c + "H30M", true
	case "TM":
		return "PT" + c + "M30S", true
	}
	return "", false
}

// halfOf writes half a unit: "half a century" is P50Y, "half an hour"
// PT30M.
func halfOf(u string) (string, bool) {
	switch u {
	case "Y":
		return "P6M", true
	case "DE":
		return "P5Y", true
	case "CE":
		return "P50Y", true
	case "D":
		return "PT12H", true
	case "TH":
		return "PT30M", true
	case "TM":
		return "PT30S", true
	}
	return "", false
}

// normDur normalizes durations: "three weeks", "20-year", "several months";
// "the past three weeks" also records that the span ends at the reference
// day, for Interval.
func normDur(d *doc, m *match) (result, bool) {
	u, ok := d.str(m, roleU)
	u = unitCode(u) // a literal unit in a rule: "47-second"
	if !ok {
		return result{}, false
	}
	n := 1
	if m.has(roleN) {
		v, counted := d.num(m, roleN)
		n = v
		if !counted {
			n = -1
		}
	}
	if m.r.arg == "X" {
		n = -1 // "years"
	}
	if m.r.arg == "halve" && n > 0 && n%2 == 0 {
		n /= 2 // "half a dozen years"
	}
	if m.r.arg == "asmany" {
		if n, ok = d.countBefore(m.first); !ok {
			return result{}, false
		}
	}
	if scale := bigScale(m.r.arg); scale > 0 {
		return bigYears(d, m, n, scale)
	}
	r := result{typ: "DURATION", value: durationValue(n, u)}
	if r.value == "P1D" && d.someDay(m) {
		return result{typ: "DATE", value: "FUTURE_REF"}, true
	}
	if _, t, ok := d.cap(m, roleN); ok && t.kind == tokNum && t.flags == numDecimal {
		if m.r.arg != "" || u == "DE" || u == "CE" || u == "Q" {
			return result{}, false
		}
		// "11.61 seconds" is PT11.61S: the count as written.
		r.value = strings.Replace(durationValue(1, u), "1", d.text[t.start:t.end], 1)
	}
	switch m.r.arg {
	case "half":
		if r.value, ok = halfValue(n, u); !ok {
			return result{}, false
		}
	case "halfof":
		if r.value, ok = halfOf(u); !ok {
			return result{}, false
		}
	}
	if dir, anaph, ok := d.rel(m, roleRel); ok && n != 0 && dir != 0 {
		if dir > 0 && d.tense(m.first) < 0 {
			anaph = true // "fought them for the next 20 years": from the story's date
		}
		if a, known := d.anchor(anaph); known {
			r.anchor, r.anchorDir = a.t, int8(dir)
		}
	}
	return r, true
}

// someDay reports whether "one day" at m opens a sentence whose verb is
// a modal: "One day the debris could evolve into planets", "One day in
// the not too distant future we will see justice": some day ahead, no
// span. Not "One day later", nor "One day, he walked in".
func (d *doc) someDay(m *match) bool {
	if m.last-m.first != 2 || !d.isWord(m.first, "one") || !d.opensSentence(m.first) || m.first > 0 && d.isWord(m.first-1, "in") {
		return false
	}
	sent := d.toks[m.first].sent
	for k := m.last; k < len(d.toks) && k < m.last+12 && d.toks[k].sent == sent; k++ {
		switch {
		case k == m.last && (d.isAnyWord(k, "after", "before", "later", "earlier", "of", "into", "ago") || d.toks[k].classes&(1<<d.tg.ids.apos) != 0):
			return false // "One day after the attack", "One day later", "One day's delay"
		case d.modal(k):
			return true
		case d.marker(k) < 0:
			return false
		}
	}
	return false
}

// modal reports whether token j is a modal verb.
func (d *doc) modal(j int) bool {
	return d.isAnyWord(j, "will", "would", "could", "may", "might", "can", "shall", "must")
}

// normSet normalizes sets: "every week", "daily", "every Wednesday".
func normSet(d *doc, m *match) (result, bool) {
	if wd, ok := d.num(m, roleWD); ok {
		pod, _ := d.str(m, rolePod) // "Tuesday nights"
		if pod != "" {
			pod = "T" + pod
		}
		return result{typ: "SET", value: "XXXX-WXX-" + strconv.Itoa(wd) + pod}, true
	}
	if code, ok := d.str(m, roleHoliday); ok { // "every Christmas"
		switch {
		case len(code) == len("12-25") && isDigit(code[3]):
			return result{typ: "SET", value: "XXXX-" + code}, true
		case len(code) > 3 && code[2] == '-' && isDigit(code[0]):
			return result{typ: "SET", value: "XXXX-" + code[:2]}, true // "every Thanksgiving": a day of November
		}
		return result{}, false
	}
	if mo, ok := d.num(m, roleM); ok && mo >= 1 && mo <= 12 { // "each July"
		if dd, ok := d.num(m, roleD); ok && dd >= 1 && dd <= 31 {
			return result{typ: "SET", value: "XXXX-" + pad2(mo) + "-" + pad2(dd)}, true // "every Sept. 11"
		}
		return result{typ: "SET", value: "XXXX-" + pad2(mo)}, true
	}
	if dd, ok := d.num(m, roleD); ok && dd >= 1 && dd <= 31 { // "the 15th of every month"
		return result{typ: "SET", value: "XXXX-XX-" + pad2(dd)}, true
	}
	if pod, ok := d.str(m, rolePod); ok { // "every afternoon"
		return result{typ: "SET", value: "XXXX-XX-XXT" + pod}, true
	}
	if se, ok := d.str(m, roleSeason); ok { // "every summer"
		return result{typ: "SET", value: "XXXX-" + se}, true
	}
	u, ok := d.str(m, roleU)
	if !ok {
		return result{}, false
	}
	if u == "WE" {
		return result{typ: "SET", value: "XXXX-WXX-WE"}, true // "every weekend"
	}
	n := 1
	if v, ok := d.num(m, roleN); ok {
		n = v
	} else if m.r.arg == "X" {
		n = -1 // "every few years": PXY
	} else if v, err := strconv.Atoi(m.r.arg); err == nil {
		n = v // "every other year": P2Y
	}
	return result{typ: "SET", value: durationValue(n, u)}, true
}

// normalizer returns the function a rule file names.
func normalizer(name string) func(*doc, *match) (result, bool) {
	switch name {
	case "date":
		return normDate
	case "shift":
		return normShift
	case "dayrel":
		return normDayRel
	case "ago":
		return normAgo
	case "ref":
		return normRef
	case "time":
		return normTime
	case "dur":
		return normDur
	case "set":
		return normSet
	case "spoken":
		return normSpoken
	case "period":
		return normPeriod
	case "holiday":
		return normHoliday
	case "weekof":
		return normWeekOf
	case "era":
		return normEra
	case "fyear":
		return normFYear
	case "dayonly":
		return normDayOnly
	case "nthday":
		return normNthDay
	case "weekon":
		return normWeekOn
	case "none":
		return normNone
	}
	return nil
}

// normNone rejects what it matches: rules with it keep shorter rules from
// taking part of a phrase that is no time expression ("52 years old").
func normNone(d *doc, m *match) (result, bool) { return result{}, false }

// normPeriod normalizes "the quarter", "the latest period": the period the
// narrative is about; for a quarter without one, the last quarter finished
// before the document's date (the one companies report on).
//
// With a year ("the 1988 quarter") it is that period of the given year.
func normPeriod(d *doc, m *match) (result, bool) {
	last := d.toks[m.last-1]
	quarter := d.text[last.start:last.end] == "quarter"
	latest := m.last-m.first >= 2 && strings.EqualFold(d.text[d.toks[m.last-2].start:d.toks[m.last-2].end], "latest")
	var p point
	switch {
	case latest && quarter && d.hasDCT: // "the latest quarter": the last one reported
		p = point{d.dct, granQuarter}.shift(-1)
	case d.hasQtr && quarter && d.topic.gran == granQuarter:
		p = d.topic // "the third quarter ... the same as in the second quarter ... during the quarter": the third
	case d.hasRef && quarter && d.ref.gran <= granQuarter:
		p = point{d.ref.t, granQuarter}
	case d.hasRef && !quarter && d.ref.gran == granQuarter && d.hasQtr && d.topic.gran == granQuarter:
		p = d.topic // "first estimated for the period": the quarter reported on
	case d.hasRef && !quarter && d.ref.gran >= granMonth && d.ref.gran <= granHalf:
		p = d.ref
	case !quarter && d.hasQtr:
		p = d.qtr // "for the third quarter this year ... the same period last year"
	case quarter && !latest && d.hasDCT && d.quarterAhead(m.first):
		p = point{d.dct, granQuarter} // "will close by the end of the quarter": the one under way
	case (quarter || latest) && d.hasDCT: // "the latest period" of no quarter named
		p = point{d.dct, granQuarter}.shift(-1)
	case m.r.arg == "-1" && d.hasDCT: // "the same period last year" of no period named
		p = point{d.dct, granYear}
	default:
		if y, ok := d.num(m, roleY); ok {
			return d.point(m, point{day(y, 1, 1), granYear})
		}
		return result{}, false
	}
	if y, ok := d.num(m, roleY); ok {
		if p.gran == granMonth || p.gran == granHalf {
			p = point{day(y, int(p.t.Month()), 1), p.gran} // "the same month of 2001"
		} else {
			p = p.shift(4 * (y - p.start().Year())) // a quarter, four a year
		}
	}
	if m.r.arg == "-1" { // "the same period last year"
		p = point{p.t.AddDate(-1, 0, 0), p.gran}
	}
	return d.point(m, p)
}

// quarterAhead reports whether "the quarter" at token i, in a text that
// named none, lies ahead of what the sentence tells: after "ahead of", or
// in the future ("will close by the end of the quarter"). It is then the
// quarter under way, not the last one reported.
func (d *doc) quarterAhead(i int) bool {
	return i > 1 && d.isWord(i-1, "of") && d.isWord(i-2, "ahead") || d.tense(i) > 0
}

// reported is the period a financial report is about: the quarter or half
// the text named last if it had ended by the document's date, else the
// last quarter that had ("the fourth quarter" may be a forecast).
func (d *doc) reported() point {
	if !d.hasDCT || d.qtr.end().Before(d.dct) {
		return d.qtr
	}
	return point{d.dct, granQuarter}.shift(-1)
}

// bigScale is the multiplier a rule's argument names for spans counted in
// millions, "55 million years", "12.9 billion years"; 0 for any other.
func bigScale(arg string) float64 {
	switch arg {
	case "million":
		return 1e6
	case "billion":
		return 1e9
	}
	return 0
}

// bigYears values a span of millions or billions of years. The count may
// be written with decimals ("4.5 billion"); a value that is not a whole
// number of years, or that is absurdly large, is not a span.
func bigYears(d *doc, m *match, n int, scale float64) (result, bool) {
	count := float64(n)
	if _, t, ok := d.cap(m, roleN); ok && t.kind == tokNum && t.flags == numDecimal {
		f, err := strconv.ParseFloat(strings.ReplaceAll(d.text[t.start:t.end], ",", ""), 64)
		if err != nil {
			return result{}, false
		}
		count = f
	} else if n < 0 {
		return result{}, false
	}
	years := math.Round(count * scale) // 12.9 * 1e9 is not exact in binary
	if years < 1 || years > 1e12 || math.Abs(years-count*scale) > 1e-3 {
		return result{}, false
	}
	return result{typ: "DURATION", value: "P" + strconv.FormatInt(int64(years), 10) + "Y"}, true
}
