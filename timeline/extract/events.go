package extract

import (
	"timeline/timeline"
)

// report is one event found in one sentence, before it becomes a
// timeline.Event.
type report struct {
	Type    timeline.EventType
	Lemma   string // the trigger's lemma, for the title
	Noun    bool
	Trig    int // token index of the trigger
	Group   group
	Subject actor
	// CoSubjects are coordinated with the subject, first named first
	// ("Iran and Afghanistan signed").
	CoSubjects []actor
	Objects    []actor
	Places     []string
	Target     string // an attack's place as written after its noun ("of Kuwait")
	WithNP     string // a "with" object that is no name ("officials")
	Object     string // the words after the trigger, for titles of other events
}

// sentenceEvents finds the events one sentence reports.
func (d *doc) sentenceEvents(s *sent) []timeline.Event {
	toks := s.toks
	if len(toks) < 3 || toks[len(toks)-1].Text == "?" {
		d.endSentence(s, nil)
		return nil
	}
	var reps []*report
	document := d.accordingToDocument(toks)
	for v := range toks {
		if s.inQuote[v] || !toks[v].Word {
			continue
		}
		if document && d.x.t.triggers[toks[v].Lower] == nil && len(d.x.t.verbs[toks[v].Lower]) > 0 {
			continue
		}
		if r := d.triggerAt(s, v, reps); r != nil && !duplicate(reps, r) && !d.objectNoun(s, reps, r) {
			reps = append(reps, r)
		}
	}
	var out []timeline.Event
	for _, r := range reps {
		if e := d.event(s, r); e.Type != "" {
			out = append(out, e)
		}
	}
	d.endSentence(s, reps)
	return out
}

// objectNoun reports an event noun in the object of a verb of the same
// type just before it: "signed Estonia's accession treaty" is one event.
func (d *doc) objectNoun(s *sent, reps []*report, r *report) bool {
	if !r.Noun || r.Type == timeline.Statement {
		return false // "said Netanyahu's remarks marked a change": two statements
	}
	for _, o := range reps {
		if o.Type == r.Type && !o.Noun && o.Trig < r.Trig && r.Trig-o.Trig <= 6 && segmentEnd(s.toks, o.Trig) > r.Trig {
			return true
		}
	}
	return false
}

// triggerAt tries the verb readings, then the noun readings, of token v.
func (d *doc) triggerAt(s *sent, v int, prev []*report) *report {
	tb := d.x.t
	w := s.toks[v].Lower
	for _, vf := range tb.verbs[w] {
		for _, tr := range tb.triggers[vf.Lemma] {
			if tr.Noun {
				continue
			}
			if r := d.verbEvent(s, v, vf, tr, prev); r != nil {
				return r
			}
		}
	}
	for _, tr := range tb.triggers[w] {
		if tr.Noun {
			if r := d.nounEvent(s, v, tr); r != nil {
				return r
			}
		}
	}
	return nil
}

// accordingToDocument reports a sentence opening "According to the Doha
// Agreement,": what follows is what a document says, not a dated happening.
func (d *doc) accordingToDocument(toks []token) bool {
	if len(toks) < 3 || toks[0].Lower != "according" || toks[1].Lower != "to" {
		return false
	}
	for k := 2; k < len(toks) && !isClauseMark(toks[k].Text); k++ {
		if d.x.t.is("document", toks[k].Lower) {
			return true
		}
	}
	return false
}

// duplicate reports whether an event of the same type and subject was
// already found in the sentence ("emphasized … and highlighted").
func duplicate(reps []*report, r *report) bool {
	for _, o := range reps {
		if o.Type == r.Type && o.Subject.Name == r.Subject.Name {
			if o.Noun && !r.Noun {
				o.Lemma, o.Noun, o.Trig, o.Group = r.Lemma, false, r.Trig, r.Group
			}
			o.Objects = appendActors(o.Objects, r.Objects...)
			if len(o.Places) == 0 {
				o.Places = r.Places
			}
			return true
		}
	}
	return false
}

// endSentence moves the discourse on: the person who was subject becomes
// "he", the group that was subject becomes "they" (a group only named in
// passing does not: "they" is more often a plural noun than a name).
func (d *doc) endSentence(s *sent, reps []*report) {
	subj, group := false, false
	for _, r := range reps {
		if r.Subject.Kind == "person" && !subj {
			d.lastSubj, subj = r.Subject, true
		}
		if (r.Subject.Kind == "organization" || r.Subject.Kind == "country") && !group {
			d.lastGroup, group = r.Subject, true
		}
	}
	if !group {
		d.lastGroup = actor{}
	}
	for i := range s.ms {
		m := &s.ms[i]
		if m.InRole {
			continue
		}
		a, ok := d.resolve(s, m)
		if !ok {
			continue
		}
		switch {
		case a.Kind == "person":
			d.lastPerson = a
			if !subj && (m.RoleStart == 0 || !d.x.t.is("prep", s.toks[m.RoleStart-1].Lower)) {
				d.lastSubj, subj = a, true
			}
		case (a.Kind == "organization" || a.Kind == "country") && !group && (m.RoleStart == 0 || m.RoleStart == 1 && s.toks[0].Lower == "the"):
			d.lastGroup, group = a, true
			d.lastNamed = a
		case a.Kind == "organization" || a.Kind == "country":
			d.lastNamed = a
		}
	}
}

// appendActors adds actors not already listed, by name.
func appendActors(list []actor, more ...actor) []actor {
	for _, a := range more {
		dup := a.Name == ""
		for _, b := range list {
			if b.Name == a.Name {
				dup = true
			}
		}
		if !dup {
			list = append(list, a)
		}
	}
	return list
}
