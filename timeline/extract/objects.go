package extract

import (
	"strings"

	"timeline/timeline"
)

// placePreps introduce where an event happened or where someone went.
var placePreps = map[string]bool{"in": true, "at": true, "to": true, "into": true, "inside": true, "across": true, "near": true, "outside": true}

// objects reads the rest of the trigger's clause from token from: the
// people met ("with X and Y"), the places ("in Kabul", "to Tajikistan and
// Uzbekistan"), the one told or attacked (a direct object).
func (d *doc) objects(s *sent, from int, r *report, tr trigger) {
	toks, tb := s.toks, d.x.t
	prep, direct := "", true
	for k := from; k < len(toks) && k < from+30; {
		t := toks[k]
		if isClauseMark(t.Text) || isQuote(t.Text) || t.Text == "." || s.inQuote[k] {
			break
		}
		if t.Word && k > from && (tb.is("subord", t.Lower) || tb.is("relative", t.Lower) || tb.is("scene", t.Lower) ||
			tb.is("aux", t.Lower) && t.Lower != "'s" || tb.is("modal", t.Lower)) {
			break
		}
		if p := s.mentionStarting(k); p >= 0 && !s.ms[p].InRole {
			m := &s.ms[p]
			possessor := m.End < len(toks) && isPoss(toks[m.End].Lower)
			if !possessor && !(r.Type == timeline.Statement && d.clauseSubject(s, m.End)) {
				d.objectMention(s, m, r, prep, direct)
			}
			if possessor && prep == "with" && r.WithNP == "" && m.End+1 < len(toks) {
				r.WithNP = spanText(toks[m.RoleStart:m.End]) + "'s " + d.plainNP(s, m.End+1) // "met with X's lawyer"
			}
			k = m.End
			if k+1 < len(toks) && (toks[k].Lower == "and" || toks[k].Text == "," && d.listGoesOn(s, k+1)) && s.mentionStarting(k+1) >= 0 {
				k++
				continue
			}
			if k+2 < len(toks) && toks[k].Lower == "and" && toks[k+1].Lower == "the" && s.mentionStarting(k+2) >= 0 {
				k += 2 // "between Pakistan and the Taliban"
				continue
			}
			if possessor {
				k++ // "met Qatar's Prime Minister X": X is still the object
				continue
			}
			direct = false
			continue
		}
		switch {
		case t.Word && d.isPronoun(t.Lower) && (direct || prep == "with" || prep == "between") &&
			(r.Type != timeline.Statement || objectCase(t.Lower)):
			// "said it holds": "it" says, it is not told
			d.pronounObject(s, k, r)
			direct = false
		case tb.is("prep", t.Lower):
			prep, direct = t.Lower, false
			if prep == "with" && r.WithNP == "" {
				r.WithNP = d.plainNP(s, k+1)
			}
		case t.Lower == "and" || t.Lower == "but" || t.Lower == "or":
			return
		case t.Word && !tb.is("det", t.Lower) && !d.isAdverb(t) && !isPoss(t.Lower):
			direct, prep = false, "" // a preposition governs only the phrase right after it
		}
		k++
	}
}

// listGoesOn reports whether the name starting at i is followed by a comma
// or "and", as in a list ("Kenya, Uganda and Tanzania"), not by a verb.
func (d *doc) listGoesOn(s *sent, i int) bool {
	p := s.mentionStarting(i)
	if p < 0 || s.ms[p].End >= len(s.toks) {
		return false
	}
	w := s.toks[s.ms[p].End]
	return w.Text == "," || w.Lower == "and" || w.Lower == "or"
}

// qualifier reports a name between an article and a noun: "a US drone
// strike", "the Doha agreement".
func (d *doc) qualifier(s *sent, m *mention) bool {
	if m.RoleStart == 0 || m.End >= len(s.toks) || !d.x.t.is("det", s.toks[m.RoleStart-1].Lower) {
		return false
	}
	n := s.toks[m.End]
	return n.Word && !n.Upper && !d.x.t.is("prep", n.Lower) && !d.x.t.is("conj", n.Lower) && !d.verbLike(n.Lower) &&
		!d.x.t.is("aux", n.Lower) && !d.x.t.is("modal", n.Lower)
}

