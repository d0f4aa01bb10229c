package timex

// nounsArticle reports whether the "the" that opens match m belongs to the
// noun after the date, the date being only that noun's modifier: "the 7
// July bombings", "the year-end event", "the mid-year review", "the
// present system". TimeBank tags "Aug. 7" alone in "the Aug. 7 terrorist
// bombings"; the day-first order and "year-end" are no different. A day
// with "of" ("the 7th of July") or a year keeps its "the". So does "a" in
// "after a half-hour delay", as in "a 30-minute delay".
func (d *doc) nounsArticle(m *match) bool {
	f, l := m.first, m.last
	if l-f < 2 || l >= len(d.toks) || d.toks[l].sent != d.toks[f].sent {
		return false
	}
	if m.r.typ == "DURATION" {
		if l-f != 4 || !d.isWord(f, "a") || !d.isWord(f+1, "half") || !d.hyphenAfter(f+1) {
			return false
		}
		return d.nounAfter(l)
	}
	if m.r.typ != "DATE" || !d.isWord(f, "the") {
		return false
	}
	dayMonth := m.has(roleD) && m.has(roleM) && !m.has(roleY) && d.toks[f+1].kind == tokNum
	for j := f + 1; dayMonth && j < l; j++ {
		dayMonth = !d.isWord(j, "of")
	}
	yearEnd := l-f == 4 && d.isPunct(f+2, '-') && (d.isWord(f+1, "year") && d.isWord(f+3, "end") || d.isWord(f+1, "mid") && d.isWord(f+3, "year"))
	present := l-f == 2 && d.isWord(f+1, "present") // "under the present system"
	return (dayMonth || yearEnd || present) && d.nounAfter(l)
}

// nounAfter reports whether token l, after a date, looks like the noun the
// date modifies: a word in lower case that is no function word, unit or
// verb.
func (d *doc) nounAfter(l int) bool {
	n := &d.toks[l]
	ids := d.tg.ids
	return n.kind == tokWord && n.classes&(1<<ids.capital|1<<ids.funcWord|1<<ids.det|1<<ids.month|1<<ids.unit) == 0 &&
		d.marker(l) == 0 && !d.isWord(l, "of")
}

// lapseAdverb reports whether the prefix from token f to token l is the
// "early" or "late" of a lapse before it: "will dismiss two hours early
// Friday" dismisses early, on Friday, not early on Friday. A span after
// "in" or "within" is no lapse: "fell in 45 minutes early Friday".
func (d *doc) lapseAdverb(f, l int) bool {
	if l-f != 1 || f == 0 || !d.isAnyWord(f, "early", "late") || d.toks[f-1].classes&(1<<d.tg.ids.unit) == 0 {
		return false
	}
	for k := f - 2; k >= 0 && k >= f-5 && d.toks[k].sent == d.toks[f].sent; k-- {
		if d.isAnyWord(k, "in", "within", "over") {
			return false
		}
		if d.toks[k].kind != tokWord && d.toks[k].kind != tokNum {
			break
		}
	}
	return true
}

// pastAdjective reports whether match m is a "the past" that only modifies
// the noun after it: "compensation for the past problems", "over the past
// generation". Not "in the past, it grew" nor "in the past many left".
func (d *doc) pastAdjective(m *match) bool {
	f, l := m.first, m.last
	if l-f != 2 || !d.isWord(f, "the") || !d.isWord(f+1, "past") || l >= len(d.toks) || d.toks[l].sent != d.toks[f].sent || !d.nounAfter(l) {
		return false
	}
	return !d.isAnyWord(l, "many", "most", "there", "several", "few", "both", "all", "each", "every", "such", "more", "however", "too", "also", "only", "often", "not", "never", "people") &&
		!d.hasSuffix(l, "ly") // "in the past usually"
}
