package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"timeline/timeline"
)

// event turns a report into a timeline event citing its sentence.
func (d *doc) event(s *sent, r *report) timeline.Event {
	e := timeline.Event{Type: r.Type, Place: strings.Join(r.Places, ", ")}
	if len(r.Places) > 1 {
		e.Places = r.Places // a page for each; the title says "A and B"
	}
	for _, a := range append(append(append([]actor{}, r.CoSubjects...), r.Subject), r.Objects...) {
		if a.Name == "" {
			continue
		}
		e.Participants = append(e.Participants, timeline.Participant{Name: a.Name, Role: a.Role, Kind: participantKind(a.Kind)})
	}
	e.Date = d.date(s, r)
	if r.Type == timeline.Statement {
		e.Quote = d.quote(s, r)
	}
	e.Title = d.title(s, r, joinAnd(r.Places))
	if r.Type == timeline.Statement && !r.Noun && (e.Quote == "" && strings.TrimSpace(d.gist(s, r)) == "" || d.signOff(s, r)) {
		e.Type = "" // "Karyn Coleman reports from Kosovo": nothing said
	}
	e.Sources = []timeline.Citation{{
		Seed: d.a.Seed, Sentence: d.a.Text[s.Start:s.End], Start: s.Start, End: s.End, URL: d.a.Meta.URL,
	}}
	e.ID = timeline.MakeID(e)
	return e
}

func participantKind(k string) string {
	switch k {
	case "person", "organization", "country":
		return k
	}
	return ""
}

// title writes a headline: "William Burns meets Abdul Ghani Baradar in
// Kabul", "Mohammad Yousuf Wafa visits Tajikistan and Uzbekistan", "Mark
// Milley states it is possible …".
func (d *doc) title(s *sent, r *report, place string) string {
	subj := r.Subject.Name
	if len(r.CoSubjects) > 0 && r.Type != timeline.Meeting {
		var names []string
		for _, a := range r.CoSubjects {
			names = append(names, a.Name)
		}
		subj = joinAnd(append(names, subj)) // "Iran and Afghanistan sign"
	}
	if subj == "" && len(r.Objects) > 0 {
		subj = r.Objects[0].Name
	}
	var objs []string
	for _, o := range r.Objects {
		if o.Name != subj {
			objs = append(objs, o.Name)
		}
	}
	in := ""
	if place != "" {
		in = " in " + place
	}
	switch {
	case r.Type == timeline.Meeting:
		return meetingTitle(r, subj, objs, in)
	case r.Type == timeline.Visit:
		if place != "" {
			return subj + " visits " + place
		}
		if len(objs) > 0 {
			return subj + " visits " + joinAnd(objs)
		}
		return subj + " makes a " + r.Lemma
	case r.Type == timeline.Statement && r.Noun:
		if strings.HasSuffix(r.Lemma, "s") {
			return subj + " makes " + r.Lemma + in
		}
		return subj + " gives a " + r.Lemma + in
	case r.Type == timeline.Statement:
		return strings.TrimSpace(subj + " " + d.verb(r) + " " + d.lowerFirst(d.gist(s, r)))
	case r.Noun && r.Target != "" && len(r.Places) == 1:
		return capitalize(r.Lemma) + " " + r.Target + " by " + subj // "Invasion of Kuwait by Iraq"
	case r.Noun:
		t := capitalize(r.Lemma) + " by " + subj
		if len(objs) > 0 {
			t += " with " + joinAnd(objs)
		}
		return t + in
	case r.Subject.Name == "":
		return subj + " " + d.x.t.pastPart(r.Lemma) + in
	case r.Group.Passive:
		// "Kopp was arrested by the FBI": the FBI arrests James Kopp
		return strings.TrimSpace(subj+" "+d.verb(r)+" "+joinAnd(objs)) + in
	}
	rest := d.objectWords(s, r, r.Trig+1, 8)
	return strings.TrimSpace(subj+" "+d.verb(r)+" "+rest) + inUnlessSaid(in, rest)
}

// meetingTitle: "A meets B in P"; "A and B met" is "A meets B"; a meeting
// with no one named is "A holds talks".
func meetingTitle(r *report, subj string, objs []string, in string) string {
	if len(r.CoSubjects) > 0 {
		var names []string
		for _, a := range r.CoSubjects[1:] {
			names = append(names, a.Name)
		}
		return r.CoSubjects[0].Name + " meets " + joinAnd(append(append(names, r.Subject.Name), objs...)) + in
	}
	with := joinAnd(objs)
	if with == "" {
		with = r.WithNP
	}
	if with == "" {
		return subj + " holds talks" + in
	}
	return subj + " meets " + with + in
}

// inUnlessSaid keeps " in Place" out of a title that already names it.
func inUnlessSaid(in, rest string) string {
	if in == "" || strings.Contains(rest, strings.TrimPrefix(in, " in ")) {
		return ""
	}
	return in
}

// sameActor reports whether a mention resolves to the actor a.
func (d *doc) sameActor(s *sent, m *mention, a actor) bool {
	b, ok := d.resolve(s, m)
	return ok && b.Name == a.Name
}

// quotes reports whether the sentence quotes someone's words.
func quotes(s *sent) bool {
	for _, q := range s.inQuote {
		if q {
			return true
		}
	}
	return false
}

