package extract

import "strings"

// objectWords returns up to n words from token i to the next verb or
// clause mark: the object of an action ("raids facilities in Sudan"), not
// the clause after it. Times are left out (the date is shown apart), and
// an object pronoun is replaced by what it stands for ("attacked him" is
// "attacks Dennis Vacco", "ratified it" is "ratifies the treaty") or left
// out when that is not clear: a title never shows a bare pronoun.
func (d *doc) objectWords(s *sent, r *report, i, n int) string {
	toks, tb := s.toks, d.x.t
	var out []token
	for e, words := i, 0; e < len(toks) && words < n; e++ {
		t := toks[e]
		if t.Text == "," && s.mentionEnding(e) >= 0 && nameList(s, e) {
			out = append(out, t) // "between Australia, Indonesia and Thailand"
			continue
		}
		if p := s.mentionStarting(e); p >= 0 {
			out = append(out, toks[e:s.ms[p].End]...)
			if e == i || toks[e-1].Text != "," && toks[e-1].Lower != "and" {
				words++ // a name counts as one word, a list as one too
			}
			e = s.ms[p].End - 1
			if e+1 < len(toks) && isPoss(toks[e+1].Lower) {
				out, e = append(out, toks[e+1]), e+1 // "signed Budapest's accession document"
			}
			continue
		}
		if isPoss(t.Lower) && len(out) > 0 && out[len(out)-1].End == t.Start && d.possessive(toks, e) {
			out = append(out, t) // "the men's team"
			continue
		}
		if t.Lower == "be" && len(out) > 0 && out[len(out)-1].Lower == "to" && d.passiveNext(toks, e) {
			out, e, words = append(out, t, toks[e+1]), e+1, words+1 // "agreed to be acquired by X"
			continue
		}
		if isClauseMark(t.Text) || isQuote(t.Text) || t.Text == "." || isDash(toks, e) || tb.is("aux", t.Lower) || tb.is("modal", t.Lower) ||
			tb.is("relative", t.Lower) || tb.is("subord", t.Lower) || (e > i && d.verbLike(t.Lower) && !tb.is("assault", t.Lower)) ||
			e > i && d.participleClause(toks, e) {
			return d.trimOpen(out, false)
		}
		if tb.is("prep", t.Lower) && d.timeAt(s, e+1) || d.timeAt(s, e) {
			e = d.skipTimes(s, e+1) - 1 // "agreed in June to buy"
			continue
		}
		if end := durationEnd(s, e); end > e {
			e = end - 1 // "died Sunday a week after": the length is no object
			continue
		}
		if d.objectPronoun(toks, e) {
			if ref := d.referent(s, r, e); ref != "" && words == 0 && e == r.Trig+1+adverbs(toks[r.Trig+1:e], d) {
				out = append(out, token{Text: ref, Word: true})
			}
			continue
		}
		out = append(out, t)
		if t.Word {
			words++
		}
		if words == n && e+1 < len(toks) && (toks[e+1].Lower == "of" || toks[e+1].Word && d.modifierEnd(t)) {
			return d.trimOpen(out, true) // cut inside a phrase: "in the wake", "under the two"
		}
	}
	return d.trimOpen(out, false)
}

// adverbs counts the adverbs that toks starts with.
func adverbs(toks []token, d *doc) int {
	n := 0
	for n < len(toks) && d.isAdverb(toks[n]) {
		n++
	}
	return n
}

// objectPronoun reports a pronoun at i that is an object: "them", "it",
// and "her" when no noun follows ("defeated her opponent" is a possessive).
func (d *doc) objectPronoun(toks []token, i int) bool {
	switch toks[i].Lower {
	case "him", "them", "it", "us", "me":
		return true
	case "her":
		if i+1 == len(toks) || !toks[i+1].Word {
			return true
		}
		w := toks[i+1].Lower
		return d.x.t.is("prep", w) || d.x.t.is("conj", w) || d.x.t.is("subord", w) || d.x.t.is("time", w)
	}
	return false
}

