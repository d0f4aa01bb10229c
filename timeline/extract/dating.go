package extract

import (
	"fmt"
	"strings"
	"time"

	"timeline/timeline"
)

// How far back an undated report reaches: news reports in the past tense
// what happened in the days before; in the present tense, what is being
// said about now.
const (
	recentPastDays = 14
	presentDays    = 7
)

// weakBasis marks, in a date's basis, a date from tense alone; Merge lets
// a date from a time expression win over it.
const weakBasis = "no date of its own"

// date dates an event: by the time expression governing its clause, else
// by the time the narrative has reached, else by its tense and the
// article's date; nil when none applies.
func (d *doc) date(s *sent, r *report) *timeline.Date {
	if ts, k, ok := d.governing(s, r); ok {
		if dt := d.fromTime(s, ts, k, r); dt != nil {
			return dt
		}
	}
	before := r.Group.Aux == "had" || s.toks[0].Lower == "earlier" || s.toks[0].Lower == "previously"
	if d.narrative != nil && s.Para-d.narrativePara <= 1 && r.Type != timeline.Statement && !before &&
		(r.Group.Tense == tensePast || r.Group.Tense == tenseProgressive) {
		out := *d.narrative
		out.Basis = "the time the narrative has reached: " + d.narrative.Basis
		return &out
	}
	if d.dct.IsZero() {
		return nil
	}
	days, how := recentPastDays, "the two weeks before it"
	word := "past"
	switch {
	case r.Group.Tense == tensePresent:
		days, how, word = presentDays, "the week before it", "present"
	case r.Group.Tense == tenseProgressive && (r.Group.Aux == "is" || r.Group.Aux == "are" || r.Group.Aux == "am"):
		days, how, word = presentDays, "the week before it", "present progressive"
	case r.Group.Tense == tenseProgressive:
		word = "past progressive"
	case r.Group.Tense == tensePerfect:
		word = "present perfect"
	}
	verb := s.toks[r.Trig].Text
	if g := d.groupStart(s.toks, r.Trig); g < r.Trig && !r.Noun {
		verb = spanText(s.toks[g : r.Trig+1])
	}
	e, l := d.dct.AddDate(0, 0, -days), d.dct
	// The text fixes only the end (the article's date); the start is an
	// assumed window, which ON_OR_BEFORE tells readers and the site.
	return &timeline.Date{
		Value: l.Format(timeline.DayLayout), Mod: "ON_OR_BEFORE",
		Earliest: e.Format(timeline.DayLayout), Latest: l.Format(timeline.DayLayout),
		Precision: timeline.Range,
		Basis: fmt.Sprintf("%s: '%s' (%s tense) in an article of %s, so within %s", weakBasis, verb, word,
			d.dct.Format(timeline.DayLayout), how),
	}
}

