package extract

import (
	"strings"

	"timeline/timeline"
)

// verbEvent reads token v as the verb of trigger tr, and returns the event
// it reports, or nil when it reports none (negated, modal, infinitive, no
// actor, a noun after all).
func (d *doc) verbEvent(s *sent, v int, vf verbForm, tr trigger, prev []*report) *report {
	toks, tb := s.toks, d.x.t
	if tr.Must && !prepFollows(toks, v, tr.Preps, 5) || d.hypothetical(s, v) {
		return nil
	}
	if v > 0 && (tb.is("det", toks[v-1].Lower) || isPoss(toks[v-1].Lower)) {
		return nil // "the visit", "his report": a noun
	}
	if vf.Form&formS != 0 && vf.Form&formPast == 0 && v+1 < len(toks) && (tb.is("aux", toks[v+1].Lower) ||
		tb.is("modal", toks[v+1].Lower) || strings.HasSuffix(toks[v+1].Lower, "ed") && !toks[v+1].Upper) {
		return nil // "member states have approved", "bombs exploded": a plural noun
	}
	if vf.Form == formBase && d.singularName(s, v) {
		return nil // "a Florida state court": no verb agrees with "a Florida"
	}
	if vf.Form&formS != 0 && vf.Form&formPast == 0 && d.nameModifier(s, v) {
		return nil // "charged in three Atlanta attacks": a noun
	}
	if vf.Form&formS != 0 && v > 0 && tb.is("nounlike", tr.Lemma) && toks[v-1].Word && !toks[v-1].Upper &&
		!d.isAdverb(toks[v-1]) && !tb.is("aux", toks[v-1].Lower) && !d.isPronoun(toks[v-1].Lower) &&
		!tb.is("relative", toks[v-1].Lower) && !tb.is("conj", toks[v-1].Lower) {
		return nil // "member states", "news reports": a compound noun
	}
	if vf.Form&formPart != 0 && v > 0 && v+1 < len(toks) && (toks[v-1].Text == "," || toks[v-1].Lower == "newly") &&
		(tb.titleHead[toks[v+1].Lower] || tb.titleMod[toks[v+1].Lower]) && !toks[v+1].Cap && !tb.is("det", toks[v+1].Lower) &&
		!tb.is("conj", toks[v+1].Lower) && !tb.is("prep", toks[v+1].Lower) {
		return nil // "X, newly appointed chairman": an apposition
	}
	r := &report{Type: tr.Type, Lemma: tr.Lemma, Trig: v}
	g := d.verbGroup(toks, v, vf.Form)
	if d.reducedRelative(s, v, vf) {
		g = group{Tense: tensePast, Passive: true, Valid: true} // "The PfP, launched in 1994, is"
	}
	var ok bool
	switch {
	case vf.Form&formIng != 0 && g.Tense == tenseNone:
		if !d.participle(s, v, r, prev) {
			return nil
		}
	case !g.Valid:
		return nil
	case g.Passive:
		if tr.Type == timeline.Statement {
			return nil
		}
		r.Group = g
		if p, ok := d.subjectOf(s, v); ok {
			r.Objects = append(r.Objects, p)
		}
		if a, ok := d.byAgent(s, v); ok {
			r.Subject = a
		}
	default:
		r.Group = g
		if r.Subject, ok = d.subjectOf(s, v); !ok {
			return nil
		}
	}
	if !d.frameOK(s, v, tr, r) || d.habitual(s, v) || d.standingState(s, v, r.Group) || d.mandative(s, v, vf) || tr.Type != timeline.Statement && d.repeated(s, v) {
		return nil
	}
	return d.complete(s, v, tr, r)
}

