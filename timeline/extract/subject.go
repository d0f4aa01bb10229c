package extract

import "strings"

// subjectOf finds who does what the verb at v says: the name or pronoun
// just before its group, an inverted speaker ("…,” wrote Dr X), or, across
// appositions and adjuncts set off by commas, the name the clause opened
// with ("Zakir Jalali, an official …, while …, emphasized").
func (d *doc) subjectOf(s *sent, v int) (actor, bool) {
	toks := s.toks
	j := d.groupStart(toks, v) - 1
	for _, ts := range s.times {
		if k, e := tokenRange(toks, ts.Start, ts.End); k >= 0 && e == j+1 && k > 0 {
			j = k - 1 // "the bombings last week claimed": the subject is before the time
		}
	}
	if j < 0 {
		return actor{}, false
	}
	afterQuote := isQuote(toks[j].Text) || (toks[j].Text == "," && j > 0 && isQuote(toks[j-1].Text))
	if afterQuote && j == v-1 {
		if p := s.mentionStarting(v + 1); p >= 0 && !d.clauseSubject(s, s.ms[p].End) {
			return d.resolve(s, &s.ms[p])
		}
	}
	if toks[j].Text == "," && j == v-1 && d.clauseBefore(s, j) {
		// "…, said Uhuru, a Swahili newspaper": the speaker ends the clause
		if p := s.mentionStarting(v + 1); p >= 0 && (s.ms[p].End == len(toks) || s.ms[p].End < len(toks) &&
			(toks[s.ms[p].End].Text == "," || toks[s.ms[p].End].Text == ".")) {
			return d.resolve(s, &s.ms[p])
		}
	}
	if a, ok := d.subjectBefore(s, j, 0, j == v-1); ok {
		return a, true
	}
	if (afterQuote || toks[j].Text == "," && d.clauseBefore(s, j)) && j == v-1 {
		if p := s.mentionStarting(v + 1); p >= 0 && !d.clauseSubject(s, s.ms[p].End) {
			return d.resolve(s, &s.ms[p])
		}
		return d.invertedDescription(s, v+1)
	}
	return actor{}, false
}

// invertedDescription reads a speaker after the verb that is no name: "…,
// said a spokesman for Kyle" is Kyle; "said an official" is no one.
func (d *doc) invertedDescription(s *sent, i int) (actor, bool) {
	toks := s.toks
	for k := i; k < len(toks) && k < i+5; k++ {
		if isClauseMark(toks[k].Text) || toks[k].Text == "." {
			break
		}
		if (toks[k].Lower == "for" || toks[k].Lower == "of" || toks[k].Lower == "at") && k > i {
			if p := s.mentionStarting(k + 1); p >= 0 && s.ms[p].Kind != "person" {
				a, ok := d.resolve(s, &s.ms[p])
				a.Role = d.plainNP(s, i)
				return a, ok
			}
		}
	}
	return actor{}, false
}

// clauseBefore reports whether the words before the comma at j hold a
// verb, so that "…, says X" inverts a statement ("Mutual fund groups
// haven't lost control, says Louis Harvey") and "One of those computers,
// called Sparcstation 1, accounted" does not.
func (d *doc) clauseBefore(s *sent, j int) bool {
	for k := segmentStart(s.toks, j); k < j; k++ {
		w := s.toks[k].Lower
		if d.x.t.is("aux", w) || d.x.t.is("modal", w) || d.verbLike(w) || strings.HasSuffix(w, "ed") && !s.toks[k].Upper {
			return true
		}
	}
	return false
}

