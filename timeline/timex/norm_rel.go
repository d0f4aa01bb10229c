package timex

import (
	"strconv"
	"strings"
	"time"
)

// rel returns the offset of role r ("-1", "+1a") and whether it is
// anaphoric (counted from the narrative's last date).
func (d *doc) rel(m *match, r int) (int, bool, bool) {
	v, ok := d.str(m, r)
	if !ok {
		return 0, false, false
	}
	n, err := strconv.Atoi(strings.TrimSuffix(v, "a"))
	return n, strings.HasSuffix(v, "a"), err == nil
}

// shift is a relative expression's offset and anchor.
type shift struct {
	n        int   // offset in units: -1 last, +1 next, 0 this
	anaph    bool  // counted from the narrative
	implicit bool  // the offset is the rule's, not a word's
	a        point // anchor
	known    bool  // the anchor is known
}

// shiftOf reads the offset of a match and finds its anchor.
func (d *doc) shiftOf(m *match) (shift, bool) {
	var s shift
	var ok bool
	s.n, s.anaph, ok = d.rel(m, roleRel)
	s.implicit = !m.has(roleRel) && m.r.arg != ""
	near, report := false, false
	if s.implicit { // "the end of the year": the offset is the rule's
		arg := m.r.arg
		report = strings.HasSuffix(arg, "r") // the month a report is about
		arg = strings.TrimSuffix(arg, "r")
		near = strings.HasSuffix(arg, "n") // anaphoric only to a day near the document's
		arg = strings.TrimSuffix(strings.TrimSuffix(arg, "n"), "a")
		v, err := strconv.Atoi(arg)
		s.n, s.anaph, ok = v, near || strings.HasSuffix(m.r.arg, "a"), err == nil
	}
	need := granCentury
	if m.has(rolePod) || m.has(roleWD) {
		need = granDay
	} else if u, ok := d.str(m, roleU); ok {
		if g, ok := unitGran(unitCode(u)); ok {
			need = g
		}
	}
	s.a, s.known = d.anchorFor(s.anaph, need)
	if report && d.hasMonth {
		// "energy prices rose 6.1 percent in the month": the month the
		// report is about, the first it named, whatever it compared with
		// since ("from the figure for February")
		s.a, s.known = d.month, true
	}
	if s.anaph && s.n < 0 && d.hasDCT && s.a.start().After(d.dct) && d.tense(m.first) < 0 {
		// "volumes were up from 171 million the previous week", after a
		// quote on next week: a past deed counts back from the news day,
		// not from a time still to come.
		s.a = point{d.dct, granDay}
	}
	if near && d.hasDCT && s.a.t.Before(d.dct) && (d.tense(m.first) > 0 || d.refAside) {
		// "Arroyo was expected later in the day to inspect relief
		// efforts", after the story went back to last Thursday: what is
		// still expected happens on the news day; so does what follows a
		// quote of the day before ("up from 118.06 late Monday").
		s.a = point{d.dct, granDay}
	}
	if near && d.hasDCT && s.a.t.Sub(d.dct).Abs() > 7*24*time.Hour {
		// "On April 30, 1975, a tank crashed through the gates. Earlier in
		// the day Rubin visited a school": the news day, not history's.
		s.a = point{d.dct, granDay}
	}
	return s, ok
}

// normShift normalizes "last week", "next month", "this year", "the
// following day", "last Tuesday", "last November", "this morning".
func normShift(d *doc, m *match) (result, bool) {
	if d.prepositional(m) {
		m.first++ // "following Tuesday's raid": after the raid of Tuesday
		return normDate(d, m)
	}
	if y, ok := d.yearIsThe(m); ok {
		return d.point(m, point{day(y, 1, 1), granYear}) // "2007 will be the year of reform"
	}
	r, ok := d.shiftResult(m)
	if ok && r.resolved && m.has(roleRel) {
		s, _ := d.shiftOf(m)
		// "last October" moves the narrative, and so do a part of this year
		// the text names ("the third quarter this year", "June this year")
		// and "this year" or "this quarter" unless the narrative is in it
		// already ("rose in this quarter, after the previous quarter").
		named := m.has(roleM) || m.has(roleQ) || m.has(roleHalf) || m.has(roleSeason)
		r.deictic = !s.anaph && (s.n != 0 || named || (r.pt.gran == granYear || r.pt.gran == granQuarter) && !d.withinRef(r.pt))
	}
	return r, ok
}

