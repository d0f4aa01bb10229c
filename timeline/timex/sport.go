package timex

// gamePeriod reports whether match m names a period or a score of a game,
// not of the calendar: "with 3:57 left in the fourth quarter", "a 71-39 lead
// after three quarters", a batsman's "century". A quarter with a year ("the
// fourth quarter of 2006") is always the calendar's.
func (d *doc) gamePeriod(m *match) bool {
	if m.has(roleY) || !d.hasQuarterWord(m) || d.calendarCentury(m) {
		return false
	}
	lo, hi := d.sentenceSpan(m.first, m.last)
	for j := lo; j < hi; j++ {
		if d.sportWord(j) || d.score(j) {
			return true
		}
	}
	return d.sportsStory()
}

// sportWord reports whether token j is a word of play; "overtime" before a
// noun of pay or cost is work ("overtime costs to fall in the second
// quarter").
func (d *doc) sportWord(j int) bool {
	if d.hint(j) != "sport" {
		return false
	}
	return !d.isWord(j, "overtime") || j+1 >= len(d.toks) ||
		!d.isAnyWord(j+1, "pay", "costs", "cost", "hours", "budget", "budgets", "spending", "wages", "payments", "work", "bill", "bills", "rules")
}

// sportsStory reports whether the text is a game report: three words of
// play or scores anywhere in it. A report's "fourth quarter" is the game's
// even in a sentence that names no play ("closed the margin in the fourth
// quarter").
func (d *doc) sportsStory() bool {
	if d.sport == 0 {
		d.sport = -1
		n := 0
		for j := range d.toks {
			if d.sportWord(j) || d.score(j) {
				if n++; n == 3 {
					d.sport = 1
					break
				}
			}
		}
	}
	return d.sport > 0
}

// hasQuarterWord reports whether m holds a word a game also uses: "quarter",
// "century" (a hundred runs).
func (d *doc) hasQuarterWord(m *match) bool {
	for j := m.first; j < m.last; j++ {
		if d.isWord(j, "quarter") || d.isWord(j, "quarters") || d.hasSuffix(j, "-quarter") ||
			d.isWord(j, "century") || d.isWord(j, "centuries") {
			return true
		}
	}
	return false
}

// calendarCentury reports whether m is a century of the calendar even in a
// game report: "the" century after a preposition of time ("played at
// Lord's since the 19th century"), where a batsman's hundred is his ("his
// 19th Test century").
func (d *doc) calendarCentury(m *match) bool {
	f := m.first
	if f == 0 || !d.isWord(f, "the") || !d.isWord(m.last-1, "century") && !d.isWord(m.last-1, "centuries") {
		return false
	}
	return d.isAnyWord(f-1, "since", "in", "during", "until", "till", "from", "by", "through", "before", "after", "of", "into", "to")
}

// score reports whether tokens j, j+1, j+2 are a game's score: "71-39",
// two small numbers joined by a hyphen with no space.
func (d *doc) score(j int) bool {
	if j+2 >= len(d.toks) {
		return false
	}
	a, h, b := &d.toks[j], &d.toks[j+1], &d.toks[j+2]
	return a.kind == tokNum && b.kind == tokNum && h.kind == tokPunct && d.text[h.start] == '-' &&
		a.end == h.start && h.end == b.start && a.classes&(1<<d.tg.ids.integer) != 0 && b.classes&(1<<d.tg.ids.integer) != 0 &&
		a.num < 200 && b.num < 200 && a.end-a.start <= 3 && b.end-b.start <= 3
}

// yearHalf reports whether a half with no year or "of" ("the first half",
// "first-half profit") is the year's: in a sentence of figures ("sales
// grew 5 percent in the first half"; a sum of money is a figure too:
// "earned $5.25 billion in the first half"), outside a game report.
// Alone, "the second half" is mostly a match's.
func (d *doc) yearHalf(m *match) bool {
	if d.sportsStory() {
		return false
	}
	lo, hi := d.sentenceSpan(m.first, m.last)
	for j := lo; j < hi; j++ {
		if d.hint(j) == "econ" || d.isPunct(j, '%') || d.isPunct(j, '$') {
			return true
		}
	}
	return false
}

// gameFormat reports whether match m is the "one-day" of a game's format
// in a game report: "a one-day recall", "the one-day outfit" (cricket's
// one-day internationals, cycling's one-day classics). Elsewhere "a
// one-day strike" lasts a day.
func (d *doc) gameFormat(m *match) bool {
	f, l := m.first, m.last
	if m.r.typ != "DURATION" || l-f != 3 || l >= len(d.toks) || !d.isWord(f, "one") || !d.isPunct(f+1, '-') || !d.isWord(f+2, "day") {
		return false
	}
	n := &d.toks[l]
	return n.kind == tokWord && n.classes&(1<<d.tg.ids.capital|1<<d.tg.ids.funcWord) == 0 && d.sportsStory()
}