// subjectBefore finds the subject whose last token is at or before j.
// bare says whether the verb follows at once, with no auxiliary.
func (d *doc) subjectBefore(s *sent, j, depth int, bare bool) (actor, bool) {
	toks, tb := s.toks, d.x.t
	if j < 0 || depth > 4 {
		return actor{}, false
	}
	t := toks[j]
	if p := s.mentionEnding(j + 1); p >= 0 {
		j = s.ms[s.ofOwner(p)].End - 1 // "Ivo Kranj of Croatia signed": the person, not the country
	}
	if p := s.mentionEnding(j + 1); p >= 0 && !s.ms[p].InRole {
		if q := d.appositionOwner(s, p); q >= 0 {
			p = q
		}
		first := d.coordinationStart(s, s.ms[p].RoleStart)
		if first > 0 {
			before := toks[first-1]
			switch {
			case tb.is("prep", before.Lower) && !tb.is("subord", before.Lower):
				// "the bombings in Kenya and Tanzania claimed": the name is
				// inside a phrase that qualifies the subject.
				return d.nounPhrase(s, first-2)
			case bare && before.Word && !before.Upper && !tb.is("det", before.Lower) && !tb.is("conj", before.Lower) &&
				!tb.is("subord", before.Lower) && !tb.is("relative", before.Lower) && !d.isAdverb(before) &&
				!tb.is("aux", before.Lower) && !tb.titleHead[before.Lower] && !tb.titleMod[before.Lower] && !d.reporting(before.Lower) &&
				(d.verbLike(before.Lower) || strings.HasSuffix(before.Lower, "s") || strings.HasSuffix(before.Lower, "ed")):
				return actor{}, false // "wants Elian returned": the name is an object
			}
		}
		return d.resolve(s, &s.ms[p])
	}
	switch {
	case t.Word && strings.HasSuffix(t.Lower, "self") || t.Lower == "themselves":
		return d.subjectBefore(s, j-1, depth+1, false) // "the president himself met"
	case t.Word && d.isPronoun(t.Lower):
		return d.pronounAt(s, j)
	case t.Word && tb.is("relative", t.Lower) && j > 0:
		k := j - 1
		if toks[k].Text == "," && k > 0 {
			k--
		}
		return d.subjectBefore(s, k, depth+1, false)
	case t.Word:
		return d.nounPhrase(s, j)
	case t.Text == "," || isQuote(t.Text):
		return d.segmentSubject(s, j, depth)
	}
	return actor{}, false
}

// coordinationStart returns the first token of a coordination of names
// ending with the name that starts at i ("Kenya and Tanzania").
func (d *doc) coordinationStart(s *sent, i int) int {
	for i >= 2 && s.toks[i-1].Lower == "and" {
		p := s.mentionEnding(i - 1)
		if p < 0 {
			break
		}
		i = s.ms[s.ofOwner(p)].RoleStart
	}
	return i
}

// segmentSubject walks back over comma segments that are appositions,
// adjuncts or subordinate clauses to the segment that is a bare name.
func (d *doc) segmentSubject(s *sent, e, depth int) (actor, bool) {
	toks, tb := s.toks, d.x.t
	for n := 0; n < 5 && e > 0; n++ {
		st := segmentStart(toks, e)
		if st == e || st > 0 && toks[st-1].Text == "(" {
			e = st - 1 // an empty segment, or a parenthesis: "(CNPC)"
			continue
		}
		k := st
		for k < e && (toks[k].Lower == "the" || tb.is("subord", toks[k].Lower)) {
			k++
		}
		if p := s.mentionEnding(e); p >= 0 && s.ms[p].RoleStart <= k && s.ms[p].RoleStart >= st && !s.ms[p].InRole {
			if !d.locationApposition(s, p, st) {
				return d.resolve(s, &s.ms[p])
			}
			e = st - 1 // "Heritage Media Corp., New York, said": a location
			continue
		}
		if p := s.mentionEnding(e); p >= 0 && s.ms[p].Kind == "role" && s.ms[p].RoleStart == k && e < len(toks) && toks[e].Text == "," {
			// "US Joint Chiefs of Staff Chairman, Army Gen. Mark Milley, said": the title
			// is an apposition of the name after it, already passed.
			e = st - 1
			continue
		}
		first := toks[st]
		skip := tb.is("det", first.Lower) || tb.is("subord", first.Lower) || tb.is("prep", first.Lower) ||
			(first.Word && !first.Cap) || tb.titleHead[first.Lower] || isQuote(toks[e].Text)
		if !skip || st == 0 {
			return actor{}, false
		}
		e = st - 1
	}
	return actor{}, false
}