// yearIsThe returns the year that "the year" at m is said to be: "1998
// was the year the market crashed", "Will 2007 be the year of the euro?",
// "2007 could be the year".
func (d *doc) yearIsThe(m *match) (int, bool) {
	i := m.first
	if m.last-i != 2 || !d.isWord(i, "the") || !d.isWord(i+1, "year") || i < 2 {
		return 0, false
	}
	if !d.isWord(i-1, "is") && !d.isWord(i-1, "was") && !d.isWord(i-1, "be") {
		return 0, false
	}
	y := i - 2
	if d.isWord(i-1, "be") && y > 0 && d.toks[y].classes&(1<<d.tg.ids.fut) != 0 {
		y-- // "2007 will be the year"
	}
	if t := &d.toks[y]; t.classes&(1<<d.tg.ids.year) != 0 {
		return t.num, true
	}
	return 0, false
}

// withinRef reports whether the narrative's date lies in p.
func (d *doc) withinRef(p point) bool {
	return d.hasRef && !d.ref.start().Before(p.start()) && !d.ref.start().After(p.end())
}

// prepositional reports whether m opens with "following" used as a
// preposition before a day or month ("following Tuesday's raid",
// "following Sept. 11"): "the following Tuesday" has its article.
func (d *doc) prepositional(m *match) bool {
	return d.isWord(m.first, "following") && (m.has(roleWD) || m.has(roleM)) && (m.first == 0 || !d.isWord(m.first-1, "the"))
}

// shiftResult is the value of a shift match, before normShift marks the
// deictic ones.
func (d *doc) shiftResult(m *match) (result, bool) {
	s, ok := d.shiftOf(m)
	switch {
	case !ok:
		return result{}, false
	case s.implicit && s.n == 0 && !m.has(roleU) && s.known && s.a.gran >= granMonth && s.a.gran <= granYear:
		return d.point(m, s.a) // "the latest period": the one the text is about
	case m.has(rolePod):
		if !s.known {
			return d.unknown(m, granDay)
		}
		if pod, ok := d.str(m, rolePod); ok && d.habitual(m) {
			return result{typ: m.r.typ, value: unknownValue(granDay) + "T" + pod}, true
		}
		n := s.n
		if n == -1 && m.last-m.first == 1 && d.isWord(m.first, "overnight") && d.tense(m.first) > 0 {
			n = 0 // "expected to make landfall overnight": the coming night
		}
		return d.point(m, point{s.a.t, granDay}.shift(n))
	case m.has(roleWD):
		wd, _ := d.num(m, roleWD)
		if !s.known {
			return result{typ: m.r.typ, value: "XXXX-WXX-" + strconv.Itoa(wd)}, true
		}
		if m.has(roleU) { // "Tuesday last week": that day of the week before
			mon := point{s.a.t, granWeek}.shift(s.n).start()
			return d.point(m, point{mon.AddDate(0, 0, wd-1), granDay})
		}
		if s.n == 0 && s.anaph && d.isWord(m.first, "that") {
			return d.point(m, nearWeekday(s.a.t, wd, 1)) // "on March 10 ... by that Friday": the one after
		}
		if s.n == 0 {
			return d.point(m, nearWeekday(s.a.t, wd, d.tense(m.first)))
		}
		if s.n == -1 && s.a.t.AddDate(0, 0, -1).Weekday() == time.Weekday(wd%7) {
			// "last Wednesday", said on a Thursday, is the week before's:
			// the day before would be "Wednesday" or "yesterday"
			return d.point(m, point{s.a.t.AddDate(0, 0, -8), granDay})
		}
		return d.point(m, nearWeekday(s.a.t.AddDate(0, 0, s.n), wd, s.n))
	}
	u, _ := d.str(m, roleU)
	if _, _, named := d.partial(m); named && (unitCode(u) == "Y" || !m.has(roleU)) {
		return d.shiftNamed(m, s)
	}
	return d.shiftUnit(m, s, u)
}