// referent names what the object pronoun at i stands for, or "": a
// person other than the subject for "him" and "her", a group for "them",
// a thing named just before for "it".
func (d *doc) referent(s *sent, r *report, i int) string {
	switch s.toks[i].Lower {
	case "him", "her", "them":
		a, _ := d.otherActor(s, i, r.Subject)
		return a.Name
	case "it":
		if np := d.thingBefore(s, r.Trig); np != "" {
			return np
		}
		if s.Index > 0 && len(d.sents) > 0 {
			for k, p := range d.sents {
				if p == s && k > 0 && d.sents[k-1].Para == s.Para {
					return d.thingBefore(d.sents[k-1], len(d.sents[k-1].toks))
				}
			}
		}
	}
	return ""
}

// thingBefore returns the first noun phrase with "the" before token e that
// names a thing ("the treaty", "the blockade"): no person, time or name.
func (d *doc) thingBefore(s *sent, e int) string {
	toks, tb := s.toks, d.x.t
	for k := 0; k+1 < e; k++ {
		if toks[k].Lower != "the" || toks[k+1].Upper {
			continue
		}
		np := d.thingNP(s, k+1)
		if np == "" || d.hasTitle(np) {
			continue
		}
		thing := true
		for _, w := range strings.Fields(np) {
			thing = thing && !tb.is("time", w) && !tb.is("groupnoun", w) && !tb.is("common", w)
		}
		if thing {
			return "the " + np
		}
	}
	return ""
}

// otherActor resolves the object pronoun at i to an actor other than the
// subject: a person named before it for "him" and "her" (in "Roos
// attacked him", Roos is the closest but cannot be "him"), a group for
// "them".
func (d *doc) otherActor(s *sent, i int, subj actor) (actor, bool) {
	w := s.toks[i].Lower
	if w == "them" || d.x.t.is("pron3sg-n", w) {
		a, ok := d.pronounAt(s, i)
		return a, ok && a.Name != subj.Name
	}
	for p := len(s.ms) - 1; p >= 0; p-- {
		if m := &s.ms[p]; m.End <= i && !m.InRole {
			if a, ok := d.resolve(s, m); ok && a.Kind == "person" && a.Name != subj.Name {
				return a, true
			}
		}
	}
	a, ok := d.pronoun(w)
	return a, ok && a.Name != subj.Name
}

// thingNP returns the lower-case words of a noun phrase from i, up to
// three, ending before what looks like its verb: "treaty" in "the treaty
// amounts to", "accord" in "the accord ends the dispute".
func (d *doc) thingNP(s *sent, i int) string {
	toks, tb := s.toks, d.x.t
	e := i
	for ; e < len(toks) && e < i+3; e++ {
		t := toks[e]
		if !t.Word || t.Upper || d.isPronoun(t.Lower) || strings.HasSuffix(t.Lower, "ed") || d.verbLike(t.Lower) {
			break
		}
		if tb.is("det", t.Lower) || tb.is("prep", t.Lower) || tb.is("conj", t.Lower) || tb.is("aux", t.Lower) ||
			tb.is("modal", t.Lower) || tb.is("relative", t.Lower) || tb.is("subord", t.Lower) {
			break
		}
	}
	if e-i > 1 && e < len(toks) && (tb.is("det", toks[e].Lower) || tb.is("prep", toks[e].Lower)) {
		e-- // "the accord ends the dispute": "ends" is the verb
	}
	return spanText(toks[i:e])
}

// nameList reports whether the comma at e goes on with a list of names
// closed by "and": "Australia, Indonesia, Thailand and Malaysia", not
// "Systems Inc., Orange, Calif., and its sister company".
func nameList(s *sent, e int) bool {
	for k := e; k+1 < len(s.toks); {
		p := s.mentionStarting(k + 1)
		if p < 0 || s.toks[k].Text != "," && s.toks[k].Lower != "and" {
			return false
		}
		if s.toks[k].Lower == "and" {
			return true
		}
		k = s.ms[p].End
	}
	return false
}
