package extract

import "strings"

// roleBefore extends a person's role leftwards over title words written in
// lower case and the names that qualify them: "the CIA director William
// Burns" has the role "CIA director", "Historian and political commentator
// Dan Lazare" the role "Historian and political commentator".
func (d *doc) roleBefore(toks []token, ms []mention, k int) {
	m := &ms[k]
	if m.Kind != "person" && m.Kind != "" {
		return
	}
	tb := d.x.t
	j, head := m.RoleStart, m.Role != ""
	var inside []int
	for j > 0 {
		t := toks[j-1]
		w := t.Lower
		switch {
		case t.Word && (tb.titleHead[w] || tb.honorific[w]):
			head = true
			j--
			continue
		case t.Word && tb.titleMod[w] && w != "the" && w != "of" && w != "and":
			j--
			continue
		case w == "and" && j >= 2 && (tb.titleHead[toks[j-2].Lower] || tb.titleMod[toks[j-2].Lower]):
			j--
			continue
		case tb.demonyms[w] != "":
			j--
			continue
		case t.Word && strings.IndexByte(w, '-') > 0 && tb.is("prefix", w[:strings.IndexByte(w, '-')]):
			j-- // "ex-Soviet army officer"
			continue
		}
		if p := mentionEndingAt(ms, j); p >= 0 && ms[p].Kind != "person" && ms[p].Kind != "" {
			inside = append(inside, p)
			j = ms[p].RoleStart
			continue
		}
		break
	}
	if j == m.RoleStart || !head {
		return
	}
	for _, p := range inside {
		ms[p].InRole = true
	}
	m.Role = roleText(toks[j:m.Start], tb)
	m.RoleStart, m.Kind = j, "person"
}

// mentionEndingAt returns the index of the mention ending at token j, or -1.
func mentionEndingAt(ms []mention, j int) int {
	for p := range ms {
		if ms[p].End == j {
			return p
		}
	}
	return -1
}

// roleAfter reads an apposition headed by a title as a person's role:
// "Mark Milley, chairman of the Joint Chiefs of Staff," and "Zakir Jalali,
// an official from the Ministry of Foreign Affairs,". A bare title before
// the name counts too: "Joint Chiefs of Staff Chairman, Army Gen. Mark
// Milley,".
func (d *doc) roleAfter(toks []token, ms []mention, k int) {
	m := &ms[k]
	if m.Kind != "person" && m.Kind != "" {
		return
	}
	if m.End < len(toks) && toks[m.End].Text == "," {
		if role, ok := d.apposition(toks, m.End+1); ok {
			m.Appos = role
			m.Kind = "person"
			return
		}
	}
	if m.RoleStart >= 2 && toks[m.RoleStart-1].Text == "," {
		p := mentionEndingAt(ms, m.RoleStart-1)
		if p >= 0 && ms[p].Kind == "role" && (ms[p].RoleStart == 0 || toks[ms[p].RoleStart-1].Text != ",") {
			m.Appos = ms[p].Role
			ms[p].InRole = true
		} else if w := toks[m.RoleStart-2]; !w.Cap && d.x.t.titleHead[w.Lower] {
			m.Appos = d.titleBefore(toks, m.RoleStart-2) // "the group's supreme leader, Hibatullah Akhundzada"
		}
	}
}

// titleBefore returns the noun phrase ending with the title at h, without
// its article: "Taliban's acting defence minister".
func (d *doc) titleBefore(toks []token, h int) string {
	tb := d.x.t
	k := h
	for k > 0 {
		t := toks[k-1]
		if tb.is("det", t.Lower) || tb.is("prep", t.Lower) || tb.is("conj", t.Lower) || isClauseMark(t.Text) || isQuote(t.Text) {
			break
		}
		k--
	}
	return spanText(toks[k : h+1])
}

// apposition reads a role phrase starting at token i and ending at the next
// comma or clause mark: it is a role when one of its first words is a title.
func (d *doc) apposition(toks []token, i int) (string, bool) {
	tb := d.x.t
	s := i
	for s < len(toks) && (tb.is("det", toks[s].Lower)) {
		s++
	}
	e := s
	for e < len(toks) && !isClauseMark(toks[e].Text) && !isQuote(toks[e].Text) && toks[e].Text != "." {
		e++
	}
	head := -1
	for k := s; k < e && k < s+5; k++ {
		w := toks[k].Lower
		if tb.titleHead[w] {
			head = k
			break
		}
		if !toks[k].Word || tb.is("prep", w) || tb.is("subord", w) || tb.is("aux", w) || d.verbLike(w) ||
			strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") {
			break
		}
	}
	if head < 0 {
		return "", false
	}
	end := e
	for k := head + 1; k < e; k++ {
		if w := toks[k].Lower; w == "and" || w == "who" || w == "which" || w == "that" || w == "since" ||
			tb.is("aux", w) || tb.is("modal", w) || d.verbLike(w) {
			end = k
			break
		}
	}
	if end-s > 12 {
		end = s + 12
	}
	return spanText(toks[s:end]), true
}

// verbLike reports a word that is some trigger's or auxiliary's inflection.
func (d *doc) verbLike(w string) bool {
	for _, f := range d.x.t.verbs[w] {
		if f.Form&(formPast|formS) != 0 {
			return true
		}
	}
	return false
}

// roleHeads lists the title heads of a role, lower case: "Secretary of
// Defense" has "secretary"; "defense secretary" too.
func (d *doc) roleHeads(role string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(role)) {
		if d.x.t.titleHead[w] {
			out = append(out, w)
		}
	}
	return out
}

// reporting reports a form of a verb of saying whose object is a clause
// ("said envoy X left"): the name after it is the clause's subject.
func (d *doc) reporting(w string) bool {
	for _, f := range d.x.t.verbs[w] {
		if d.x.t.is("reporting", f.Lemma) {
			return true
		}
	}
	return false
}