// governing picks the time expression of the event's clause: in the same
// comma segment, nearest the trigger; else one in a short fronted adverbial
// ("Since August 16, …"). A statement's own time comes before what was
// said; a possessive ("last month's evacuations") qualifies a noun, not the
// event.
func (d *doc) governing(s *sent, r *report) (timeSpan, int, bool) {
	toks := s.toks
	segS, segE := segmentStart(toks, r.Trig), segmentEnd(toks, r.Trig)
	limit := len(toks)
	for k := r.Trig + 1; k < len(toks); k++ {
		w := toks[k].Lower
		if d.x.t.is("relative", w) || (d.x.t.is("subord", w) && w != "since" && w != "after" && w != "before" && w != "until" && !d.asRole(toks, k)) ||
			(r.Type == timeline.Statement && (isQuote(toks[k].Text) || toks[k].Text == ":")) {
			limit = k
			break
		}
	}
	if r.Type == timeline.Statement && !r.Noun {
		reach := r.Trig + 6 // "said in a statement Thursday", not a time inside what was said
		if p := s.mentionStarting(r.Trig + 1); p >= 0 {
			reach = s.ms[p].End + 8 // "wrote Dr X in an article last month"
		}
		for k := r.Trig + 1; k < reach && k < len(toks); k++ {
			if w := toks[k].Lower; d.x.t.is("aux", w) || d.x.t.is("modal", w) || d.verbLike(w) {
				reach = k // "said the talks would resume next month"
			}
		}
		limit = min(limit, reach)
	}
	if ts, k, ok := d.laterTime(s, segS, min(segE, limit)); ok {
		return ts, k, true
	}
	best, bestK, bestDist := timeSpan{}, -1, 1<<30
	for _, ts := range s.times {
		k, e := tokenRange(toks, ts.Start, ts.End)
		if k < 0 || s.inQuote[k] != s.inQuote[r.Trig] || d.qualifiesNoun(toks, e) && !d.clauseAfterTime(toks, k, e) || d.otherClause(toks, e, r.Trig) ||
			d.objectTime(toks, k, r.Trig) || r.Type == timeline.Statement && forPeriod(toks, k) {
			continue
		}
		if k >= segS && k < segE && k < limit {
			if dist := abs(k - r.Trig); dist < bestDist {
				best, bestK, bestDist = ts, k, dist
			}
		}
	}
	if bestK >= 0 {
		return best, bestK, true
	}
	if ts, k, ok := d.whenTime(s, r); ok {
		return ts, k, true
	}
	if ts, k, ok := d.appositionTime(s, segS); ok && r.Type != timeline.Statement {
		return ts, k, true
	}
	first := segmentEnd(toks, 0)
	// "As of June 30, X had …, Y said": the time is in what was said
	reported := r.Type == timeline.Statement && first+1 < len(toks) && segmentEnd(toks, first+1) < r.Trig &&
		d.hasVerb(toks[first+1:segmentEnd(toks, first+1)])
	if first < len(toks) && toks[first].Text == "," && first <= 12 && r.Trig > first && !d.hasVerb(toks[:first]) && !reported {
		for _, ts := range s.times {
			if k, _ := tokenRange(toks, ts.Start, ts.End); k >= 0 && k < first && !(r.Type == timeline.Statement && (forPeriod(toks, k) || toks[0].Lower == "for")) {
				return ts, k, true
			}
		}
	}
	return timeSpan{}, -1, false
}

// hasVerb reports an auxiliary, a modal or a trigger verb among toks: a
// clause, not an adverbial ("Capital spending in 1990 will rise, he said").
func (d *doc) hasVerb(toks []token) bool {
	for _, t := range toks {
		if d.x.t.is("aux", t.Lower) && t.Lower != "'s" || d.x.t.is("modal", t.Lower) || d.verbLike(t.Lower) {
			return true
		}
	}
	return false
}

// objectTime reports a time starting at token k that qualifies a noun in
// the object after the trigger at v: "announced a loss for the third
// quarter" reports a result for the quarter, not an event in it.
func (d *doc) objectTime(toks []token, k, v int) bool {
	if k > 0 && toks[k-1].Lower == "the" {
		k--
	}
	if k < v+3 || toks[k-1].Lower != "for" && toks[k-1].Lower != "of" {
		return false
	}
	n, tb := toks[k-2], d.x.t
	return n.Word && !n.Upper && !tb.is("prep", n.Lower) && !tb.is("det", n.Lower) && !tb.is("aux", n.Lower) &&
		!d.isPronoun(n.Lower) && !d.isAdverb(n) && !d.verbLike(n.Lower) && !tb.is("number", n.Lower) && !isDigitWord(n)
}

// forPeriod reports a time after "for" at token k: "For the quarter, X
// reported earnings" tells the period reported on, not when it was said.
func forPeriod(toks []token, k int) bool {
	if k > 0 && toks[k-1].Lower == "the" {
		k--
	}
	return k > 0 && toks[k-1].Lower == "for"
}

// qualifiesNoun reports a time expression ending before token e that
// qualifies a noun rather than dating a clause: "last month's
// evacuations", "a third-quarter loss".
func (d *doc) qualifiesNoun(toks []token, e int) bool {
	if e >= len(toks) {
		return false
	}
	t, tb := toks[e], d.x.t
	if isPoss(t.Lower) {
		return true
	}
	return t.Word && !t.Upper && !tb.is("prep", t.Lower) && !tb.is("conj", t.Lower) && !tb.is("aux", t.Lower) &&
		!d.isPronoun(t.Lower) && !tb.is("pron-other", t.Lower) && !tb.is("det", t.Lower) &&
		!tb.is("modal", t.Lower) && !tb.is("relative", t.Lower) && !tb.is("subord", t.Lower) && !d.isAdverb(t) &&
		!d.verbLike(t.Lower) && len(tb.verbs[t.Lower]) == 0 && !strings.HasSuffix(t.Lower, "ed")
}