// shiftUnit moves the anchor by whole units: "last week", "the next day".
func (d *doc) shiftUnit(m *match, s shift, u string) (result, bool) {
	g, ok := unitGran(unitCode(u))
	switch {
	case !ok:
		return result{}, false
	case !s.known:
		return d.unknown(m, g)
	case g < s.a.gran && s.anaph: // "the following day" after "in 1998"
		return result{typ: m.r.typ, value: unknownValue(g)}, true
	}
	n := s.n
	if n == 1 && g == granWeek && !s.anaph && s.a.t.Weekday() == time.Monday && d.comingWord(m) {
		n = 0 // "the coming week" said on a Monday is the week just begun
	}
	if n == 0 && g == granWeek && !s.anaph && s.a.t.Weekday() == time.Sunday && d.tense(m.first) > 0 {
		n = 1 // "will report this week" said on a Sunday: the week ahead, not the one ending
	}
	p := point{s.a.t, g}.shift(n)
	if g == granQuarter && n == 0 && !s.anaph && d.hasQtr && d.topic == p.shift(-1) && d.tense(m.first) < 0 {
		// "exports increased 0.8 percent in this quarter", in a report on
		// the quarter just ended: that quarter, not the one under way
		p = d.topic
	}
	if y, ok := d.yearBefore(m.first); ok && g == granYear && (s.implicit && s.n == 0 || s.n == -1 && d.isWord(m.first, "the")) {
		// "in 2003, the year the war ended", "after 2012, the last year
		// covered by the rules": the year named, in apposition
		return d.point(m, point{day(y, 1, 1), granYear})
	}
	if s.implicit && s.n == 0 { // "the weekend": the one the tense points to
		p = pick([]point{p.shift(-1), p, p.shift(1)}, s.a.t, d.tense(m.first))
	}
	return d.point(m, p)
}

// shiftNamed finds the named month, season or quarter before or after the
// anchor: "last November", "next spring", "last year's third quarter".
func (d *doc) shiftNamed(m *match, s shift) (result, bool) {
	build, g, _ := d.partial(m)
	if !s.known {
		return d.unknownYear(m, build(2000))
	}
	y := s.a.t.Year()
	if m.has(roleU) { // counted in years
		return d.point(m, build(y+s.n))
	}
	// Two years either way: a winter starts in the December before the
	// year most of it falls in ("last winter", said in January, began two
	// Decembers back).
	cands := []point{build(y - 2), build(y - 1), build(y), build(y + 1), build(y + 2)}
	if s.n == 0 {
		if g == granSeason && cands[1].end().After(s.a.t.AddDate(0, 0, -1)) {
			return d.point(m, cands[1]) // "this winter", said in January: the one under way
		}
		return d.point(m, cands[2])
	}
	cur := point{s.a.t, g}.start()
	if s.anaph && s.a.gran > g { // "in 1978 ... the following spring": after the whole year
		for i := range cands {
			k := i
			if s.n < 0 {
				k = len(cands) - 1 - i
			}
			if c := cands[k]; s.n > 0 && c.start().After(s.a.end()) || s.n < 0 && c.end().Before(s.a.start()) {
				return d.point(m, c)
			}
		}
		return result{}, false
	}
	for i := range cands {
		k := i
		if s.n < 0 {
			k = len(cands) - 1 - i // latest first
		}
		c := cands[k]
		if s.n < 0 && g == granMonth && !c.end().Before(cur.AddDate(0, 0, -1)) && !d.periodEnd(m.first) {
			// "launched talks last October" said in November is a year
			// back (TimeBank: "last February" on 1 March), but "the 12
			// months to last March" ends with the month just gone.
			continue
		}
		if s.n < 0 && c.start().Before(cur) || s.n > 0 && c.start().After(cur) {
			return d.point(m, c)
		}
	}
	return result{}, false
}