// clauseWords returns up to n words from token i to the end of the clause,
// without quotation marks or parentheses.
func (d *doc) clauseWords(s *sent, i, n int) string {
	toks := s.toks
	var out []token
	words, depth := 0, 0
	for k := i; k < len(toks) && words < n; k++ {
		t := toks[k]
		switch {
		case t.Text == "(" || t.Text == "[":
			if words >= 6 && d.hasVerb(lowerOnly(out)) { // "South Korea and the UAE (…) are": the verb is still to come
				return d.trimEnd(out)
			}
			depth++
			continue
		case t.Text == ")" || t.Text == "]":
			depth--
			continue
		case depth > 0 || isQuote(t.Text):
			continue
		case t.Text == "." || t.Text == ";" || t.Text == "?" || t.Text == "!" || t.Text == "—" || t.Text == "–":
			return d.trimEnd(out)
		case t.Text == "," && k+1 < len(toks) && (toks[k+1].Lower == "which" || toks[k+1].Lower == "who"):
			if e := segmentEnd(toks, k+1); e+1 < len(toks) && toks[e].Text == "," && (d.x.t.is("aux", toks[e+1].Lower) ||
				d.x.t.is("modal", toks[e+1].Lower) || d.verbLike(toks[e+1].Lower)) {
				k = e // "Woodbridge Co., which holds 77%, will subscribe": the aside is left out
				continue
			}
			return d.trimEnd(out)
		case (t.Text == "," || t.Text == ":") && words >= 3:
			return d.trimEnd(out)
		case words >= 4 && clauseOpener(t.Lower):
			if n := len(out); n > 0 && out[n-1].Lower == "even" {
				out = out[:n-1]
			}
			return d.trimEnd(out) // "willing to go if it was assured": the condition is too much
		case t.Lower == "and" && words >= 3 && k+1 < len(toks) && !toks[k+1].Upper && d.verbLike(toks[k+1].Lower):
			return d.trimEnd(out) // "emphasized that … and highlighted": one clause
		}
		out = append(out, t)
		if t.Word {
			words++
		}
	}
	return d.trimEnd(out)
}

// trimEnd drops trailing punctuation and function words, so a cut clause
// does not end on "is a".
func (d *doc) trimEnd(out []token) string {
	tb := d.x.t
	for len(out) > 0 {
		w := out[len(out)-1]
		if w.Word && !tb.is("det", w.Lower) && !tb.is("prep", w.Lower) && !tb.is("conj", w.Lower) &&
			!tb.is("aux", w.Lower) && !tb.is("relative", w.Lower) {
			break
		}
		out = out[:len(out)-1]
	}
	return spanText(out)
}

// quote returns the quoted words of the sentence, or, with none, what the
// statement's clause says.
func (d *doc) quote(s *sent, r *report) string {
	var parts []string
	var cur []token
	for k, t := range s.toks {
		if s.inQuote[k] {
			cur = append(cur, t)
		} else if len(cur) > 0 {
			parts = append(parts, spanText(cur))
			cur = nil
		}
	}
	if len(cur) > 0 {
		parts = append(parts, spanText(cur))
	}
	q := strings.Join(parts, " … ")
	if q == "" && r.Trig+1 < len(s.toks) && s.mentionStarting(r.Trig+1) >= 0 {
		return "" // an inverted speaker: the words are before the verb
	}
	if q == "" {
		k := r.Trig + 1
		for k < len(s.toks) && (s.toks[k].Lower == "that" || s.toks[k].Text == ":" || s.toks[k].Text == ",") {
			k++
		}
		q = d.clauseWords(s, k, 30)
	}
	return strings.TrimRight(q, " ,")
}

// joinAnd writes "A", "A and B", "A, B and C".
func joinAnd(xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}

func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// verb is the trigger's verb for a headline: "meets", or "sign" after a
// coordinated subject ("Iran and Afghanistan sign").
func (d *doc) verb(r *report) string {
	if len(r.CoSubjects) > 0 && r.Type != timeline.Meeting {
		return r.Lemma
	}
	return d.x.t.headline(r.Lemma)
}

// clauseOpener reports a conjunction that opens a subordinate clause, where
// a gist may stop.
func clauseOpener(w string) bool {
	switch w {
	case "if", "when", "because", "although", "though", "unless", "whereas", "while", "whenever":
		return true
	}
	return false
}

// signOff reports a reporter's line that says nothing: "From Nairobi,
// Jane Okoth reports." The verb ends the sentence, after a place phrase
// and the speaker.
func (d *doc) signOff(s *sent, r *report) bool {
	toks := s.toks
	end := r.Trig + 1
	if r.Lemma == "report" && end+1 < len(toks) && (toks[end].Lower == "from" || toks[end].Lower == "in") && r.Trig > 0 {
		if p := s.mentionStarting(end + 1); p >= 0 && s.ms[p].End >= len(toks)-1 && r.Trig == s.ms[0].End {
			return true // "Lisa Okoye reports from Geneva."
		}
	}
	if !(end == len(toks) || toks[end].Text == "." && end == len(toks)-1) || !d.x.t.is("prep", toks[0].Lower) {
		return false
	}
	for _, t := range toks[:r.Trig] {
		if isQuote(t.Text) || t.Text == "'" {
			return false
		}
	}
	return !d.hasVerb(toks[:r.Trig])
}

// lowerFirst writes a gist's first word in lower case when it is a
// function word that only opened the sentence: "says the United States
// had the right", not "says The United States".
func (d *doc) lowerFirst(g string) string {
	w, rest, _ := strings.Cut(g, " ")
	if lw := strings.ToLower(w); lw != w && lw != "i" && (d.x.t.is("det", lw) || d.isPronoun(lw) || d.x.t.is("pron-other", lw)) {
		return lw + " " + rest
	}
	return g
}