// clauseSubject reports whether the word at k is a verb, so that the name
// before it is the subject of a new clause ("suggesting they have"), not
// an object.
func (d *doc) clauseSubject(s *sent, k int) bool {
	if k >= len(s.toks) {
		return false
	}
	w := s.toks[k].Lower
	return d.x.t.is("aux", w) || d.x.t.is("modal", w) || d.verbLike(w)
}

// objectMention files one name found after a trigger as a place or an
// object.
func (d *doc) objectMention(s *sent, m *mention, r *report, prep string, direct bool) {
	// "sold the units to Nestle": an unknown name after "to" is where one
	// goes only for a visit
	place := m.Kind == "place" || m.Kind == "country" ||
		m.Kind == "" && placePreps[prep] && (prep != "to" || r.Type == timeline.Visit) && d.person(m.Name, s.Index) == nil ||
		m.Site && placePreps[prep]
	if m.Kind == "country" && d.qualifier(s, m) {
		place = false // "a US drone strike": a country qualifying a noun
	}
	switch {
	case r.Type == timeline.Statement && direct && m.Country != "":
		if a, ok := d.resolve(s, m); ok && a.Name != r.Subject.Name {
			r.Objects = appendActors(r.Objects, a) // "Washington warned Tehran"
		}
	case r.Type == timeline.Statement && place:
	case place && r.Type == timeline.Attack && (prep == "of" || prep == "on" || prep == "against" || direct):
		r.Places = appendString(r.Places, m.Name) // "Iraq's invasion of Kuwait" took place in Kuwait
		if r.Noun && !direct && r.Target == "" {
			r.Target = prep + " " + m.Name
		}
		if a, ok := d.resolve(s, m); ok && m.Kind == "country" && a.Name != r.Subject.Name {
			r.Objects = appendActors(r.Objects, a) // and Kuwait is a party to it
		}
	case place && (placePreps[prep] || r.Type == timeline.Visit && d.visitPlace(s, m, r, prep, direct)):
		name := m.Name
		if m.Kind == "place" && m.Country == "" {
			name = m.Name
		}
		r.Places = appendString(r.Places, name)
	case r.Type == timeline.Statement && !direct:
	case m.Kind == "place" && d.qualifier(s, m):
		// "the Doha agreement": a place qualifying a noun
	case direct || prep == "with" || prep == "between" || prep == "on" || prep == "against" || prep == "by":
		if a, ok := d.resolve(s, m); ok && a.Name != r.Subject.Name && (m.Kind != "place" || r.Type != timeline.Visit) {
			r.Objects = appendActors(r.Objects, a)
		}
	}
}

// visitPlace reports a place a visit goes to that no place preposition
// marks: "visited Kabul", "left for Doha", "left for talks with the
// governments of Syria"; but "left Kabul" is where one came from.
func (d *doc) visitPlace(s *sent, m *mention, r *report, prep string, direct bool) bool {
	switch {
	case direct:
		return r.Lemma != "leave"
	case prep == "for":
		return r.Lemma == "leave"
	case m.RoleStart >= 1 && len(r.Places) > 0 && (s.toks[m.RoleStart-1].Text == "," || s.toks[m.RoleStart-1].Lower == "and"):
		return true // the list goes on: "of Syria, Jordan and Egypt"
	case prep == "of" && m.RoleStart >= 2:
		w := strings.TrimSuffix(s.toks[m.RoleStart-2].Lower, "s")
		return d.x.t.is("institution", w) || w == "capital" || w == "leader"
	}
	return false
}

