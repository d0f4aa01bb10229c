package extract

import (
	"strconv"
	"strings"
	"time"

	"timeline/timeline"
)

// Times that date an event from another time of the sentence: a duration
// counted from it ("In 1986 he was elected, and three years later he ran")
// and a "when" clause, which happens at the time of the clause it hangs
// from ("came to light last November when the minister resigned").

// laterTime finds a duration followed by "later" or "earlier" in the
// event's clause [from, to) and counts it from the time before it in the
// sentence, else from the time the narrative has reached.
func (d *doc) laterTime(s *sent, from, to int) (timeSpan, int, bool) {
	toks := s.toks
	for _, du := range s.durs {
		k, e := tokenRange(toks, du.Start, du.End)
		if k < from || k >= to || e >= len(toks) {
			continue
		}
		sign := 0
		switch toks[e].Lower {
		case "later":
			sign = 1
		case "earlier":
			sign = -1
		}
		n, unit, ok := parseDuration(du.Duration)
		if sign == 0 || !ok {
			continue
		}
		anchor, ok := d.anchorBefore(s, k)
		if !ok {
			continue
		}
		out := shiftSpan(anchor, sign*n, unit)
		out.Text = du.Text + " " + toks[e].Text
		return out, k, true
	}
	return timeSpan{}, -1, false
}

// anchorBefore is the date a relative duration at token k counts from:
// the nearest time before it in the sentence, else the narrative's.
func (d *doc) anchorBefore(s *sent, k int) (timeSpan, bool) {
	best, found := timeSpan{}, false
	for _, ts := range s.times {
		if j, _ := tokenRange(s.toks, ts.Start, ts.End); j >= 0 && j < k {
			best, found = ts, true
		}
	}
	if found || d.narrative == nil {
		return best, found
	}
	e, err1 := time.Parse(timeline.DayLayout, d.narrative.Earliest)
	l, err2 := time.Parse(timeline.DayLayout, d.narrative.Latest)
	if err1 != nil || err2 != nil {
		return best, false
	}
	return timeSpan{Earliest: e, Latest: l, Precision: string(d.narrative.Precision)}, true
}

// parseDuration reads a whole number of years, months, weeks or days
// ("P3Y"); other durations do not count from an anchor.
func parseDuration(v string) (int, byte, bool) {
	if len(v) < 3 || v[0] != 'P' {
		return 0, 0, false
	}
	n, err := strconv.Atoi(v[1 : len(v)-1])
	unit := v[len(v)-1]
	if err != nil || n <= 0 || (unit != 'Y' && unit != 'M' && unit != 'W' && unit != 'D') {
		return 0, 0, false
	}
	return n, unit, true
}

// shiftSpan moves an anchor by n units, no finer than the unit: three
// years after a day in 1986 is some time in 1989.
func shiftSpan(a timeSpan, n int, unit byte) timeSpan {
	e, l := a.Earliest, a.Latest
	switch unit {
	case 'Y':
		e, l = e.AddDate(n, 0, 0), l.AddDate(n, 0, 0)
		if e.Year() == l.Year() {
			e, l = time.Date(e.Year(), 1, 1, 0, 0, 0, 0, time.UTC), time.Date(e.Year(), 12, 31, 0, 0, 0, 0, time.UTC)
			return timeSpan{Earliest: e, Latest: l, Precision: string(timeline.Year), Value: e.Format("2006"), NoPrep: true}
		}
	case 'M':
		e, l = e.AddDate(0, n, 0), l.AddDate(0, n, 0)
	case 'W':
		e, l = e.AddDate(0, 0, 7*n), l.AddDate(0, 0, 7*n)
	default:
		e, l = e.AddDate(0, 0, n), l.AddDate(0, 0, n)
	}
	return timeSpan{Earliest: e, Latest: l, Precision: a.Precision, NoPrep: true}
}