// comingWord reports whether the offset of match m is "coming" or
// "upcoming", not "next": "next week" said on a Monday is still the week
// after.
func (d *doc) comingWord(m *match) bool {
	for k := m.first; k < m.last; k++ {
		if d.isWord(k, "coming") || d.isWord(k, "upcoming") {
			return true
		}
	}
	return false
}

// periodEnd reports whether the word before token i ends a period with
// the date: "the year to last March", "the quarter ended last June".
func (d *doc) periodEnd(i int) bool {
	return i > 0 && (d.isWord(i-1, "to") || d.isWord(i-1, "through") || d.isWord(i-1, "ended") || d.isWord(i-1, "ending") || d.isWord(i-1, "until"))
}

// yearBefore returns the year written right before token i and a comma:
// "the year" in apposition to it names it ("in 1981, the year before the
// massacre").
func (d *doc) yearBefore(i int) (int, bool) {
	if i < 2 || !d.isPunct(i-1, ',') || d.toks[i-2].sent != d.toks[i].sent {
		return 0, false
	}
	t := &d.toks[i-2]
	return t.num, t.classes&(1<<d.tg.ids.year) != 0
}

// unknown is the result of a relative expression whose anchor is unknown.
func (d *doc) unknown(m *match, g int) (result, bool) {
	return result{typ: m.r.typ, value: unknownValue(g)}, true
}

// normDayRel normalizes "yesterday", "today", "tomorrow" (and with a part
// of the day, "yesterday morning"): always from the document's date.
func normDayRel(d *doc, m *match) (result, bool) {
	n, ok := d.num(m, roleDayRel)
	if v, err := strconv.Atoi(m.r.arg); err == nil && !m.has(roleDayRel) {
		n, ok = v, true // "the day before yesterday": the rule counts the days
	}
	if !ok {
		return result{}, false
	}
	if !d.hasDCT {
		return d.unknown(m, granDay)
	}
	r, ok := d.point(m, point{d.dct, granDay}.shift(n))
	// "yesterday" moves the narrative as a named day does; "tomorrow" is
	// mostly a quoted plan, and what follows is still told of today.
	r.deictic = n <= 0
	return r, ok
}

// normWeekOn normalizes a week past a coming day of the week: "a week from
// Friday", "a week on Tuesday", "Friday week". The phrase looks ahead, so
// the day is the next one (today's, said on a Friday), and a week later.
func normWeekOn(d *doc, m *match) (result, bool) {
	wd, _ := d.num(m, roleWD)
	a, ok := d.anchor(false)
	if !ok {
		return d.unknown(m, granDay)
	}
	return d.point(m, nearWeekday(a.t, wd, 1).shift(7))
}

