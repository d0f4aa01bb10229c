package timex

import (
	"strconv"
	"strings"
	"time"
)

// normDate normalizes calendar dates, whole or partial: "August 16, 2021",
// "16.08.2021", "October 2020", "2018", "the 1990s", "the fall of 2001",
// "the third quarter", "Wednesday". A missing year comes from the anchor
// and the tense.
func normDate(d *doc, m *match) (result, bool) {
	if m.r.arg == "H" && !d.yearHalf(m) {
		return result{}, false // "scored in the second half"
	}
	if m.r.arg == "open" && m.first > 0 && d.toks[m.first-1].sent == d.toks[m.first].sent {
		return result{}, false // only a sentence's first word: "Women's March was"
	}
	if m.has(roleND) {
		return d.numericDate(m)
	}
	if c, ok := d.num(m, roleCent); ok {
		return d.point(m, point{day(c*100-100, 1, 1), granCentury})
	}
	if dec, ok := d.num(m, roleDec); ok {
		_, t, _ := d.cap(m, roleDec)
		if dec%10 == 0 && dec < 200 && t.kind == tokNum && t.end-t.start == 5 {
			return d.point(m, point{day(dec*10, 1, 1), granCentury}) // "the 1800s": a century, as "the 2000s" is not
		}
		if t.classes&(1<<d.tg.ids.shortDecade) != 0 && d.temperature(m.first) {
			return result{}, false // "highs will be in the 90s"
		}
		return d.point(m, point{day(dec*10, 1, 1), granDecade})
	}
	build, g, ok := d.partial(m)
	if !ok {
		if m.has(roleWD) {
			return d.weekday(m)
		}
		return result{}, false
	}
	if y, ok := d.num(m, roleY); ok {
		if g == granYear && d.decimalRangeEnd(m.first) {
			return result{}, false // "quoted at 1.1712-1714 dollars": the end of a range of prices
		}
		if g == granYear && y < earlyYear && m.last-m.first == 1 && d.numberBeforeNoun(m) {
			return result{}, false // "sold 1200 shares", "a 1040 form": a count or a code
		}
		p := build(y)
		if g == granDay && p.t.Day() != dayOf(d, m) {
			return result{}, false // February 30
		}
		if g == granDay {
			d.named = append(d.named, p)
		}
		return d.point(m, p)
	}
	a, ok := d.anchor(false)
	if !ok {
		return d.unknownYear(m, build(2000))
	}
	base := a.t.Year()
	tense := d.dateTense(m, g)
	if y, ok := d.contextYear(m, build, g, base, tense); ok {
		return d.point(m, build(y))
	}
	if (g == granQuarter || g == granHalf) && d.released(m.first) {
		// "will report its fourth-quarter results", said in March: the
		// figures of a period are made public once it is over, so never
		// of one still to begin
		y := base
		for build(y).start().After(a.t) {
			y-- // a quarter not begun yet is last year's; one under way will be reported on once over
		}
		return d.point(m, build(y))
	}
	cands := []point{build(base - 1), build(base), build(base + 1)}
	if wd, ok := d.num(m, roleWD); ok && g == granDay {
		cands = sameWeekday(cands, wd) // "Saturday, April 25" is of a year when it was a Saturday
	}
	p := pick(cands, a.t, tense)
	if g == granQuarter && tense <= 0 && p.start().After(a.t) && d.listedAfter(m, build) {
		// "grew 1.6 percent in the third quarter, compared with 2.6 percent
		// in the second quarter and 5.6 percent in the first quarter": an
		// earlier quarter listed after one, in no future, is of its year
		p = build(d.qtr.t.Year())
	}
	return d.point(m, p)
}

// listedAfter reports whether the quarter at m follows, in the same
// sentence, a quarter that comes later in the calendar year: "in the
// second quarter and ... in the first quarter".
func (d *doc) listedAfter(m *match, build func(int) point) bool {
	return d.hasQtr && d.qtr.gran == granQuarter && d.qtrSent == d.toks[m.first].sent && build(d.qtr.t.Year()).t.Before(d.qtr.t)
}