// whenTime finds the time of the clause a "when" clause holding the
// trigger hangs from: "since 1974 when troops invaded", "last November
// when the then minister, X, resigned". The time must end just before
// "when", and the "when" clause must have no verb before the trigger.
func (d *doc) whenTime(s *sent, r *report) (timeSpan, int, bool) {
	toks := s.toks
	g := d.groupStart(toks, r.Trig)
	w := g - 1
	for ; w > 0 && toks[w].Lower != "when"; w-- {
		t := toks[w]
		if t.Text == ";" || isQuote(t.Text) || d.x.t.is("relative", t.Lower) || d.x.t.is("subord", t.Lower) {
			return timeSpan{}, -1, false
		}
	}
	if w <= 0 || d.hasVerb(lowerOnly(toks[w+1:g])) { // "the United States" is no verb
		return timeSpan{}, -1, false
	}
	end := w
	if toks[w-1].Text == "," {
		end = w - 1
	}
	for _, ts := range s.times {
		if k, e := tokenRange(toks, ts.Start, ts.End); k >= 0 && e == end {
			ts.NoPrep = true
			if ts.Mod != "" { // "since 1974": the year itself, not the span after it
				ts = pointSpan(ts)
			}
			return ts, k, true
		}
	}
	return timeSpan{}, -1, false
}

// otherClause reports a time ending at e, before the trigger, that a
// relative or a subordinator puts in another clause: "since 1974 when
// troops invaded" (whenTime shares it), "in 1990, which he left".
func (d *doc) otherClause(toks []token, e, trig int) bool {
	for j := e; j < trig; j++ {
		w := toks[j].Lower
		if d.x.t.is("relative", w) && w != "that" || w == "when" || w == "while" || w == "because" || w == "although" || w == "whereas" {
			return true
		}
	}
	return false
}

// pointSpan is the span of a time's own value, without its modifier:
// 1974 for "since 1974".
func pointSpan(ts timeSpan) timeSpan {
	for _, f := range []struct {
		layout string
		prec   timeline.Precision
		years  int
		months int
		days   int
	}{{"2006-01-02", timeline.Day, 0, 0, 1}, {"2006-01", timeline.Month, 0, 1, 0}, {"2006", timeline.Year, 1, 0, 0}} {
		if t, err := time.Parse(f.layout, ts.Value); err == nil {
			ts.Earliest, ts.Latest = t, t.AddDate(f.years, f.months, f.days-1)
			ts.Precision, ts.Mod = string(f.prec), ""
			return ts
		}
	}
	return ts
}

// lowerOnly drops the capitalized words of toks.
func lowerOnly(toks []token) []token {
	var out []token
	for _, t := range toks {
		if !t.Cap {
			out = append(out, t)
		}
	}
	return out
}

// clauseAfterTime reports a time [k, e) after a preposition followed by a
// participle that opens a clause: "won the medal on Sunday beating
// Taiwan", where "Sunday" qualifies no noun.
func (d *doc) clauseAfterTime(toks []token, k, e int) bool {
	return k > 0 && e < len(toks) && d.x.t.is("prep", toks[k-1].Lower) && strings.HasSuffix(toks[e].Lower, "ing")
}

// appositionTime looks for the event's time across the appositions of its
// subject: "and on Friday the woman's husband, Aziz Demir, 42, was
// arrested". Up to three comma segments before the trigger's are read
// while none holds a verb or opens another clause.
func (d *doc) appositionTime(s *sent, segS int) (timeSpan, int, bool) {
	toks := s.toks
	from := segS
	for hop := 0; hop < 3 && from > 1 && toks[from-1].Text == ","; hop++ {
		st := segmentStart(toks, from-1)
		seg := toks[st : from-1]
		if len(seg) == 0 || d.hasVerb(lowerOnly(seg)) || d.opensClause(seg) {
			break
		}
		from = st
	}
	best, bestK := timeSpan{}, -1
	for _, ts := range s.times {
		k, e := tokenRange(toks, ts.Start, ts.End)
		if k >= from && k < segS && !s.inQuote[k] && !d.qualifiesNoun(toks, e) {
			best, bestK = ts, k
		}
	}
	return best, bestK, bestK >= 0
}

// opensClause reports a relative or a subordinator among toks.
func (d *doc) opensClause(toks []token) bool {
	for _, t := range toks {
		if d.x.t.is("relative", t.Lower) || d.x.t.is("subord", t.Lower) {
			return true
		}
	}
	return false
}