// locationApposition reports a place set off by commas after a name or a
// place: "Heritage Media Corp., New York," and "Nairobi, Kenya,".
func (d *doc) locationApposition(s *sent, p, st int) bool {
	m := s.ms[p]
	if st == 0 || s.toks[st-1].Text != "," {
		return false
	}
	if m.Kind == "" && m.End+1 < len(s.toks) && s.toks[m.End].Text == "," {
		if q := s.mentionStarting(m.End + 1); q >= 0 && s.ms[q].Kind == "place" {
			return true // "CAMBREX Corp., Bayonne, N.J., declared": a town
		}
	}
	if m.Kind != "place" && m.Kind != "country" {
		return false
	}
	if m.Kind == "place" && m.Country == "" {
		return true
	}
	q := s.mentionEnding(st - 1)
	return q >= 0 && (s.ms[q].Kind == "place" || s.ms[q].Kind == "" || s.ms[q].Kind == "organization")
}

// appositionOwner handles a name that is itself inside an apposition:
// in "Mohammad Yousuf Wafa, Taliban governor of Balkh and a close aide to
// the group's supreme leader, Hibatullah Akhundzada traveled", the
// traveller is Wafa, "Hibatullah Akhundzada" naming the supreme leader.
func (d *doc) appositionOwner(s *sent, p int) int {
	toks := s.toks
	c := s.ms[p].RoleStart - 1
	if c < 2 || toks[c].Text != "," || !d.x.t.titleHead[toks[c-1].Lower] || toks[c-1].Cap {
		return -1
	}
	st := segmentStart(toks, c)
	if st < 2 || toks[st-1].Text != "," {
		return -1
	}
	q := s.mentionEnding(st - 1)
	if q < 0 || s.ms[q].Kind != "person" {
		return -1
	}
	if _, ok := d.apposition(toks, st); !ok {
		return -1
	}
	return q
}

// nounPhrase reads a subject that is a common noun phrase: "the defense
// secretary" is the person last given that title; "the current US
// leadership" stands for the United States.
func (d *doc) nounPhrase(s *sent, j int) (actor, bool) {
	toks, tb := s.toks, d.x.t
	if j < 0 {
		return actor{}, false
	}
	head, det, demonym := "", "", ""
	var ent *mention
	institution := tb.is("institution", toks[j].Lower)
	k := j
	for ; k >= 0 && j-k < 6; k-- {
		t := toks[k]
		p := s.mentionEnding(k + 1)
		if p < 0 && isPoss(t.Lower) {
			p = s.mentionEnding(k) // "Ratners Group's U.S. subsidiary": Ratners Group
		}
		if p >= 0 {
			ent, k = &s.ms[p], s.ms[p].RoleStart
			continue
		}
		if !t.Word || tb.is("prep", t.Lower) || tb.is("aux", t.Lower) || tb.is("subord", t.Lower) ||
			tb.is("relative", t.Lower) || tb.is("conj", t.Lower) || d.verbLike(t.Lower) || d.timeAt(s, k) {
			break // "On Tuesday Chilean forces launched": the time is no part of the subject
		}
		if tb.is("det", t.Lower) {
			det = t.Lower
			k--
			break
		}
		if tb.titleHead[t.Lower] && head == "" {
			head = t.Lower
		}
		if c := tb.demonyms[t.Lower]; c != "" {
			demonym = c
		}
	}
	if k >= 0 && tb.is("prep", toks[k].Lower) {
		return actor{}, false // "the bombings at U.S. embassies": the name is in a phrase, not the subject
	}
	if ent != nil && ent.Kind != "person" && ent.Kind != "" && ent.Kind != "role" && !(ent.Kind == "place" && ent.Country == "") &&
		det != "a" && det != "an" { // "a U.S. fighter jet crashed": not the United States
		if ent.Kind == "country" && possessed(toks, ent, j) && !institution && head == "" {
			return actor{}, false // "Canada's largest department store operator": a company, not Canada
		}
		a, ok := d.resolve(s, ent)
		if ok && toks[j].Word && !toks[j].Upper {
			a.Role = toks[j].Lower // "Kenya's national newspapers": Kenya, newspapers
		}
		return a, ok
	}
	if head != "" && det == "the" {
		return d.qualifiedDescription(s, k+2, j, head) // "the defense secretary"; "his spokesman" names no one
	}
	if demonym != "" && institution && ent == nil {
		if e, ok := tb.lookup([]string{demonym}); ok && e.Kind == "country" {
			return actor{Name: e.Name, Kind: "country", Role: toks[j].Lower}, true // "the Kenyan government"
		}
	}
	return actor{}, false
}