// released reports whether the period at token i is the object of a verb
// that makes its figures public, maybe over an article or possessive or
// "results for": "will report its fourth-quarter results", "to post
// first-half profit", "will report results for the April-June quarter".
func (d *doc) released(i int) bool {
	v := i - 1
	if v > 0 && (d.toks[v].classes&(1<<d.tg.ids.det) != 0 || d.isWord(v, "its") || d.isWord(v, "their")) {
		v--
	}
	if v > 1 && d.isWord(v, "for") && (d.isWord(v-1, "results") || d.isWord(v-1, "earnings") || d.isWord(v-1, "figures")) {
		v -= 2 // "will report results for the April-June quarter"
	}
	return v >= 0 && d.hint(v) == "release"
}

// dateTense is the tense that places a partial date of granularity g
// before or after its anchor: the sentence's (tenseMark), made surer or
// weaker by what stands around the date.
func (d *doc) dateTense(m *match, g int) int {
	tense, verb := d.tenseMark(m.first)
	switch {
	case (g == granDay || g == granMonth) && m.last < len(d.toks) && d.hint(m.last) == "mishap":
		tense = -3 // "spoke about the March 13 killing", said in December: no one plans a killing
	case tense <= 0 && g != granYear && d.dateSetFor(m.first) && !d.hadNear(m.first):
		tense = 1 // "set a trial date for late September", said in March: a date fixed lies ahead
	case tense == -1 && d.opensSentence(m.first):
		tense = -3 // "On Jan. 9, a jet crashed": the date the sentence tells of, surely gone by
	case tense == -1 && g == granMonth && verb >= 0 && verb < m.first && m.first-verb <= 12 && !d.isReporting(verb) &&
		!d.isWord(m.first-1, "for") && !d.isWord(m.first-1, "to"):
		// "took power after an election win in January", said in December:
		// a deed done, not a report of a plan (as "told of a cut in
		// September" in August may be), nor a time set for later ("placed
		// orders for November"; after "until" or "by" the date already
		// lies ahead).
		tense = -2
	case g != granDay && m.first > 1 && d.isWord(m.first-1, "in") && d.isWord(m.first-2, "than"):
		tense = -2 // "fewer are employed now than in February": a figure compared with is known
	case tense == -1 && (g == granMonth || g == granDay) && d.subjectVerb(m, verb) && !d.isWord(m.first-1, "for"):
		// "The last hajj in January was marred by a stampede", "The
		// February 22 meeting was tense", said in December: the subject's
		// own past verb, no report of a plan; not "crude for December
		// settlement closed up", a contract ahead
		tense = -2
		if g == granDay {
			tense = -3
		}
	case g == granDay && m.first > 1 && d.isWord(m.first-1, "ending") && d.toks[m.first-2].classes&(1<<d.tg.ids.unit) != 0:
		// "the fiscal year ending March 31": the end of the period the text
		// is about, the nearer of its two days whatever the verb ("forecast
		// a profit for", "reported a loss for")
		tense = 0
	case g == granMonth && (d.measuredMonth(m.last) || d.dataFor(m.first)):
		// "measured from October levels", "the December payroll figures":
		// measured already, unless the figures are awaited; then the
		// month is the nearest ("will be released", said in January, is
		// December's; "would show up in the May figures", said in April,
		// May's)
		if tense > 0 {
			tense = 0
		} else {
			tense = -2
		}
	case tense == 1 && g == granMonth && verb >= 0 && (d.hint(verb) == "sched" || d.hint(verb) == "schedpl" || d.presentPlan(verb)):
		tense = 2 // "The Rugby Championship returns in August", "are due to meet in November": a timetable is as sure as "will"
	case tense == 0 && d.comesAfter(m.first):
		tense = -1 // "The cut comes after a rise in March"
	case tense > 0 && verb >= 0 && verb < m.first && d.afterBetween(verb, m.first):
		// "will take office on Monday after his reelection on October 29":
		// what comes before the future may lie behind
		tense = 0
	case tense <= 0 && (g == granMonth || g == granDay) && d.startingAt(m.first) && d.markerAfter(m.last, 4) >= 0:
		// "with production starting in December", said in April, "a
		// hearing beginning August 19"; not "the deal beginning in
		// December was not the first step"
		tense = 1
	}
	return tense
}

// dateSetFor reports whether the date at token i follows "a date for" or
// "a deadline for": the day or month something was fixed for.
func (d *doc) dateSetFor(i int) bool {
	return i > 1 && d.isWord(i-1, "for") && d.isAnyWord(i-2, "date", "dates", "deadline", "target")
}