// normAgo normalizes counted offsets: "two days ago", "a year earlier",
// "two weeks from now"; vague counts ("years ago") are PAST_REF/FUTURE_REF.
func normAgo(d *doc, m *match) (result, bool) {
	dir, anaph, ok := d.rel(m, roleDir)
	if !m.has(roleDir) && m.r.arg != "" { // "two weeks from now"
		v, err := strconv.Atoi(m.r.arg)
		dir, ok = v, err == nil
	}
	if !ok {
		return result{}, false
	}
	u, _ := d.str(m, roleU)
	n, counted := d.num(m, roleN)
	if !counted && !m.has(roleN) && m.r.arg != "vague" {
		n, counted = 1, true // "the day before"; not "years ago"
	}
	if !counted {
		if dir < 0 {
			return result{typ: m.r.typ, value: "PAST_REF"}, true
		}
		return result{typ: m.r.typ, value: "FUTURE_REF"}, true
	}
	if m.r.arg == "thousand" {
		n *= 1000 // "two thousand years ago"
	}
	u = unitCode(u)
	g, ok := unitGran(u)
	switch u {
	case "DE":
		g, n = granYear, n*10
	case "CE":
		g, n = granYear, n*100
	case "FN": // "a fortnight ago": two weeks back
		g, n, ok = granWeek, n*2, true
	case "Y":
		if m.r.arg == "half" { // "a year and a half ago": in months
			g, n = granMonth, n*12+6
		}
	case "TH", "TM", "TS": // "an hour earlier": TimeBank keeps a duration
		return result{typ: "DURATION", value: durationValue(n, u)}, true
	}
	if !ok {
		return result{}, false
	}
	a, known := d.anchorFor(anaph, g)
	if !known {
		return d.unknown(m, g)
	}
	if u == "Y" && n == 1 && d.hasRef && d.ref.gran == granMonth && d.refSent == d.toks[m.first].sent {
		// "up 0.1 percent in October from a year earlier": the month
		// the sentence compares, a year before
		return d.point(m, d.ref.shift(dir*12))
	}
	if u == "Y" && n == 1 && d.hasQtr && !d.sentenceHas(m.first, "months") {
		// "a year ago" in a report on the third quarter: the same quarter
		// of the year before; but the year in a sentence on "the nine
		// months".
		per := 4
		if d.qtr.gran == granHalf {
			per = 2
		}
		q := d.reported()
		if d.pastBefore(m.first) && !d.qtr.start().After(d.dct) {
			q = d.qtr // "reported a loss for the first quarter, against a profit a year ago"
		}
		return d.point(m, q.shift(dir*n*per))
	}
	p := point{a.t, g}.shift(dir * n)
	if p.t.Year() < 1 {
		return result{typ: m.r.typ, value: "PAST_REF"}, true // "three thousand years ago": before the calendar's years
	}
	r, ok := d.point(m, p)
	r.deictic = !anaph
	return r, ok
}

// normRef gives the rule's constant value: PRESENT_REF, PAST_REF, FUTURE_REF.
func normRef(d *doc, m *match) (result, bool) {
	return result{typ: m.r.typ, value: m.r.arg}, true
}

// normTime normalizes clock times and parts of days, dated by the roles
// of the match or else by the document's date.
func normTime(d *doc, m *match) (result, bool) {
	switch {
	case m.has(roleDayRel):
		return normDayRel(d, m)
	case m.has(roleRel):
		return normShift(d, m)
	case m.has(roleM) || m.has(roleND) || m.has(roleWD):
		return normDate(d, m)
	}
	if _, ok := d.timeOfDay(m); !ok {
		return result{}, false
	}
	if d.hasRef && d.ref.gran == granDay && d.nearRef(m) && !d.willPassRef(m) {
		r, ok := d.point(m, d.ref) // "at 10:35 a.m." on the day the text is about
		r.resolved = false
		return r, ok
	}
	if !d.hasDCT {
		t, _ := d.timeOfDay(m)
		return result{typ: "TIME", value: "XXXX-XX-XX" + t}, true
	}
	r, ok := d.point(m, point{d.dct, granDay})
	r.resolved = false
	if ok && strings.HasSuffix(r.value, "T24:00") && d.tense(m.first) < 0 {
		// "was killed shortly after midnight", told that day: the midnight
		// gone by opened the document's day; its own end is still to come.
		r.value = strings.TrimSuffix(r.value, "T24:00") + "T00:00"
	}
	return r, ok
}

// pastBefore reports whether the nearest tense marker before token i in
// its sentence is a past one.
func (d *doc) pastBefore(i int) bool {
	for j := i - 1; j >= 0 && d.toks[j].sent == d.toks[i].sent; j-- {
		if t := d.marker(j); t != 0 {
			return t < 0
		}
	}
	return false
}