// isPronoun reports a personal pronoun that may stand for an actor.
func (d *doc) isPronoun(w string) bool {
	tb := d.x.t
	return tb.is("pron3sg-m", w) || tb.is("pron3sg-f", w) || tb.is("pron3sg-n", w) || tb.is("pron3pl", w)
}

// pronounAt resolves the pronoun at token k: first to a name earlier in
// the same sentence (a person for "he", a group for "they" and "its", not
// one named as a place: "in Afghanistan"), else as pronoun does.
func (d *doc) pronounAt(s *sent, k int) (actor, bool) {
	tb := d.x.t
	w := s.toks[k].Lower
	personal := tb.is("pron3sg-m", w) || tb.is("pron3sg-f", w)
	if tb.is("pron3pl", w) {
		for j := 0; j < k; j++ {
			if tb.is("groupnoun", s.toks[j].Lower) {
				return actor{}, false // "police said they had arrested": the police
			}
		}
	}
	for p := len(s.ms) - 1; p >= 0; p-- {
		m := &s.ms[p]
		if m.End > k || m.InRole || (m.RoleStart > 0 && placePreps[s.toks[m.RoleStart-1].Lower]) || isPoss(s.toks[m.End].Lower) && m.RoleStart > 0 {
			continue // a place, or a possessor ("Cambodia's main attraction")
		}
		group := m.Kind == "organization" || m.Kind == "country"
		if personal && (m.Kind == "person" || m.Kind == "") {
			if a, ok := d.resolve(s, m); ok && a.Kind == "person" {
				return a, true
			}
		}
		if !personal && group {
			return d.resolve(s, m)
		}
	}
	return d.pronoun(w)
}

// pronoun resolves he, she, his, they, it… to the last person who was a
// subject, or the last group named.
func (d *doc) pronoun(w string) (actor, bool) {
	tb := d.x.t
	switch {
	case tb.is("pron3sg-m", w) || tb.is("pron3sg-f", w):
		if d.lastSubj.Name != "" {
			return d.lastSubj, true
		}
		return d.lastPerson, d.lastPerson.Name != ""
	case w == "them" && d.lastGroup.Name == "":
		return d.lastNamed, d.lastNamed.Name != "" // "met with them": any group just named
	case tb.is("pron3pl", w) || tb.is("pron3sg-n", w):
		return d.lastGroup, d.lastGroup.Name != ""
	}
	return actor{}, false
}

// ofOwner returns the person whose "of" or "at" phrase holds mention p
// ("Croatia" in "Ivo Kranj of Croatia"), else p.
func (s *sent) ofOwner(p int) int {
	m, r := s.ms[p], s.ms[p].RoleStart
	if r >= 3 && s.toks[r-1].Cap && s.toks[r-2].Lower == "at" {
		r-- // "at First Boston"
	}
	if r < 2 || !(m.InRole && s.toks[r-1].Lower == "of" || s.toks[r-1].Lower == "at") {
		return p // "an analyst at First Boston" is the analyst's too
	}
	if q := s.mentionEnding(r - 1); q >= 0 && s.ms[q].Kind == "person" {
		return q
	}
	return p
}

// possessed reports a name written as a possessor of the noun at j:
// "Canada's largest store operator".
func possessed(toks []token, m *mention, j int) bool {
	return m.End < len(toks) && isPoss(toks[m.End].Lower) && m.End < j
}