// subjectVerb reports whether the verb at token v is the past verb of the
// subject the date at m belongs to, one word at most after it and no
// punctuation between: "The hajj in January was marred", "The February 22
// meeting was tense"; not "on February 3, followed by", where "followed"
// is no verb of the date's.
func (d *doc) subjectVerb(m *match, v int) bool {
	if v < m.last || v > m.last+1 || d.toks[v].classes&(1<<d.tg.ids.past) == 0 || d.isReporting(v) {
		return false
	}
	return v == m.last || d.toks[m.last].kind == tokWord
}

// contextYear returns the year the text around a partial date gives it,
// if any, the surest first: a year that frames the sentence, closes the
// date's phrase, owns it ("last year's"), names its event, or a day the
// text gave in full in that month.
func (d *doc) contextYear(m *match, build func(int) point, g, base, tense int) (int, bool) {
	if y, ok := d.framedYear(m.first, base); ok && tense <= 0 {
		return y, true
	}
	if y, ok := d.phraseYear(m.last); ok && (g == granDay || g == granMonth) {
		return y, true // "the 7 July bombings in London in 2005"
	}
	if y, ok := d.possessiveYear(m.first); ok {
		return y, true
	}
	if y, ok := d.eventYear(m.first); ok && y >= base-1 && y <= base+1 && g == granDay {
		return y, true // "The 2006 Asian Games will begin on December 1", said in 2005
	}
	if y, ok := d.namedYear(build(base)); ok && g == granDay && tense < 0 && y < base {
		return y, true
	}
	return 0, false
}

// framedYear returns the year a sentence opened with, for a partial date
// later in it: "In 1976, the pound began a slide which led ministers to
// ask for a loan in September". Only a past year that frames the sentence
// counts: one inside it ("Smith, who joined in 1998, said in March") need
// not hold for the rest.
func (d *doc) framedYear(i, base int) (int, bool) {
	if !d.hasRef || !d.refOpens || d.ref.gran != granYear || d.refSent != d.toks[i].sent {
		return 0, false
	}
	y := d.ref.t.Year()
	return y, y < base
}

// phraseYear returns the year that closes the noun phrase a partial date at
// token j-1 opens: "the 7 July terror bombings in London in 2005". A verb,
// a punctuation mark or an "of" before it ends the phrase.
func (d *doc) phraseYear(j int) (int, bool) {
	for k := j; k+1 < len(d.toks) && k < j+8 && d.toks[k].sent == d.toks[j-1].sent; k++ {
		if d.toks[k].kind != tokWord || d.marker(k) != 0 || d.isWord(k, "of") {
			return 0, false // "a Nov. 4 celebration of the end of Polish intervention in 1612"
		}
		if t := &d.toks[k+1]; d.isWord(k, "in") && t.kind == tokNum && t.classes&(1<<d.tg.ids.year) != 0 {
			return t.num, true
		}
	}
	return 0, false
}

// possessiveYear returns the year of a "year's" right before token i, just
// named in the sentence: "last year's August 21 attack" was in that year.
func (d *doc) possessiveYear(i int) (int, bool) {
	if i < 3 || !d.possessive(i-2) || !d.isWord(i-3, "year") || !d.hasRef || d.ref.gran != granYear || d.refSent != d.toks[i].sent {
		return 0, false
	}
	return d.ref.t.Year(), true
}

// eventYear returns the year that names an event earlier in the sentence
// of token i ("the 2006 Asian Games", "The 2010 World Cup"): a day given
// without a year in that sentence is the event's.
func (d *doc) eventYear(i int) (int, bool) {
	ids := d.tg.ids
	for k := i - 1; k > 0 && k > i-30 && d.toks[k].sent == d.toks[i].sent; k-- {
		t := &d.toks[k]
		if t.classes&(1<<ids.year) != 0 && t.kind == tokNum && k+1 < i &&
			d.toks[k-1].classes&(1<<ids.det) != 0 && d.toks[k+1].classes&(1<<ids.capital) != 0 &&
			d.toks[k+1].classes&(1<<ids.month) == 0 {
			return t.num, true
		}
	}
	return 0, false
}

// namedYear returns the year of the last day the text gave in full in the
// same month: after "from November 20 to November 21, 1991", a bare
// "November 20" in the past tense is in 1991 too.
func (d *doc) namedYear(p point) (int, bool) {
	for i := len(d.named) - 1; i >= 0; i-- {
		if n := d.named[i].t; n.Month() == p.t.Month() {
			return n.Year(), true
		}
	}
	return 0, false
}