// willPassRef reports whether the clock time at m is told with "will"
// while the narrative's day lies before the document's: what is still to
// happen is not of a day gone by ("Police barred the road on Saturday
// where the cortege will pass from 0700 GMT", said on Sunday).
func (d *doc) willPassRef(m *match) bool {
	return d.hasDCT && d.ref.t.Before(d.dct) && d.tense(m.first) >= 2
}

// nearRef reports whether the narrative's last day can date a clock time
// at m: a day named a sentence or two before. A time farther on ("Bush
// admitted Wednesday ... Polling stations opened at 7:00 am") is of the
// document's day, when there is one.
func (d *doc) nearRef(m *match) bool {
	return d.toks[m.first].sent-d.refSent <= 2 || !d.hasDCT
}

// unitCode maps a unit word used as a literal in a rule ("quarter") to its
// duration letter; codes pass through.
func unitCode(u string) string {
	switch u {
	case "quarter":
		return "Q"
	case "year", "years", "season": // a sport's season is counted in years
		return "Y"
	case "month":
		return "M"
	case "week":
		return "W"
	case "weekend":
		return "WE"
	case "day", "nights": // "three nights in hospital" is three days
		return "D"
	case "second":
		return "TS"
	case "decade":
		return "DE"
	case "century":
		return "CE"
	}
	return u
}

// normSpoken normalizes years said in words: "nineteen ninety-six".
func normSpoken(d *doc, m *match) (result, bool) {
	c, ok1 := d.num(m, roleCent)
	n, ok2 := d.num(m, roleN)
	if !ok1 || !ok2 || n < 10 || n > 99 {
		return result{}, false
	}
	if c, t, _ := d.cap(m, roleN); c.tok > 0 && d.toks[c.tok-1].end == t.start {
		return result{}, false // "Twenty20" is a game of cricket
	}
	if build, _, ok := d.partial(m); ok && !m.has(roleY) {
		return d.point(m, build(c*100+n)) // "January nineteen ninety-seven"
	}
	return d.point(m, point{day(c*100+n, 1, 1), granYear})
}

// sentenceHas reports whether the sentence of token i has the word w (lower
// case).
func (d *doc) sentenceHas(i int, w string) bool {
	lo, hi := d.sentenceSpan(i, i+1)
	for j := lo; j < hi; j++ {
		if d.isWord(j, w) {
			return true
		}
	}
	return false
}

// habitual reports whether "in the morning" or "during the night" at m
// tells what happens on any such part of the day: a present "is" or
// "are" follows it closely ("In the evening the birds are healthy", "but
// in the night the police are nowhere to be seen"), or comes before it
// when no verb of the sentence dates it ("The market is quiet in the
// morning").
func (d *doc) habitual(m *match) bool {
	if m.r.arg != "0a" || m.first == 0 || !d.isAnyWord(m.first-1, "in", "during") || !d.isWord(m.first, "the") {
		return false
	}
	sent := d.toks[m.first].sent
	for k := m.last; k < len(d.toks) && k < m.last+5 && d.toks[k].sent == sent && !d.pause(k); k++ {
		if d.present(k) {
			// a subject and its present copula right after the part of the
			// day; not "is to fly" or "are expected", which plan, nor a
			// passive ("the test in the morning is followed by"), an event's
			return k+1 < len(d.toks) && d.marker(k+1) == 0 && !d.isWord(k+1, "to") && !d.participle(k+1)
		}
		if d.marker(k) != 0 {
			return false
		}
	}
	if t, v := d.tenseMark(m.first); t != 0 || v != -1 {
		return false
	}
	for k := m.first - 2; k >= 0 && k > m.first-7 && d.toks[k].sent == sent && !d.pause(k); k-- {
		if d.present(k) {
			return true
		}
		if d.marker(k) != 0 {
			return false
		}
	}
	return false
}