// complete reads a verb event's objects and places and checks what its
// type needs: someone met, a place gone to, a speaker.
func (d *doc) complete(s *sent, v int, tr trigger, r *report) *report {
	d.objects(s, v+1, r, tr)
	if tr.Type == timeline.Other && d.attackObject(s, v) {
		r.Type = timeline.Attack // "launched cruise missile strikes against …"
	}
	if co := d.coSubjects(s, v, r.Subject); len(co) > 0 {
		r.CoSubjects = co
	}
	if tr.Type == timeline.Meeting && len(r.Objects) == 0 && r.WithNP == "" && d.plainObject(s, v) {
		np := d.plainNP(s, v+1)
		if !d.hasTitle(np) {
			return nil // "met the test", "meet new standards"
		}
		r.WithNP = "the " + np // "met the governor"
	}
	if tr.Type == timeline.Attack && d.mishap(s, v) {
		r.Type = timeline.Other // "two were killed in the eruption": no one attacked
	}
	if tr.Type == timeline.Agreement && d.withOpinion(r.WithNP) {
		r.Type = timeline.Statement // "agreed with Li's comment": a view shared, no accord
	}
	if tr.Type == timeline.Visit && len(r.Places) == 0 && (tr.Lemma != "visit" || len(r.Objects) == 0) {
		return nil // "flies to 42 cities", "is going to great lengths": no place
	}
	if tr.Patient {
		if len(r.Objects) == 0 {
			return nil
		}
		r.Subject, r.Objects = r.Objects[0], append(r.Objects[1:], r.Subject)
	}
	if r.Subject.Name == "" && len(r.Objects) == 0 {
		return nil
	}
	if tr.Type == timeline.Statement && (r.Subject.Name == "" || r.Subject.Kind == "place") {
		return nil
	}
	return r
}

// participle handles an -ing form without auxiliary: coordinated with the
// event before it ("was visiting Kabul and meeting with X"), an adjunct of
// it (", adding:"), or after a verb of beginning ("began engaging").
func (d *doc) participle(s *sent, v int, r *report, prev []*report) bool {
	toks, tb := s.toks, d.x.t
	k := d.groupStart(toks, v) - 1
	if k < 0 {
		return false
	}
	w := toks[k].Lower
	if (w == "and" || w == ",") && len(prev) > 0 {
		last := prev[len(prev)-1]
		r.Group, r.Subject = last.Group, last.Subject
		if w == "and" && len(last.Places) > 0 {
			r.Places = last.Places
		}
		return r.Group.Valid
	}
	for _, vf := range tb.verbs[w] {
		if tb.is("aspect", vf.Lemma) {
			g := d.verbGroup(toks, k, vf.Form)
			if !g.Valid {
				return false
			}
			a, ok := d.subjectOf(s, k)
			r.Group, r.Subject = g, a
			return ok
		}
	}
	return false
}

// hypothetical reports a trigger in a clause opened by "if", "unless",
// "until" or "whether": what it says has not (yet) happened.
func (d *doc) hypothetical(s *sent, v int) bool {
	for k := v - 1; k >= 0; k-- {
		t := s.toks[k]
		if isClauseMark(t.Text) || isQuote(t.Text) {
			return false
		}
		if d.x.t.is("nonassertive", t.Lower) {
			return true
		}
	}
	return false
}

// coSubjects returns the names coordinated with the subject just before
// the verb: "Bushnell and Kimotho met".
func (d *doc) coSubjects(s *sent, v int, subj actor) []actor {
	var out []actor
	j := d.groupStart(s.toks, v)
	p, first := s.mentionEnding(j), true
	if p >= 0 {
		p = s.ofOwner(p)
	} else if p = d.nounCoordination(s, j); p >= 0 {
		// "the FBI and Kenyan police said": the name before "and" too
		if a, ok := d.resolve(s, &s.ms[p]); ok && a.Name != subj.Name {
			out = append(out, a)
		}
		first = false
	}
	for ; p >= 0; first = false {
		i := s.ms[p].RoleStart
		if i >= 1 && s.toks[i-1].Lower == "the" {
			i-- // "the United States and the Taliban"
		}
		if i < 2 || s.toks[i-1].Lower != "and" && (first || s.toks[i-1].Text != ",") {
			break // "A, B and C met"; "A, a role, met" is no list
		}
		if p = s.mentionEnding(i - 1); p >= 0 {
			p = s.ofOwner(p) // "Olek Marsz of Poland and Ivo Kranj"
			if st := s.ms[p].RoleStart; st >= 2 && s.toks[st-2].Lower == "according" {
				break // "According to X, A and B agreed": X is the source
			}
			if a, ok := d.resolve(s, &s.ms[p]); ok && a.Name != subj.Name {
				out = append([]actor{a}, out...)
			}
		}
	}
	return out
}