// decimalRangeEnd reports whether token i ends a range whose start has
// decimals: "1.1712-1714".
func (d *doc) decimalRangeEnd(i int) bool {
	if i < 2 || !d.isPunct(i-1, '-') {
		return false
	}
	t := &d.toks[i-2]
	return t.kind == tokNum && t.flags == numDecimal
}

func dayOf(d *doc, m *match) int { n, _ := d.num(m, roleD); return n }

// partial returns how to build the point a match names, given a year.
func (d *doc) partial(m *match) (func(y int) point, int, bool) {
	mo, hasM := d.num(m, roleM)
	switch {
	case m.r.arg == "span": // "the January-March period": a quarter, a half or a year, or nothing
		last, _ := d.num(m, roleM2)
		g, ok := monthSpan(mo, last)
		return func(y int) point { return point{day(y, mo, 1), g} }, g, ok
	case strings.HasPrefix(m.r.arg, "Q"): // a quarter named by its place or its first month
		q := (mo-1)/3 + 1
		if m.r.arg == "QE" { // "the June quarter": the quarter the month closes
			if !hasM || mo%3 != 0 {
				return nil, 0, false
			}
		} else if m.r.arg != "Q" {
			q, _ = strconv.Atoi(m.r.arg[1:])
		} else if !hasM || (mo-1)%3 != 0 {
			return nil, 0, false // "the May-July quarter" is none
		}
		return func(y int) point { return point{day(y, 3*q-2, 1), granQuarter} }, granQuarter, q >= 1 && q <= 4
	case hasM && m.has(roleD):
		dd := dayOf(d, m)
		return func(y int) point { return point{day(y, mo, dd), granDay} }, granDay, dd >= 1 && dd <= 31
	case hasM:
		return func(y int) point { return point{day(y, mo, 1), granMonth} }, granMonth, mo >= 1 && mo <= 12
	case m.has(roleSeason):
		s, _ := d.str(m, roleSeason)
		sm := seasonMonth(s)
		return func(y int) point { return point{day(y, sm, 1), granSeason} }, granSeason, sm > 0
	case m.has(roleQ):
		q, _ := d.num(m, roleQ)
		return func(y int) point { return point{day(y, 3*q-2, 1), granQuarter} }, granQuarter, q >= 1 && q <= 4
	case m.has(roleHalf):
		h, _ := d.num(m, roleHalf)
		return func(y int) point { return point{day(y, 6*h-5, 1), granHalf} }, granHalf, h >= 1 && h <= 2
	case m.has(roleY) && !m.has(roleWD):
		return func(y int) point { return point{day(y, 1, 1), granYear} }, granYear, true
	}
	return nil, 0, false
}

// unknownYear writes a partial date whose year the text does not give and
// whose document date is unknown: "XXXX-08-16".
func (d *doc) unknownYear(m *match, p point) (result, bool) {
	v := p.value()
	return result{typ: m.r.typ, value: "XXXX" + v[4:]}, true
}

// point is the result for a resolved calendar point; a clock time or a part
// of the day in the match makes it a TIME.
func (d *doc) point(m *match, p point) (result, bool) {
	r := result{typ: m.r.typ, value: p.value(), resolved: true, pt: p}
	if p.gran == granDay {
		if t, ok := d.timeOfDay(m); ok {
			r.typ, r.value = "TIME", r.value+t
		}
	}
	return r, true
}

// numericDate reads the numeric date token by the document's convention.
func (d *doc) numericDate(m *match) (result, bool) {
	_, t, _ := d.cap(m, roleND)
	y, a, b := t.num/10000, t.num/100%100, t.num%100
	mo, dd := orderParts(a, b, t.flags, d.dayFirst)
	p := point{day(y, mo, dd), granDay}
	if mo > 12 || p.t.Day() != dd {
		return result{}, false
	}
	return d.point(m, p)
}

