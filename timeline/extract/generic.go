package extract

import "strings"

// Mentions that name no dated happening: a trigger noun used as a verb
// ("would deal with the pressure"), a generic plural ("their attacks",
// "attacks by militants" with no time), a habit ("who frequently use
// bombs") and a standing state counted in agents ("a convention which has
// been ratified by 155 countries").

// verbUse reports a noun trigger at n that the words before it make a
// verb: after a modal, a negation, an infinitive "to", a subject pronoun,
// or "and"/"or" with a verb's complement after it ("and deal with").
func (d *doc) verbUse(s *sent, n int) bool {
	toks, tb := s.toks, d.x.t
	forms := tb.verbs[toks[n].Lower]
	if len(forms) == 0 {
		return false
	}
	p := n - 1
	for p >= 0 && d.isAdverb(toks[p]) {
		p--
	}
	if p < 0 || !toks[p].Word {
		return false
	}
	w := toks[p].Lower
	switch {
	case tb.is("modal", w) || tb.is("neg", w) && w != "no":
		return true
	case w == "to":
		return hasForm(forms, formBase) && !tb.is("det", next(toks, n))
	case d.isPronoun(w) && !tb.is("det", w) || w == "i" || w == "we" || w == "who":
		return true
	case w == "and" || w == "or":
		// a bare base form joined to a clause: "would hold firm and deal
		// with the pressure", not "talks and visits to Iran"
		return hasForm(forms, formBase) && tb.is("prep", next(toks, n)) && p > 0 &&
			len(tb.triggers[toks[p-1].Lower]) == 0 && !tb.is("det", toks[p-1].Lower)
	}
	return false
}

func next(toks []token, n int) string {
	if n+1 < len(toks) {
		return toks[n+1].Lower
	}
	return ""
}

func hasForm(forms []verbForm, f form) bool {
	for _, vf := range forms {
		if vf.Form&f != 0 {
			return true
		}
	}
	return false
}

// genericPlural reports a plural trigger noun at n that names a kind of happening rather than
// one: a possessive or no determiner ("their attacks", "bomb attacks by
// X", "his business deals") and no time in its clause.
func (d *doc) genericPlural(s *sent, n int, tr trigger) bool {
	w := s.toks[n].Lower
	if w == tr.Lemma || w != plural(tr.Lemma) {
		return false
	}
	if k := d.determiner(s.toks, n); k >= 0 {
		switch w := s.toks[k].Lower; {
		case d.x.t.is("det", w) && !isPossPronoun(w):
			return false // "the attacks", "two" is no determiner
		case isPossPronoun(w) || isPoss(w):
			// "his meetings with officials in Tashkent" are the ones he held
			switch next(s.toks, n) {
			case "with", "to", "in", "on", "against", "between":
				return false
			}
		}
	}
	return !d.timeInClause(s, n)
}

func isPossPronoun(w string) bool {
	return w == "his" || w == "her" || w == "its" || w == "their" || w == "our" || w == "my" || w == "your"
}

// timeInClause reports a time expression in the comma segment of token i.
func (d *doc) timeInClause(s *sent, i int) bool {
	a, b := segmentStart(s.toks, i), segmentEnd(s.toks, i)
	for _, ts := range s.times {
		if k, _ := tokenRange(s.toks, ts.Start, ts.End); k >= a && k < b {
			return true
		}
	}
	return false
}

// habitual reports a habitual adverb ("frequently", "usually") before
// token i in its clause: a habit, not one happening. What was said after
// "said that" is another clause.
func (d *doc) habitual(s *sent, i int) bool {
	for k := i - 1; k >= segmentStart(s.toks, i); k-- {
		w := s.toks[k].Lower
		if d.x.t.is("habitual", w) {
			return true
		}
		if w == "that" || d.x.t.is("subord", w) {
			return false
		}
	}
	return false
}

// repeated reports a count of times after the trigger in its clause:
// "who has visited Malaysia some 15 times" sums up many happenings (a
// statement said "several times" is still reported).
func (d *doc) repeated(s *sent, v int) bool {
	toks := s.toks
	for k := v + 1; k < segmentEnd(toks, v) && k < v+10; k++ {
		if toks[k].Lower == "times" && k > v+1 && (isDigitWord(toks[k-1]) || d.x.t.is("number", toks[k-1].Lower)) {
			return true
		}
	}
	return false
}

// standingState reports a present perfect passive whose agent is a count
// ("has been ratified by 155 countries"): a state reached over time, not
// a dated happening.
func (d *doc) standingState(s *sent, v int, g group) bool {
	if !g.Passive || g.Tense != tensePerfect {
		return false
	}
	toks := s.toks
	for k := v + 1; k+1 < len(toks) && k <= v+3; k++ {
		if toks[k].Lower == "by" {
			return isDigitWord(toks[k+1]) || toks[k+1].Lower == "more" || toks[k+1].Lower == "over" || toks[k+1].Lower == "some"
		}
	}
	return false
}