// nounCoordination returns the name coordinated with a subject that is no
// name ("the FBI and Kenyan police"), the subject ending before token j,
// or -1.
func (d *doc) nounCoordination(s *sent, j int) int {
	tb := d.x.t
	for k := j - 1; k >= 1 && j-k <= 4; k-- {
		t := s.toks[k]
		if t.Lower == "and" {
			if p := s.mentionEnding(k); p >= 0 && k+1 < j {
				return s.ofOwner(p)
			}
			return -1
		}
		if !t.Word || tb.is("prep", t.Lower) || tb.is("det", t.Lower) || tb.is("conj", t.Lower) ||
			tb.is("aux", t.Lower) || tb.is("relative", t.Lower) || d.verbLike(t.Lower) || s.mentionEnding(k+1) >= 0 && t.Upper {
			return -1
		}
	}
	return -1
}

// hasTitle reports a noun phrase headed by a title ("the governor",
// "local officials").
func (d *doc) hasTitle(np string) bool {
	for _, w := range strings.Fields(strings.ToLower(np)) {
		if d.x.t.titleHead[w] || d.x.t.titleHead[strings.TrimSuffix(w, "s")] {
			return true
		}
	}
	return false
}

// plainObject reports a verb followed by a noun phrase that names no one
// ("met the test").
func (d *doc) plainObject(s *sent, v int) bool {
	toks, tb := s.toks, d.x.t
	k := v + 1
	for k < len(toks) && d.isAdverb(toks[k]) {
		k++
	}
	if k >= len(toks) || !toks[k].Word || toks[k].Upper || s.mentionStarting(k) >= 0 {
		return false
	}
	w := toks[k].Lower
	return !tb.is("prep", w) && !tb.is("conj", w) && !tb.is("time", w) && !d.isPronoun(w) && !tb.is("subord", w)
}

// frameOK checks what the trigger needs around it: a named object, one of
// its object nouns, a person as subject, and that news outlets citing
// themselves ("Arab News reports") are not events.
func (d *doc) frameOK(s *sent, v int, tr trigger, r *report) bool {
	toks := s.toks
	if tr.Person && r.Subject.Kind != "person" {
		return false
	}
	if tr.Speech && !d.speechFollows(s, v) {
		return false
	}
	if d.freeRelative(s, v) {
		return false
	}
	if tr.Type == timeline.Statement && d.x.t.is("signpost", tr.Lemma) && v+1 < len(toks) &&
		(toks[v+1].Lower == "on" || toks[v+1].Lower == "about") && !d.timeAt(s, v+2) {
		return false // "Nancy Marshall reports on the visit": a topic, no claim
	}
	if tr.Type == timeline.Statement && (r.Subject.Kind == "organization" && d.isMedia(r.Subject.Name) || d.mediaRole(r.Subject.Role)) &&
		(tr.Lemma == "report" || tr.Lemma == "say") {
		return false
	}
	next := v + 1
	for next < len(toks) && (d.x.t.is("det", toks[next].Lower) || d.isAdverb(toks[next])) {
		next++
	}
	if tr.Object && s.mentionStarting(next) < 0 && !(next < len(toks) && d.isPronoun(toks[next].Lower)) && !d.hasTitle(d.plainNP(s, next)) {
		return false
	}
	if len(tr.Objects) > 0 {
		found := false
		for k := next; k < len(toks) && k < next+3; k++ {
			for _, o := range tr.Objects {
				if toks[k].Lower == o {
					found = true
				}
			}
		}
		return found
	}
	return true
}