// weekday resolves a bare day of the week to the nearest such day before
// the anchor in past-tense text, after it in future-tense text, and to the
// nearer of the two in a sentence of neither ("the Senate votes Thursday");
// three days back and four ahead are near alike, and a sentence that shows
// no past speaks of what comes ("The funeral is on Wednesday", said on a
// Saturday).
func (d *doc) weekday(m *match) (result, bool) {
	wd, _ := d.num(m, roleWD)
	a, ok := d.anchor(false)
	if !ok {
		return result{typ: m.r.typ, value: "XXXX-WXX-" + strconv.Itoa(wd)}, true
	}
	tense, verb := d.tenseMark(m.first)
	if m.first > 0 && d.isWord(m.first-1, "that") && d.possessive(m.last) {
		// "said Tuesday that Sunday's elections will go ahead": the day's
		// own clause has its verb after it.
		if t := d.markerAfter(m.last+2, 8); t != 0 {
			tense = t
		}
	}
	switch {
	case d.possessive(m.last) && d.headedBy(m.last+2, "fixture") && (tense >= 0 || m.first > 0 && (d.isWord(m.first-1, "for") || d.isWord(m.first-1, "to")) && !d.hadNear(m.first)):
		// "Iraq await them in Friday's final", "warmed up for Tuesday's
		// match", "made it through to Sunday's final": a game still to
		// play, unless "had" puts it back
		tense = 1
	case tense == 0 && verb < 0 && d.possessive(m.last) && d.headedBy(m.last+2, "ballot"):
		// "the coalition contesting Thursday's election": with no verb to
		// say whether the vote is over, the nearer of the two days
	case tense <= 1 && d.possessive(m.last) && !d.aheadOf(m.first, 1) && !(tense == 1 && d.plannedDay(m, verb)):
		tense = -1 // news reports days gone by: "Wednesday's ruling", unless "will" says otherwise
	case tense < 0 && m.first > 0 && d.isWord(m.first-1, "into"):
		tense = 0 // "extended their talks into Saturday", said on Friday: the nearer day, maybe the next
	case tense == 0 && d.comesAfter(m.first):
		tense = -1 // "The move comes after a statement on Tuesday": what it follows is gone by
	case tense == 0 && d.droppedPlan(m.first):
		// "had been due to expire Friday evening", said on Monday: the
		// nearer day, with no leaning ahead; the plan has changed, and
		// only its day is told
		tense = 1
		if back := (int(a.t.Weekday()) - wd%7 + 7) % 7; back <= 7-back {
			tense = -1
		}
	case tense == 0 && d.copulaOf(m.first):
		tense = 1 // "The final day of the season is on Sunday", said on a Monday: news writes "was" for one gone by
	case tense <= 0 && m.first > 0 && (d.scheduled(m.first-1) || d.startsThen(m)):
		tense = 1 // "called a strike for Monday", "a match starting Thursday": a schedule
	case m.first > 0 && d.setsAside(m.first-1) && m.last < len(d.toks) && (d.isWord(m.last, "a") || d.isWord(m.last, "an") || d.isWord(m.last, "as")):
		tense = 1 // "has declared Saturday a public holiday": a day set aside lies ahead
	case d.headedBy(m.last, "edition") || d.possessive(m.last) && d.headedBy(m.last+2, "edition"):
		if nearWeekday(a.t, wd, 1).t.Sub(a.t) == 24*time.Hour {
			tense = 1 // "its Monday edition", said on Sunday: tomorrow's paper is out
		} else {
			tense = -1
		}
	}
	return d.point(m, nearWeekday(a.t, wd, tense))
}

// setsAside reports whether token j is a verb that declares a day set
// aside for what is to come ("declared", "designated", "named"; "has set
// Sunday as the earliest launch date", where a bare "set Friday as the
// deadline" may be long gone); not one that observes it ("celebrated")
// nor a choice made for a deed ("picked Saturday night as the time to
// attack"), which the tense dates.
func (d *doc) setsAside(j int) bool {
	return d.isAnyWord(j, "declared", "designated", "proclaimed", "named", "sets") ||
		d.isWord(j, "set") && j > 0 && d.isAnyWord(j-1, "has", "have")
}

// headedBy reports whether a word of the lexicon's HINT class h (a game's
// name, a vote's) heads the noun phrase that starts at token j, after up
// to four words: "Tuesday's titanic Champions League tussle".
func (d *doc) headedBy(j int, h string) bool {
	for k := j; k < len(d.toks) && k < j+5; k++ {
		if d.toks[k].kind != tokWord || d.toks[k].classes&(1<<d.tg.ids.funcWord) != 0 {
			return false
		}
		if d.hint(k) == h {
			return true
		}
	}
	return false
}

