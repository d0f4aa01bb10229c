package timex

import (
	"strings"
	"time"
)

// rangeEnd finds the second member of a compact range whose first member,
// resolved to p, spans tokens first to i-1: "the 1964-85 dictatorship",
// "Nov. 12-19". TimeML tags the two ends of a range apart; the second is
// written short and takes the fields it leaves out from the first; a year
// after the second ("August 6 and 9, 1945") belongs to both. It returns the
// tokens [k, last] of the second member and the point it names.
func (d *doc) rangeEnd(first, i int, p point) (int, int, point, bool) {
	if i+1 >= len(d.toks) {
		return 0, 0, point{}, false
	}
	k := i + 1
	if p.gran == granDecade && (d.rangeSep(i) || d.isWord(i, "and") || d.isPunct(i, ',')) {
		return d.decadeEnd(i, k, p)
	}
	if p.gran == granMonth && (d.rangeSep(i) || d.isWord(i, "and") || d.isWord(i, "or") ||
		d.isWord(i, "until") || d.isWord(i, "till")) {
		return d.monthEnd(k, p)
	}
	// "to" joins a range only after "from" or "between": "rose in 2005 to
	// 12 stores" is no range.
	opened := first > 0 && (d.isWord(first-1, "from") || d.isWord(first-1, "between"))
	// "and" or "to" joins a second day that ends its phrase: "on Nov. 4
	// and 5.", "held Nov. 19 to 21 in Geneva" ("on Nov. 12 and 19 people"
	// is no date).
	listed := p.gran == granDay && (d.isWord(i, "and") || d.isWord(i, "to")) && d.phraseEnd(i+2)
	if !listed && (!d.rangeSep(i) || d.toks[i].kind != tokPunct && !opened) {
		return 0, 0, point{}, false
	}
	n := &d.toks[k]
	yearTok := d.yearAfter(k + 1)
	if n.kind != tokNum || n.sent != d.toks[i].sent || n.end-n.start > 2 || yearTok < 0 && d.measured(k+1) {
		return 0, 0, point{}, false
	}
	switch p.gran {
	case granYear: // "1964-85"
		y := p.t.Year()
		y2 := y/100*100 + n.num
		if y2 <= y {
			y2 += 100
		}
		if n.end-n.start != 2 || y2-y > 50 {
			return 0, 0, point{}, false
		}
		return k, k, point{day(y2, 1, 1), granYear}, true
	case granDay: // "Nov. 12-19", "August 6 and 9, 1945"
		y, last := p.t.Year(), k
		if yearTok >= 0 {
			y, last = d.toks[yearTok].num, yearTok
		}
		if n.num <= p.t.Day() || n.num > day(y, int(p.t.Month())+1, 0).Day() {
			return 0, 0, point{}, false
		}
		return k, last, point{day(y, int(p.t.Month()), n.num), granDay}, true
	}
	return 0, 0, point{}, false
}

// monthEnd reads a capitalized month at k after a bare month p and a word
// that joins them: "between April and May", "March or May", where the
// month is also a common word and stands alone only after a preposition.
// The second month lies after the first ("December or January").
func (d *doc) monthEnd(k int, p point) (int, int, point, bool) {
	t := &d.toks[k]
	if t.kind != tokWord || t.sent != d.toks[k-1].sent || t.info == nil ||
		t.classes&(1<<d.tg.ids.month) == 0 || t.classes&(1<<d.tg.ids.capital) == 0 {
		return 0, 0, point{}, false
	}
	e, ok := t.info.entry(d.tg.ids.month)
	if !ok || e.num < 1 || e.num > 12 || k+1 < len(d.toks) && d.toks[k+1].sent == t.sent &&
		(d.toks[k+1].kind == tokNum || d.toks[k+1].classes&(1<<d.tg.ids.capital) != 0) {
		return 0, 0, point{}, false // "April and May 5", "and May Day", "and May Smith"
	}
	return k, k, monthAfter(p, e.num), true
}

