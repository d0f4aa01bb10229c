package extract

import "strings"

// How the words of an object end: a title cut in the middle of a phrase
// ("in the wake", "on account", "beginning") reads as broken, so the
// phrase left open is dropped.

// trimOpen trims the object words: the closed-class words at the end, and
// a prepositional phrase left open by the cut ("on account of a …"), when
// cut says the words stopped inside a phrase or an "of" was trimmed.
func (d *doc) trimOpen(out []token, cut bool) string {
	tb := d.x.t
	n := len(out)
	for n > 0 && d.closedEnd(out[n-1]) {
		if out[n-1].Lower == "of" {
			cut = true // "in the name of …": the phrase needs what follows
		}
		n--
	}
	out = out[:n]
	if cut {
		for k := len(out) - 1; k >= 2; k-- {
			if tb.is("prep", out[k].Lower) && !out[k].Upper && out[k].Lower != "to" {
				if len(out)-k <= 3 { // "on account", "in the wake": too short to stand
					out = out[:k]
				}
				break
			}
		}
	}
	return d.trimEnd(out)
}

// closedEnd reports a word a title does not end with.
func (d *doc) closedEnd(t token) bool {
	tb := d.x.t
	return !t.Word || tb.is("det", t.Lower) || tb.is("prep", t.Lower) || tb.is("conj", t.Lower) ||
		tb.is("aux", t.Lower) || tb.is("relative", t.Lower)
}

// participleClause reports an -ing word at e that opens a clause of its
// own, its object following: "filed a suit seeking the withdrawal",
// "won on Sunday beating Taiwan". After a determiner it is an adjective
// ("the ruling party"), after a preposition a gerund ("from visiting
// Prime Minister X"), and an event noun ("meeting") is a noun.
func (d *doc) participleClause(toks []token, e int) bool {
	t := toks[e]
	if t.Upper || len(t.Lower) < 6 || !strings.HasSuffix(t.Lower, "ing") || e+1 >= len(toks) {
		return false
	}
	if d.x.t.is("prepish", t.Lower) {
		return false // "following the blasts"
	}
	for _, tr := range d.x.t.triggers[t.Lower] {
		if tr.Noun {
			return false
		}
	}
	prev, nx := toks[e-1], toks[e+1]
	if d.x.t.is("det", prev.Lower) || isPoss(prev.Lower) || d.x.t.is("prep", prev.Lower) {
		return false
	}
	return d.x.t.is("det", nx.Lower) || nx.Upper || isDigitWord(nx) || d.x.t.is("time", nx.Lower)
}

// possessive reports a "'s" at e that marks a possessive, not "is": a
// noun follows it ("the men's team").
func (d *doc) possessive(toks []token, e int) bool {
	if e+1 >= len(toks) || !toks[e+1].Word {
		return false
	}
	w := toks[e+1].Lower
	tb := d.x.t
	return !tb.is("det", w) && !tb.is("aux", w) && !tb.is("neg", w) && !d.verbLike(w) && !d.isAdverb(toks[e+1]) &&
		!strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")
}

// durationEnd returns the token after a duration starting at e (with its
// article) that measures from another time ("a week after", "one month
// before"), or e: such a length is no object.
func durationEnd(s *sent, e int) int {
	toks := s.toks
	for _, du := range s.durs {
		k, end := tokenRange(toks, du.Start, du.End)
		if k != e && !(k == e+1 && toks[e].Lower == "a") || end >= len(toks) {
			continue
		}
		switch toks[end].Lower {
		case "after", "before":
			return end
		case "later", "earlier", "ago":
			return end + 1
		}
	}
	return e
}

// isDash reports a dash written as two hyphens ("-- broadcast live --"),
// which sets off an aside; a single hyphen joins words ("al-Aqsa").
func isDash(toks []token, e int) bool {
	return toks[e].Text == "-" && (e+1 < len(toks) && toks[e+1].Text == "-" || e > 0 && toks[e-1].Text == "-")
}

// passiveNext reports a past participle after token e: "to be acquired".
func (d *doc) passiveNext(toks []token, e int) bool {
	if e+1 >= len(toks) || !toks[e+1].Word {
		return false
	}
	w := toks[e+1].Lower
	if strings.HasSuffix(w, "ed") {
		return true
	}
	for _, vf := range d.x.t.verbs[w] {
		if vf.Form&formPart != 0 {
			return true
		}
	}
	return false
}

// modifierEnd reports a word that cannot end a noun phrase, so a cut
// after it leaves the phrase open: a number ("the two"), a demonym ("a
// group of Iraqi"), a compass word ("most of southern") or an adjective
// by its ending ("at the international").
func (d *doc) modifierEnd(t token) bool {
	w, tb := t.Lower, d.x.t
	if isDigitWord(t) || tb.is("number", w) || tb.demonyms[w] != "" || tb.is("compass", w) {
		return true
	}
	for _, suf := range []string{"al", "ern", "ian", "ic", "ive"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	return false
}