// timetableOf reports whether token v is a timetable verb whose subject
// is the noun phrase a possessive day at m opens, with no pause between:
// "Thursday's day-night match at the Motera starts at 2:30 p.m."; not
// "Tuesday's declaration by Ford, which holds a stake".
func (d *doc) timetableOf(m *match, v int) bool {
	if v <= m.last || d.hint(v) != "sched" && d.hint(v) != "schedpl" {
		return false
	}
	for k := m.last; k < v; k++ {
		if d.pause(k) && !d.isPunct(k, '-') {
			return false // a hyphen joins a compound: "day-night match"
		}
	}
	return true
}

// plannedDay reports whether the verb v that marks the future before a
// possessive day at m plans it or sets its timetable: "expected to win
// Sunday's elections", "want to stop Saturday's meeting", "Thursday's
// match starts at 2:30"; not "decided to dismiss him after Saturday's
// defeat".
func (d *doc) plannedDay(m *match, v int) bool {
	if d.timetableOf(m, v) || d.modalOfPhrase(m, v) {
		return true
	}
	return d.expectation(v) && !(m.first > 0 && d.isAnyWord(m.first-1, "after", "since", "following"))
}

// modalOfPhrase reports whether the modal at token v opens a relative
// clause on the noun phrase a possessive day at m opens: "before Sunday's
// election, which could determine the country's future" is still to come.
func (d *doc) modalOfPhrase(m *match, v int) bool {
	if v <= m.last || v > m.last+12 || !d.modal(v) || v+1 < len(d.toks) && d.isWord(v+1, "have") {
		return false // not "which could have changed everything"
	}
	for k := m.last; k < v; k++ {
		if d.isAnyWord(k, "which", "that") {
			return true
		}
	}
	return false
}

// startsThen reports whether the day at m follows "starting (on)" and
// goes on into its clause with no pause: "the event starting on Thursday
// whose winners qualify"; not "Starting on Saturday, toys have opened".
func (d *doc) startsThen(m *match) bool {
	return d.startingAt(m.first) && m.last < len(d.toks) && !d.pause(m.last) && d.markerAfter(m.last, 4) >= 0
}

// expectation reports whether token j is a word of plan or expectation
// ("expected to win Sunday's elections", "plans to attend Tuesday's
// match", "expect strong demand at Saturday's auction"), which, unlike a
// mere "would", puts a possessive day ahead; so does the "to" of an
// intent, which marks the future only after one ("want to stop Saturday's
// meeting", "vowed to beat him in Sunday's polls"), though not over a day
// the plan follows ("decided to dismiss him after Saturday's defeat").
func (d *doc) expectation(j int) bool {
	return j >= 0 && (d.isAnyWord(j, "expected", "expect", "expects", "scheduled", "to") || d.hint(j) == "intent")
}

// markerAfter returns the first tense mark within reach tokens from token
// j on, up to a punctuation mark, or 0; a modal with no tense of its own
// first ("must charge a man they had arrested") also gives 0.
func (d *doc) markerAfter(j, reach int) int {
	for k := j; k < len(d.toks) && k < j+reach && d.toks[k].sent == d.toks[j-1].sent; k++ {
		if d.pause(k) {
			return 0 // a possessive goes on: "China's users were"
		}
		t := d.marker(k)
		if t == 0 && d.nonfinite(k) && !d.isWord(k, "to") {
			return 0
		}
		if t != 0 {
			return t
		}
	}
	return 0
}

// scheduled reports whether token j puts the weekday after it on a
// schedule: "for", "starting", "beginning", "due" ("a strike for
// Monday", "a deadline starting Thursday", "a verdict due Thursday").
func (d *doc) scheduled(j int) bool {
	return d.isWord(j, "for") || d.isWord(j, "starting") || d.isWord(j, "beginning") ||
		d.isWord(j, "due") // "due on Thursday" ahead() settles already
}

// afterBetween reports whether "after", or "following" as a preposition,
// stands between tokens j and i.
func (d *doc) afterBetween(j, i int) bool {
	for k := j + 1; k < i; k++ {
		if d.isWord(k, "after") || d.isWord(k, "following") && !d.isWord(k-1, "the") {
			return true
		}
	}
	return false
}