// monthAfter is month m in the months that follow month p, across a new
// year ("December or January") but not back over most of one: "in April
// and March" is a list out of order, in one year.
func monthAfter(p point, m int) point {
	q := point{day(p.t.Year(), m, 1), granMonth}
	if !q.t.After(p.t) && q.t.AddDate(1, 0, 0).Sub(p.t) <= 183*24*time.Hour {
		q.t = q.t.AddDate(1, 0, 0)
	}
	return q
}

// yearAfter returns the token of a year at j, after an optional comma or "of", in
// the sentence of token j-1; -1 if there is none.
func (d *doc) yearAfter(j int) int {
	if j < len(d.toks) && (d.isPunct(j, ',') || d.isWord(j, "of")) {
		j++ // "Dec. 11-13, 2007", "Dec. 11-13 of 2007"
	}
	if j < len(d.toks) && d.toks[j].sent == d.toks[j-1].sent && d.toks[j].classes&(1<<d.tg.ids.year) != 0 {
		return j
	}
	return -1
}

// decadeEnd reads a short decade after a full one: "the 1970s and 80s",
// "the 1980s and '90s". It returns the first token of the second decade.
func (d *doc) decadeEnd(i, k int, p point) (int, int, point, bool) {
	first := k
	if k+1 < len(d.toks) && d.toks[k].classes&(1<<d.tg.ids.apos) != 0 {
		k++
	}
	n := &d.toks[k]
	if n.classes&(1<<d.tg.ids.shortDecade) == 0 || n.sent != d.toks[i].sent {
		return 0, 0, point{}, false
	}
	dec := p.t.Year()/100*10 + n.num%10
	if dec <= p.t.Year()/10 {
		dec += 10
	}
	return first, k, point{day(dec*10, 1, 1), granDecade}, true
}

// phraseEnd reports whether token k ends or follows the end of a phrase: the
// text's end, punctuation or a function word ("in", "and").
func (d *doc) phraseEnd(k int) bool {
	if k >= len(d.toks) || d.toks[k].sent != d.toks[k-1].sent {
		return true
	}
	t := &d.toks[k]
	return t.kind == tokPunct || t.classes&(1<<d.tg.ids.funcWord) != 0
}

// rangeSep reports whether token i joins the two ends of a range: a hyphen
// or dash, "to", "through".
func (d *doc) rangeSep(i int) bool {
	t := &d.toks[i]
	if t.kind == tokPunct {
		s := d.text[t.start:t.end]
		return s == "-" || s == "–" || s == "—"
	}
	return d.isWord(i, "to") || d.isWord(i, "through")
}

// measured reports whether token k makes the number before it a quantity
// ("12-19 percent", "1964-85 votes") or the start of a date of its own.
func (d *doc) measured(k int) bool {
	if k >= len(d.toks) || d.toks[k].sent != d.toks[k-1].sent {
		return false
	}
	t := &d.toks[k]
	switch t.kind {
	case tokNum:
		return true
	case tokPunct:
		s := d.text[t.start:t.end]
		return s == "%" || s == "-" || s == "/" || s == ":" || s == "." && k+1 < len(d.toks) && d.toks[k+1].kind == tokNum
	}
	return t.info != nil && t.classes&(1<<d.tg.ids.unit|1<<d.tg.ids.month) != 0 || d.isWord(k, "percent") || d.isWord(k, "per")
}

// rangeStarts gives the first end of a range the year written only with
// the second: "from November 20 to November 21, 1991", "between Dec. 20
// and Jan. 5, 1992" (the first end then in 1991). The first end took its
// year from the document's date.
func rangeStarts(text string, xs []Timex) {
	for i := 0; i+1 < len(xs); i++ {
		x, y := &xs[i], &xs[i+1]
		if x.Type != "DATE" || y.Type != "DATE" {
			continue
		}
		px, ok1 := parseValue(x.Value)
		py, ok2 := parseValue(y.Value)
		if !ok1 || !ok2 || !monthOrDay(px) || !monthOrDay(py) ||
			strings.Contains(x.Text, x.Value[:4]) || !strings.Contains(y.Text, y.Value[:4]) {
			continue
		}
		if gap := strings.TrimSpace(text[x.End:y.Start]); gap == "and" || rangeWord(gap) {
			p := point{px.t.AddDate(py.t.Year()-px.t.Year(), 0, 0), px.gran}
			if p.start().After(py.start()) {
				p.t = p.t.AddDate(-1, 0, 0) // "Dec. 20" before "Jan. 5, 1992"
			}
			x.Value = p.value()
		}
	}
}