// plainNP returns the lower-case words of a noun phrase that is no name,
// starting at i ("officials" in "meetings with officials in Tajikistan").
func (d *doc) plainNP(s *sent, i int) string {
	toks, tb := s.toks, d.x.t
	var ws []string
	for k := i; k < len(toks) && len(ws) < 4; k++ {
		t := toks[k]
		if !t.Word || t.Upper || tb.is("prep", t.Lower) || tb.is("conj", t.Lower) || tb.is("relative", t.Lower) ||
			tb.is("subord", t.Lower) || d.verbLike(t.Lower) || strings.HasSuffix(t.Lower, "ing") && len(ws) > 0 {
			break
		}
		if tb.is("det", t.Lower) && len(ws) == 0 {
			continue
		}
		if d.isPronoun(t.Lower) || tb.is("pron-other", t.Lower) {
			break
		}
		ws = append(ws, t.Text)
	}
	return strings.Join(ws, " ")
}

func appendString(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

func splitWords(s string) []string { return strings.Fields(s) }

// nounEvent reads token n as an event noun ("meeting", "trip", "bombing").
// Such a noun is an event only with an actor: a possessive ("Wafa's
// visit", "his meetings"), the subject of a light verb ("has had a secret
// meeting"), or a "by" phrase.
func (d *doc) nounEvent(s *sent, n int, tr trigger) *report {
	toks, tb := s.toks, d.x.t
	r := &report{Type: tr.Type, Lemma: tr.Lemma, Trig: n, Noun: true, Group: group{Tense: tensePast, Valid: true}}
	k := n - 1
	for k >= 0 && n-k <= 3 && toks[k].Word && !toks[k].Upper && !tb.is("det", toks[k].Lower) && !tb.is("conj", toks[k].Lower) &&
		!tb.is("prep", toks[k].Lower) && !d.verbLike(toks[k].Lower) && !tb.is("aux", toks[k].Lower) && !isPoss(toks[k].Lower) {
		k--
	}
	if d.verbUse(s, n) || d.genericPlural(s, n, tr) || d.habitual(s, n) || d.inName(s, n) || d.nounModifier(s, n) {
		return nil
	}
	if k >= 0 {
		if a, g, ok := d.nounActor(s, k); ok {
			r.Subject = a
			if g.Tense != tenseNone {
				r.Group = g
			}
			if !g.Valid {
				return nil
			}
		}
	}
	if r.Subject.Name == "" {
		d.nounSides(s, n, r)
	}
	if r.Subject.Name == "" && tr.Support || d.inInfinitive(s, n) || d.hypothetical(s, n) || d.prospective(s, n) {
		return nil
	}
	d.objects(s, n+1, r, tr)
	return r
}

// nounSides finds the actors of an event noun written after it or in a
// compound before it: "an attack by the Taliban", "talks between Pakistan
// and the Taliban", "Pakistan-Taliban talks".
func (d *doc) nounSides(s *sent, n int, r *report) {
	toks, tb := s.toks, d.x.t
	at := func(i int) int { // a name at i, after an optional article
		if i < len(toks) && tb.is("det", toks[i].Lower) {
			i++
		}
		return s.mentionStarting(i)
	}
	switch {
	case n+1 < len(toks) && toks[n+1].Lower == "by":
		if p := at(n + 2); p >= 0 {
			r.Subject, _ = d.resolve(s, &s.ms[p])
		}
	case n+1 < len(toks) && toks[n+1].Lower == "between":
		p := at(n + 2)
		if p < 0 || s.ms[p].End >= len(toks) || toks[s.ms[p].End].Lower != "and" {
			return
		}
		if q := at(s.ms[p].End + 1); q >= 0 {
			r.Subject, _ = d.resolve(s, &s.ms[p])
			if a, ok := d.resolve(s, &s.ms[q]); ok {
				r.Objects = append(r.Objects, a)
			}
		}
	case n > 0 && strings.Count(toks[n-1].Text, "-") == 1 && d.modifierOnly(toks, n-1, n):
		parts := strings.Split(toks[n-1].Text, "-")
		a, okA := tb.lookup([]string{parts[0]})
		b, okB := tb.lookup([]string{parts[1]})
		if okA && okB {
			ea, eb := a.actor(), b.actor()
			r.Subject = actor{Name: ea.Name, Kind: ea.Kind}
			r.Objects = append(r.Objects, actor{Name: eb.Name, Kind: eb.Kind})
		}
	}
}

// prospective reports an event noun that has not happened: "the coming
// visit", "a planned meeting".
func (d *doc) prospective(s *sent, n int) bool {
	for k := n - 1; k >= 0 && k >= n-3; k-- {
		if d.x.t.is("prospective", s.toks[k].Lower) {
			return true
		}
		if d.x.t.is("det", s.toks[k].Lower) {
			// "the possibility of a meeting", "plans for a visit"
			return k >= 2 && (s.toks[k-1].Lower == "of" || s.toks[k-1].Lower == "for") && d.x.t.is("prospect", s.toks[k-2].Lower)
		}
	}
	return false
}

// inInfinitive reports an event noun that is the object of an infinitive
// ("in an effort to slow down their attacks"): aimed at, not reported.
func (d *doc) inInfinitive(s *sent, n int) bool {
	toks := s.toks
	for k := n - 1; k >= 0 && k >= n-5; k-- {
		if isClauseMark(toks[k].Text) {
			return false
		}
		if toks[k].Lower == "to" && k+1 < n && toks[k+1].Word && !toks[k+1].Upper && !d.x.t.is("det", toks[k+1].Lower) &&
			!isPoss(toks[k+1].Lower) && d.x.t.is("det", toks[k+1].Lower) == false && !d.x.t.is("pron3pl", toks[k+1].Lower) {
			return true
		}
	}
	return false
}

// nounActor finds the actor of an event noun from the word k before it.
func (d *doc) nounActor(s *sent, k int) (actor, group, bool) {
	toks, tb := s.toks, d.x.t
	w := toks[k].Lower
	switch {
	case isPoss(w):
		if p := s.mentionEnding(k); p >= 0 {
			a, ok := d.resolve(s, &s.ms[p])
			return a, group{Valid: true}, ok
		}
	case w == "his" || w == "her" || w == "their" || w == "its":
		if a, ok := d.cataphor(s, k); ok {
			return a, group{Valid: true}, true
		}
		a, ok := d.pronounAt(s, k)
		return a, group{Valid: true}, ok
	case tb.is("det", w) && k > 0:
		for _, vf := range tb.verbs[toks[k-1].Lower] {
			if !tb.is("light", vf.Lemma) {
				continue
			}
			g := d.verbGroup(toks, k-1, vf.Form)
			if !g.Valid && g.Tense == tenseNone {
				return actor{}, g, false
			}
			a, ok := d.subjectOf(s, k-1)
			return a, g, ok
		}
	}
	return actor{}, group{Valid: true}, false
}

// cataphor resolves "his" in a fronted adjunct to the subject that follows
// it: "During his meetings …, Wafa emphasized".
func (d *doc) cataphor(s *sent, k int) (actor, bool) {
	toks := s.toks
	c := segmentEnd(toks, k)
	if c >= len(toks) || toks[c].Text != "," || segmentStart(toks, k) != 0 || !d.x.t.is("prep", toks[0].Lower) {
		return actor{}, false
	}
	for hop := 0; hop < 3 && c < len(toks) && toks[c].Text == ","; hop++ {
		if p := s.mentionStarting(c + 1); p >= 0 && s.ms[p].Kind == "person" || p >= 0 && s.ms[p].Kind == "" {
			return d.resolve(s, &s.ms[p])
		}
		e := segmentEnd(toks, c+1) // "During his visit, the first by a minister since 1964, Millon invited"
		if d.hasVerb(lowerOnly(toks[c+1 : e])) {
			break
		}
		c = e
	}
	return actor{}, false
}

// pronounObject adds the actor a pronoun object stands for: "met with
// them", "attacked him" (not the attacker).
func (d *doc) pronounObject(s *sent, k int, r *report) {
	a, ok := d.pronounAt(s, k)
	if objectCase(s.toks[k].Lower) {
		a, ok = d.otherActor(s, k, r.Subject)
	}
	if ok && a.Name != r.Subject.Name && !d.clauseSubject(s, k+1) {
		r.Objects = appendActors(r.Objects, a)
	}
}

// objectCase reports a pronoun that can only be an object: "told them".
func objectCase(w string) bool {
	switch w {
	case "him", "her", "them", "us", "me":
		return true
	}
	return false
}