// determiner finds the determiner or possessive of the noun at n across at
// most two modifiers ("the two bomb attacks"), or -1; a verb before the
// modifiers ends the search ("faced repeated attacks").
func (d *doc) determiner(toks []token, n int) int {
	tb := d.x.t
	for k := n - 1; k >= 0 && k >= n-3; k-- {
		t := toks[k]
		switch {
		case tb.is("det", t.Lower) || isPoss(t.Lower):
			return k
		case !t.Word || t.Upper && !isDigitWord(t) || tb.is("prep", t.Lower) || tb.is("conj", t.Lower) || tb.is("aux", t.Lower) ||
			k < n-1 && (strings.HasSuffix(t.Lower, "ed") || len(tb.verbs[t.Lower]) > 0):
			return -1
		}
	}
	return -1
}

// nameModifier reports an -s form at v after a name that a number or a
// preposition opens: "charged in three Atlanta attacks" is a noun, where
// "the Federal Reserve meets" and "after Hamas attacks" are verbs.
func (d *doc) nameModifier(s *sent, v int) bool {
	p := s.mentionEnding(v)
	if p < 0 || s.ms[p].Start == 0 {
		return false
	}
	t := s.toks[s.ms[p].Start-1]
	return isDigitWord(t) || d.x.t.is("number", t.Lower) || d.x.t.is("prep", t.Lower) && !d.x.t.is("subord", t.Lower)
}

// mandative reports a bare verb in a "that" clause after a word of
// demand: "demanding that Iraq withdraw" asks for what has not happened.
func (d *doc) mandative(s *sent, v int, vf verbForm) bool {
	if vf.Form&formBase == 0 || vf.Form&(formPast|formS) != 0 {
		return false
	}
	toks := s.toks
	for k := v - 1; k > 0 && k >= v-8; k-- {
		if toks[k].Lower == "that" {
			return d.x.t.is("mandative", toks[k-1].Lower)
		}
		if d.x.t.is("aux", toks[k].Lower) || d.x.t.is("modal", toks[k].Lower) || isClauseMark(toks[k].Text) {
			return false
		}
	}
	return false
}

// inName reports a capitalized trigger noun inside a sentence, which is
// part of a name ("the APEC Economic Leaders' Meeting"), not a report.
func (d *doc) inName(s *sent, n int) bool {
	if n == 0 || !s.toks[n].Cap || n <= dateline(s.toks) {
		return false
	}
	prev := s.toks[n-1]
	return prev.Word || isPoss(prev.Lower) && n >= 2 && s.toks[n-2].End == prev.Start
}

// nounModifier reports a trigger noun that modifies the noun after it,
// the clause going on with a verb: "the attack option would be", "the
// visit schedule was".
func (d *doc) nounModifier(s *sent, n int) bool {
	toks, tb := s.toks, d.x.t
	if n+2 >= len(toks) {
		return false
	}
	nx := toks[n+1]
	if !nx.Word || nx.Upper || isDigitWord(nx) || d.isAdverb(nx) || len(tb.verbs[nx.Lower]) > 0 || tb.is("time", nx.Lower) ||
		strings.HasSuffix(nx.Lower, "ed") || strings.HasSuffix(nx.Lower, "ing") || d.closedEnd(nx) || tb.is("neg", nx.Lower) ||
		d.isPronoun(nx.Lower) || tb.is("pron-other", nx.Lower) || tb.is("modal", nx.Lower) || tb.is("subord", nx.Lower) {
		return false
	}
	after := toks[n+2].Lower
	return tb.is("aux", after) && after != "'s" || tb.is("modal", after)
}

// reducedRelative reports a participle at v set off after a name by a
// comma with a preposition after it, the main verb following the aside:
// "The PfP, launched in 1994, is" says the PfP was launched, not that it
// launched something.
func (d *doc) reducedRelative(s *sent, v int, vf verbForm) bool {
	toks := s.toks
	if vf.Form&formPart == 0 || v < 2 || toks[v-1].Text != "," || s.mentionEnding(v-1) < 0 || v+1 >= len(toks) {
		return false
	}
	if !d.x.t.is("prep", toks[v+1].Lower) || toks[v+1].Lower == "to" {
		return false
	}
	e := segmentEnd(toks, v) // the main verb follows the aside: "…, is"
	return e+1 < len(toks) && toks[e].Text == "," && (d.x.t.is("aux", toks[e+1].Lower) || d.x.t.is("modal", toks[e+1].Lower) || d.verbLike(toks[e+1].Lower))
}

// singularName reports a name after "a" or "an" just before token v: a
// base form there qualifies a noun, it is no verb.
func (d *doc) singularName(s *sent, v int) bool {
	p := s.mentionEnding(v)
	if p < 0 {
		return false
	}
	st := s.ms[p].RoleStart
	return st > 0 && (s.toks[st-1].Lower == "a" || s.toks[st-1].Lower == "an")
}

// withOpinion reports a "with" phrase about a view: "Li's comment on …".
func (d *doc) withOpinion(np string) bool {
	ws := strings.Fields(strings.ToLower(np))
	for i := 0; i < len(ws) && i < 4; i++ {
		if d.x.t.is("opinion", ws[i]) {
			return true
		}
	}
	return false
}

// mishap reports a cause with no attacker after the verb at v: "killed in
// the eruption", "died in a plane crash".
func (d *doc) mishap(s *sent, v int) bool {
	e := segmentEnd(s.toks, v)
	for k := v + 1; k < e && k <= v+8; k++ {
		if d.x.t.is("mishap", s.toks[k].Lower) {
			return true
		}
	}
	return false
}