// rangeWord reports whether gap joins the two ends of a range: "Dec. 20 to
// Jan. 5", "Thursday through Saturday".
func rangeWord(gap string) bool {
	switch gap {
	case "to", "through", "until", "till", "-", "–":
		return true
	}
	return false
}

// monthOrDay reports whether p is a month or a day.
func monthOrDay(p point) bool { return p.gran == granMonth || p.gran == granDay }

// weekdayRanges puts the second day of a range of weekdays on or after the
// first: in "held Thursday through Saturday" said on a Thursday, Saturday
// is the coming one, whatever the tense made of it alone. A day joined by
// "and" or "or" to one counted with "last", "next" or "this" shares its
// week: "last Monday and Tuesday", "next Monday or Tuesday".
func weekdayRanges(text string, xs []Timex) {
	for i := 0; i+1 < len(xs); i++ {
		x, y := &xs[i], &xs[i+1]
		if y.Start-x.End > 9 || x.Type != "DATE" || y.Type != "DATE" || len(x.Value) != 10 || len(y.Value) != 10 || !namesWeekday(y.Text) {
			continue // " through " is the longest gap
		}
		gap := strings.ToLower(strings.TrimSpace(text[x.End:y.Start]))
		switch {
		case namesWeekday(x.Text) && rangeWord(gap):
		case countedWeekday(x.Text) && (gap == "and" || gap == "or"):
		default:
			continue
		}
		px, ok1 := parseValue(x.Value)
		py, ok2 := parseValue(y.Value)
		if !ok1 || !ok2 {
			continue
		}
		for py.t.Before(px.t) {
			py.t = py.t.AddDate(0, 0, 7)
		}
		for py.t.Sub(px.t) >= 7*24*time.Hour {
			py.t = py.t.AddDate(0, 0, -7)
		}
		y.Value = py.value()
	}
}

// monthPairs puts the second of two bare months joined by "or", "and" or a
// range word in the months after the first: "a rate increase either in
// January or February", said in December, are both next year's, whatever
// the tense made of February alone.
func monthPairs(text string, xs []Timex) {
	for i := 0; i+1 < len(xs); i++ {
		x, y := &xs[i], &xs[i+1]
		if x.Type != "DATE" || y.Type != "DATE" || len(x.Value) != 7 || len(y.Value) != 7 ||
			strings.ContainsAny(x.Text+y.Text, "0123456789 ") { // bare month names, not "December last year"
			continue
		}
		if gap := strings.TrimSpace(text[x.End:y.Start]); gap != "or" && gap != "and" && !rangeWord(gap) {
			continue
		}
		px, ok1 := parseValue(x.Value)
		py, ok2 := parseValue(y.Value)
		if !ok1 || !ok2 || px.gran != granMonth || py.gran != granMonth {
			continue
		}
		y.Value = monthAfter(px, int(py.t.Month())).value()
	}
}

// countedWeekday reports whether s is a weekday after "last", "next" or
// "this": "last Monday".
func countedWeekday(s string) bool {
	rel, day, ok := strings.Cut(s, " ")
	return ok && (strings.EqualFold(rel, "last") || strings.EqualFold(rel, "next") || strings.EqualFold(rel, "this")) && namesWeekday(day)
}

// namesWeekday reports whether an expression's text is a bare day of the
// week ("Saturday"), whose date was guessed.
func namesWeekday(s string) bool {
	_, ok := weekdayNumber(s)
	return ok
}

// weekdayNumber returns the ISO number of a weekday's name (Monday 1).
func weekdayNumber(s string) (int, bool) {
	for n, name := range [...]string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"} {
		if strings.EqualFold(s, name) {
			return n + 1, true
		}
	}
	return 0, false
}