// comesAfter reports whether the date at token i is in the phrase of a
// present "comes after", "comes despite" or "comes following", with no
// punctuation between: news tells what a move follows, and that lies back.
func (d *doc) comesAfter(i int) bool {
	for k := i - 1; k > 0 && k >= i-12 && d.toks[k].sent == d.toks[i].sent && d.toks[k].kind != tokPunct; k-- {
		if (d.isWord(k, "after") || d.isWord(k, "despite") || d.isWord(k, "following")) &&
			(d.isWord(k-1, "comes") || d.isWord(k-1, "come") || d.isWord(k-1, "coming")) {
			return true
		}
	}
	return false
}

// startingAt reports whether "starting" or "beginning", maybe with "in",
// "from" or "on", stands right before token i: a start set for then.
func (d *doc) startingAt(i int) bool {
	j := i - 1
	if j > 0 && d.isAnyWord(j, "in", "from", "on") {
		j--
	}
	return j >= 0 && d.isAnyWord(j, "starting", "beginning")
}

// possessive reports whether the tokens at i are "'s".
func (d *doc) possessive(i int) bool {
	if i+1 >= len(d.toks) || d.toks[i].classes&(1<<d.tg.ids.apos) == 0 {
		return false
	}
	s := &d.toks[i+1]
	return s.end-s.start == 1 && (d.text[s.start] == 's' || d.text[s.start] == 'S')
}

// nearWeekday returns the day of the week wd (1 = Monday) nearest a.
func nearWeekday(a time.Time, wd, tense int) point {
	cur := (int(a.Weekday())+6)%7 + 1
	back := (cur - wd + 7) % 7
	fwd := (wd - cur + 7) % 7
	off := -back
	if tense > 0 || (tense == 0 && fwd <= back+1) {
		off = fwd
	}
	return point{a.AddDate(0, 0, off), granDay}
}

// timeOfDay returns the "T..." suffix for a clock time or part of the day.
func (d *doc) timeOfDay(m *match) (string, bool) {
	if pod, ok := d.str(m, rolePod); ok && !m.has(roleClock) {
		return "T" + pod, true // a clock is the finer: "11.30pm last night"
	}
	c, t, ok := d.cap(m, roleClock)
	if !ok || t.flags == clockSeconds && !m.has(roleAMPM) && m.last-m.first == 1 {
		return "", false // a bare "2:06:20" is a race time, no time of day
	}
	if c.cls >= 0 && int(c.cls) < numBuiltin && t.classes&(1<<d.tg.ids.clock) == 0 {
		if t.end-t.start == 4 { // "1400 GMT"
			return d.clock(m, t.num)
		}
		return d.clock(m, t.num*100) // an hour alone: "5 p.m."
	}
	if c.cls < 0 || int(c.cls) >= numBuiltin {
		if n, ok := d.num(m, roleClock); ok {
			if n < 1 || n > 12 {
				return "", false
			}
			return d.clock(m, n*100) // "five o'clock"
		}
		v, _ := d.str(m, roleClock) // noon, midnight
		return v, v != ""
	}
	return d.clock(m, t.num)
}

// laterHalf reports whether hour h, written without am or pm, is in the
// second half of the day the part of the day pod names: "5 o'clock this
// afternoon", "7:30 tonight".
func laterHalf(pod string, h int) bool {
	return h < 12 && (pod == "AF" && h <= 6 || (pod == "EV" || pod == "NI") && h >= 5)
}