// freeRelative reports a verb in a clause like "what he thinks is right":
// its words are no statement.
func (d *doc) freeRelative(s *sent, v int) bool {
	k := d.groupStart(s.toks, v) - 1
	if p := s.mentionEnding(k + 1); p >= 0 {
		k = s.ms[p].RoleStart - 1
	} else if k >= 0 && d.isPronoun(s.toks[k].Lower) {
		k--
	}
	return k >= 0 && (s.toks[k].Lower == "what" || s.toks[k].Lower == "whatever")
}

// speechFollows reports words said around a verb like "add": "that", a
// colon, a comma or a quotation after it, or a quotation before it.
func (d *doc) speechFollows(s *sent, v int) bool {
	toks := s.toks
	for k := v + 1; k < len(toks) && k <= v+2; k++ {
		if w := toks[k].Lower; w == "that" || w == ":" || w == "," || isQuote(w) || s.inQuote[k] {
			return true
		}
	}
	for k := v - 1; k >= 0 && k >= v-4; k-- {
		if isQuote(toks[k].Text) || s.inQuote[k] {
			return true
		}
	}
	return false
}

// isMedia reports whether an organization's name is a news outlet's.
func (d *doc) isMedia(name string) bool {
	if e, ok := d.x.t.entities[nameKey(name)]; ok && e.Media {
		return true
	}
	ws := splitWords(name)
	return len(ws) > 0 && d.x.t.mediaWords[ws[len(ws)-1]]
}

// mediaRole reports a role that makes one a news outlet ("the Croatian
// news agency HINA").
func (d *doc) mediaRole(role string) bool {
	for _, w := range strings.Fields(strings.ToLower(role)) {
		switch strings.TrimSuffix(w, "s") {
		case "agency", "newspaper", "television", "radio", "broadcaster", "daily", "channel", "outlet", "media":
			return true
		}
	}
	return false
}

// byAgent finds the "by X" of a passive verb.
func (d *doc) byAgent(s *sent, v int) (actor, bool) {
	toks := s.toks
	for k := v + 1; k < len(toks) && k < v+6; k++ {
		if isClauseMark(toks[k].Text) {
			break
		}
		if toks[k].Lower == "by" {
			j := k + 1
			if j < len(toks) && d.x.t.is("det", toks[j].Lower) {
				j++
			}
			if p := s.mentionStarting(j); p >= 0 {
				return d.resolve(s, &s.ms[p])
			}
		}
	}
	return actor{}, false
}

// prepFollows reports whether one of preps comes within n words after v.
func prepFollows(toks []token, v int, preps []string, n int) bool {
	for k := v + 1; k < len(toks) && k <= v+n; k++ {
		if isClauseMark(toks[k].Text) {
			return false
		}
		for _, p := range preps {
			if toks[k].Lower == p {
				return true
			}
		}
	}
	return false
}

// attackObject reports an attack noun heading the object of the verb at v:
// "launched cruise missile strikes", "carried out a raid".
func (d *doc) attackObject(s *sent, v int) bool {
	toks, tb := s.toks, d.x.t
	for k := v + 1; k < len(toks) && k <= v+5; k++ {
		w := toks[k].Lower
		if isClauseMark(w) || tb.is("prep", w) || tb.is("conj", w) || tb.is("verbal", w) {
			return false // "launched a strongly worded attack": words, not arms
		}
		if tb.is("assault", w) {
			return true
		}
		for _, tr := range tb.triggers[w] {
			if tr.Noun && tr.Type == timeline.Attack {
				return true
			}
		}
	}
	return false
}