// fromTime turns a time expression into the event's date, reading the
// preposition before it ("since", "after") and clipping a past event to
// the article's date.
func (d *doc) fromTime(s *sent, ts timeSpan, k int, r *report) *timeline.Date {
	toks := s.toks
	e, l := ts.Earliest, ts.Latest
	phrase, value, prec := ts.Text, ts.Value, timeline.Precision(ts.Precision)
	prep := ""
	if k > 0 && toks[k-1].Word && !ts.NoPrep {
		prep = toks[k-1].Lower
	}
	if f := strings.Fields(strings.ToLower(ts.Text)); len(f) > 1 && (f[0] == "since" || f[0] == "after" || f[0] == "from") && !ts.NoPrep {
		prep = f[0]
	}
	mod := ""
	switch prep {
	case "since", "from":
		if d.dct.IsZero() || d.dct.Before(e) {
			return nil
		}
		// The expression's own value is the anchor the event follows.
		l, prec, mod = d.dct, timeline.Range, "ON_OR_AFTER"
	case "after":
		if d.dct.IsZero() || !d.dct.After(l) {
			return nil
		}
		e, l, value, prec, mod = l.AddDate(0, 0, 1), d.dct, "", timeline.Range, "ON_OR_AFTER"
	case "before", "until", "by":
		return nil
	}
	if prep != "" && (d.x.t.is("prep", prep) || prep == "since") && !strings.HasPrefix(strings.ToLower(phrase), prep) {
		phrase = toks[k-1].Text + " " + phrase
	}
	past := r.Group.Tense == tensePast || r.Group.Tense == tensePerfect || r.Noun
	if past && !d.dct.IsZero() && l.After(d.dct) && !e.After(d.dct) && mod == "" {
		l, value, prec = d.dct, "", timeline.Range
	}
	if value == "" {
		value = rangeValue(e, l)
	}
	if prec == "" {
		prec = timeline.Range
	}
	where := "in an article without a date"
	if !d.dct.IsZero() {
		where = "in an article of " + d.dct.Format(timeline.DayLayout)
	}
	dt := &timeline.Date{Value: value, Mod: mod, Earliest: e.Format(timeline.DayLayout), Latest: l.Format(timeline.DayLayout),
		Precision: prec, Basis: fmt.Sprintf("'%s' %s", phrase, where)}
	d.narrative, d.narrativePara = dt, s.Para
	return dt
}

// rangeValue is the TIMEX3 value of the finest unit holding both days:
// the day, the month, the year, or the decade.
func rangeValue(e, l time.Time) string {
	a, b := e.Format(timeline.DayLayout), l.Format(timeline.DayLayout)
	switch {
	case a == b:
		return a
	case a[:7] == b[:7]:
		return a[:7]
	case a[:4] == b[:4]:
		return a[:4]
	case a[:3] == b[:3]:
		return a[:3]
	}
	return a[:2]
}

// tokenRange returns the first token inside [start, end) and the index
// after the last, or -1.
func tokenRange(toks []token, start, end int) (int, int) {
	first, last := -1, -1
	for i, t := range toks {
		if t.Start >= start && t.End <= end {
			if first < 0 {
				first = i
			}
			last = i + 1
		}
	}
	return first, last
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// articleDate reads back the article date a basis names, for Merge.
func articleDate(basis string) string {
	const mark = "in an article of "
	if i := strings.Index(basis, mark); i >= 0 && len(basis) >= i+len(mark)+10 {
		return basis[i+len(mark) : i+len(mark)+10]
	}
	return ""
}

// asRole reports an "as" at k that opens a role, not a clause: "resigned
// as chief executive last year", but not "as the talks were ending".
func (d *doc) asRole(toks []token, k int) bool {
	if toks[k].Lower != "as" || k+1 >= len(toks) || d.isPronoun(toks[k+1].Lower) {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if w := toks[j].Lower; d.x.t.is("aux", w) && w != "'s" || d.x.t.is("modal", w) || d.verbLike(w) || isClauseMark(w) {
			return false
		}
		if t := toks[j]; j > k+1 && toks[j-1].Cap && t.Word && !t.Cap && strings.HasSuffix(t.Lower, "s") && !d.x.t.is("prep", t.Lower) {
			return false // "as Germany prepares": a name and its verb
		}
	}
	return true
}