func (d *doc) clock(m *match, hm int) (string, bool) {
	h, mi := hm/100, hm%100
	if ap, ok := d.str(m, roleAMPM); ok {
		if h > 12 || h == 0 {
			return "", false
		}
		if ap == "PM" && h < 12 {
			h += 12
		} else if ap == "AM" && h == 12 {
			h = 0
		}
	} else if pod, ok := d.str(m, rolePod); ok && laterHalf(pod, h) {
		h += 12 // "5 o'clock this afternoon", "7:30 tonight"
	}
	if h > 24 || mi > 59 {
		return "", false
	}
	return "T" + pad2(h) + ":" + pad2(mi), true
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// normWeekOf normalizes "the week of March 6": the week of that day.
func normWeekOf(d *doc, m *match) (result, bool) {
	r, ok := normDate(d, m)
	if !ok || !r.resolved || r.pt.gran != granDay {
		return r, ok
	}
	return d.point(m, point{r.pt.t, granWeek})
}

// opensSentence reports whether the date at token i opens its sentence,
// maybe after "on" or "in": "On Jan. 9, a jet crashed".
func (d *doc) opensSentence(i int) bool {
	if i > 0 && (d.isWord(i-1, "on") || d.isWord(i-1, "in")) {
		i--
	}
	return i == 0 || d.toks[i-1].sent != d.toks[i].sent
}

// temperature reports whether a word of weather stands shortly before
// token i in its sentence: then "the 90s" are degrees, no decade.
func (d *doc) temperature(i int) bool {
	for j := i - 1; j >= 0 && j >= i-6 && d.toks[j].sent == d.toks[i].sent; j-- {
		if d.isAnyWord(j, "highs", "lows", "high", "low", "temperature", "temperatures", "temps", "degrees", "mercury", "thermometer", "heat") {
			return true
		}
	}
	return false
}

// fillsUnit reports whether a span of months fills a calendar unit.
func fillsUnit(toks []token, m *match) bool {
	d := doc{toks: toks}
	first, _ := d.num(m, roleM)
	last, _ := d.num(m, roleM2)
	_, ok := monthSpan(first, last)
	return ok
}

// monthSpan is the calendar unit the months first through last fill
// exactly, if any: January-March is a quarter, July-December a half.
func monthSpan(first, last int) (int, bool) {
	switch n := last - first + 1; {
	case n == 3 && (first-1)%3 == 0:
		return granQuarter, true
	case n == 6 && (first-1)%6 == 0:
		return granHalf, true
	case n == 12:
		return granYear, true
	}
	return 0, false
}

// copulaOf reports whether a present "is" or "are" makes the date at token
// i its predicate, maybe over "on" or "at": "the final is on Sunday",
// "kick-off is at 9 p.m. Saturday".
func (d *doc) copulaOf(i int) bool {
	j := i - 1
	if j > 0 && (d.isWord(j, "on") || d.isWord(j, "at")) {
		j--
	}
	return j >= 0 && (d.isWord(j, "is") || d.isWord(j, "are"))
}

// sameWeekday keeps the days of cands that fall on weekday wd (1 is
// Monday), or all of them when none does: a wrong weekday is a slip.
func sameWeekday(cands []point, wd int) []point {
	var keep []point
	for _, c := range cands {
		if (int(c.t.Weekday())+6)%7+1 == wd {
			keep = append(keep, c)
		}
	}
	if len(keep) == 0 {
		return cands
	}
	return keep
}

// measuredMonth reports whether the words from token j make the month before
// them one measured already: "October levels", "the December payroll
// figures", "January data".
func (d *doc) measuredMonth(j int) bool {
	if j >= len(d.toks) {
		return false
	}
	if h := d.hint(j); h == "baseline" || h == "data" {
		return true
	}
	return j+1 < len(d.toks) && d.toks[j].kind == tokWord && d.hint(j+1) == "data"
}

// dataFor reports whether the month at token i is what figures are "for",
// as measuredMonth's but with the noun first: "the jobs report for
// February is due Friday", "data for March will be released".
func (d *doc) dataFor(i int) bool {
	return i > 1 && d.isWord(i-1, "for") && (d.hint(i-2) == "data" || d.isAnyWord(i-2, "report", "reports"))
}

// earlyYear is the first year news names bare as often as it counts or
// labels things with the same digits.
const earlyYear = 1500

// numberBeforeNoun reports whether the lone number at m stands before a
// word in lower case that is no function word, with no preposition of
// time before it: a count or a code ("sold 1200 shares", "a 1031
// exchange"), where "in 1066 the Normans" and "since 1453" are years.
func (d *doc) numberBeforeNoun(m *match) bool {
	j := m.last
	if j >= len(d.toks) || d.toks[j].kind != tokWord || d.toks[j].sent != d.toks[m.first].sent ||
		d.toks[j].classes&(1<<d.tg.ids.capital|1<<d.tg.ids.funcWord) != 0 {
		return false
	}
	if i := m.first - 1; i >= 0 && d.toks[i].kind == tokWord {
		if d.isAnyWord(i, "in", "since", "of", "by", "until", "till", "from", "before", "after", "around", "circa", "year", "between", "to", "through", "during") {
			return false
		}
	}
	return true
}
