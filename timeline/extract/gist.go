package extract

import "strings"

// gist is what a statement says, short: the one told ("TRT World"), then
// the words after the verb, its "that" and any "in the Washington Post",
// or, when the verb ends the sentence, the quotation.
func (d *doc) gist(s *sent, r *report) string {
	toks := s.toks
	k, lead := r.Trig+1, ""
	if p := s.mentionStarting(k); p >= 0 {
		if m := s.ms[p]; d.sameActor(s, &m, r.Subject) {
			k = len(toks) // "…,” wrote Dr X": what was said is the quotation
		} else if !d.clauseSubject(s, m.End) {
			lead, k = spanText(toks[m.RoleStart:m.End])+" ", m.End
		}
	}
	if k < len(toks) && d.x.t.is("prep", toks[k].Lower) && toks[k].Lower != "to" {
		k = d.afterPrep(s, k)
	}
	if d.speakerLast(s, r, k) {
		k = len(toks) // "…, Biden announced on August 1.": what was said comes first
	}
	for k = d.skipTimes(s, k); k < len(toks) && (toks[k].Lower == "that" || toks[k].Text == ":" || toks[k].Text == ","); {
		k++ // "said late Friday that …": no time in a gist
	}
	g := d.clauseWords(s, k, 16)
	q, real := d.quote(s, r), quotes(s)
	pp := k < len(toks) && d.x.t.is("prep", toks[k].Lower)
	if len(strings.Fields(g)) >= 3 && !(pp && q != "" && isQuote(toks[0].Text)) {
		return lead + g
	}
	afterQuote := false
	if st := segmentStart(toks, r.Trig); st > 0 {
		afterQuote = isQuote(toks[st-1].Text) || st > 1 && isQuote(toks[st-2].Text)
	}
	if k >= len(toks) && (q == "" || !isQuote(toks[0].Text) && !afterQuote) {
		q, real = d.contentBefore(s, r), false // "Mutual funds lost nothing, says X"
	} else if st := partQuote(s); k >= len(toks) && st >= 0 && st < r.Trig && (toks[st].Cap || d.x.t.is("det", toks[st].Lower)) {
		q, real = d.clauseWords(s, st, 14), false // `Bethlehem "had good numbers," said X`
	}
	if ws := strings.Fields(q); len(ws) > 12 {
		q = strings.Join(ws[:12], " ") + " …"
	}
	if q == "" {
		return strings.TrimSpace(lead + g)
	}
	if !real {
		return lead + q
	}
	return lead + "“" + q + "”"
}

// speakerLast reports a statement whose speaker follows what was said:
// "…, Biden announced on August 1." or "Norway was right, Iceland said
// Thursday in reply to …". After the verb come only a time and a phrase,
// not what was said; a long tail needs the speaker's segment to hold only
// the speaker and the verb, after a clause.
func (d *doc) speakerLast(s *sent, r *report, k int) bool {
	toks, tb := s.toks, d.x.t
	st := segmentStart(toks, r.Trig)
	if e := segmentEnd(toks, k); st > 0 && k < len(toks) && e >= len(toks)-1 && e-k <= 5 && !d.tailClause(s, k, e) {
		return true // "…, Meissner told a news conference."
	}
	if e := segmentEnd(toks, k); st > 0 && e+1 < len(toks) && toks[e].Text == "," && e-k <= 5 && !d.tailClause(s, k, e) &&
		d.reporting(toks[e+1].Lower) && strings.HasSuffix(toks[e+1].Lower, "ing") {
		return true // "…, the general said, adding that …": what was said comes first
	}
	if st < 2 || !d.adjunctTail(s, k) {
		return false
	}
	if !isQuote(toks[st-1].Text) && (toks[st-1].Text != "," || !d.clauseBefore(s, st-1) || tb.is("subord", toks[0].Lower) || tb.is("prep", toks[0].Lower)) {
		return false // "…,” John Chan said after Gingrich's arrival": the quotation was said
	}
	if st+1 < r.Trig && tb.is("det", toks[st].Lower) {
		st++ // "…, the ministry said Friday in …"
	}
	p := s.mentionStarting(st)
	return p >= 0 && s.ms[p].End == d.groupStart(toks, r.Trig) || st+1 == r.Trig && d.isPronoun(toks[st].Lower)
}

// adjunctTail reports whether the words from k hold no clause: times and
// adverbs, then a preposition, a comma or the end.
func (d *doc) adjunctTail(s *sent, k int) bool {
	toks, tb := s.toks, d.x.t
	k = d.skipTimes(s, k)
	if k+1 < len(toks) && toks[k].Text == "," && isQuote(toks[k+1].Text) {
		return false // "…,” he said, “the real news is …”"
	}
	return k >= len(toks) || toks[k].Text == "." || toks[k].Text == "," || tb.is("prep", toks[k].Lower) && toks[k].Lower != "that"
}

// skipTimes returns the first token from k that is neither an adverb nor
// part of a time expression ("said late Friday that …").
func (d *doc) skipTimes(s *sent, k int) int {
	toks := s.toks
	for moved := true; moved && k < len(toks); {
		moved = false
		for _, ts := range s.times {
			if a, e := tokenRange(toks, ts.Start, ts.End); a == k && e > k {
				k, moved = e, true
			}
		}
		if k < len(toks) && d.isAdverb(toks[k]) {
			k, moved = k+1, true
		}
		if k+1 < len(toks) && d.x.t.is("prep", toks[k].Lower) && d.timeAt(s, k+1) {
			k, moved = k+1, true // "on Wednesday"
		}
	}
	return k
}

// tailClause reports words after a verb that say something themselves:
// "said it holds 1,200 shares", "said that …".
func (d *doc) tailClause(s *sent, k, e int) bool {
	tb := s.toks
	if k < len(tb) && (tb[k].Lower == "that" || d.x.t.is("pron3pl", tb[k].Lower) || tb[k].Lower == "it" || tb[k].Lower == "he" ||
		tb[k].Lower == "she" || tb[k].Lower == "we" || tb[k].Lower == "i") {
		return true
	}
	if k+1 < e && tb[k].Lower == "to" && !tb[k+1].Cap && !d.x.t.is("det", tb[k+1].Lower) && !isDigitWord(tb[k+1]) {
		return true // "urged Moopanar to reverse his decision": what was urged
	}
	for i := k; i < e; i++ {
		if w := tb[i].Lower; d.x.t.is("aux", w) && w != "'s" || d.x.t.is("modal", w) || d.verbLike(w) {
			return true
		}
	}
	return false
}

// timeAt reports whether a time expression starts at token k: the date is
// shown apart, so a title stops there ("launched the offer on Sept. 26").
func (d *doc) timeAt(s *sent, k int) bool {
	if k >= len(s.toks) {
		return false
	}
	for _, ts := range s.times {
		if ts.Start <= s.toks[k].Start && s.toks[k].Start < ts.End {
			return true
		}
	}
	return false
}

// partQuote returns where the clause starts whose words run into the first
// quotation (`Bethlehem "had good numbers"`), or -1 when the quotation
// opens its clause.
func partQuote(s *sent) int {
	for k, t := range s.toks {
		if isQuote(t.Text) {
			if st := segmentStart(s.toks, k); st < k && k > 0 && s.toks[k-1].Word {
				return st
			}
			return -1
		}
	}
	return -1
}

// contentBefore returns what was said before an inverted speaker ("The 24,
// including seven women, were questioned, Gaffar said"): from the start of
// the sentence, after a fronted adverbial ("In the event of a split, …"),
// and over an apposition ("including seven women", "issued to firms").
func (d *doc) contentBefore(s *sent, r *report) string {
	toks := s.toks
	end := segmentStart(toks, r.Trig)
	start := d.frontedEnd(s, dateline(toks), end)
	out := d.clauseWords(s, start, 14)
	e := segmentEnd(toks, start)
	if n := len(strings.Fields(out)); e+1 < end && toks[e].Text == "," && n < 6 && !s.inQuote[e] {
		a := e + 1
		if b := segmentEnd(toks, a); b+1 < end && toks[b].Text == "," && d.aside(toks[a]) {
			out += " " + d.clauseWords(s, b+1, 14-n)
		}
	}
	return out
}

// frontedEnd skips, from start, a fronted adverbial ("In the event of a
// strike,") or participle ("Faced with a choice …, where …, or …,") when a
// subject follows it; a gerund subject ("Developing new resources,
// improving …, will …") stays.
func (d *doc) frontedEnd(s *sent, start, end int) int {
	toks, tb := s.toks, d.x.t
	k, participle := start, false
	for n := 0; n < 4 && !quotes(s) && k < len(toks); n++ {
		if e := d.frontedTime(s, k); e > k && e < end {
			k = e // "As of Sept. 30, the bank had …"
			continue
		}
		e := segmentEnd(toks, k)
		if e+1 >= end || toks[e].Text != "," {
			break
		}
		w := toks[k].Lower
		p := s.mentionStarting(k)
		part := n == 0 && (p < 0 || s.ms[p].Kind == "" && s.ms[p].End == k+1) && len(w) > 4 && !strings.HasSuffix(w, "thing") &&
			(strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
		adverbial := n == 0 && (tb.is("prep", w) || tb.is("subord", w)) && !d.hasVerb(toks[k:e])
		aside := n > 0 && (tb.is("relative", w) || tb.is("subord", w) || w == "or")
		if !part && !adverbial && !aside {
			break
		}
		participle = participle || part && !adverbial
		k = e + 1
	}
	if participle && k < len(toks) && !(tb.is("det", toks[k].Lower) || toks[k].Cap || d.isPronoun(toks[k].Lower) || isDigitWord(toks[k])) {
		return start // "Developing new resources, improving …": a gerund subject
	}
	return k
}

// frontedTime returns the token after a fronted time phrase at k and its
// comma ("As of Sept. 30,", "In late 1988,"), or k when there is none.
func (d *doc) frontedTime(s *sent, k int) int {
	toks, tb := s.toks, d.x.t
	i := k
	for i < len(toks) && i < k+2 && (tb.is("prep", toks[i].Lower) || tb.is("subord", toks[i].Lower)) {
		i++
	}
	if i == k || i >= len(toks) {
		return k
	}
	for _, ts := range s.times {
		if b, e := tokenRange(toks, ts.Start, ts.End); b == i && e < len(toks) && toks[e].Text == "," {
			return e + 1
		}
	}
	return k
}

func isDigitWord(t token) bool { return t.Word && t.Text[0] >= '0' && t.Text[0] <= '9' }

// aside reports a word opening an apposition: "including", "which", or a
// participle ("issued to firms").
func (d *doc) aside(t token) bool {
	return t.Lower == "including" || d.x.t.is("relative", t.Lower) ||
		t.Word && !t.Upper && (strings.HasSuffix(t.Lower, "ed") || strings.HasSuffix(t.Lower, "ing"))
}

// dateline returns where a sentence starts after a wire dateline left in
// it: "BUDAPEST, Hungary (AP)_ Tired of …".
func dateline(toks []token) int {
	if len(toks) == 0 || len(toks[0].Text) < 3 || strings.ToUpper(toks[0].Text) != toks[0].Text || !toks[0].Word {
		return 0
	}
	for k := 1; k < len(toks) && k < 10; k++ {
		if t := toks[k].Text; t == "_" || t == "—" || t == "--" || t == "-" && k+1 < len(toks) && toks[k+1].Text == "-" {
			for k+1 < len(toks) && (toks[k+1].Text == "-" || toks[k+1].Text == "_") {
				k++ // "(Xinhua)---"
			}
			return k + 1
		}
	}
	return 0
}

// afterPrep skips a phrase after the verb that says where or how it was
// said ("said in a statement that …", "said on ABC's “This Week” that …",
// "told the Post", "wrote in an article in Foreign Affairs").
func (d *doc) afterPrep(s *sent, k int) int {
	toks := s.toks
	j := k + 1
	for j < len(toks) && toks[j].Lower != "that" && (d.x.t.is("det", toks[j].Lower) || toks[j].Word && !toks[j].Upper && j < k+3) && s.mentionStarting(j) < 0 {
		j++
	}
	if p := s.mentionStarting(j); p >= 0 {
		k = s.ms[p].End
	} else if j < len(toks) && toks[j].Lower == "that" {
		k = j // "said in a statement that …"
	}
	for n := k; n < len(toks) && n < k+12 && !isClauseMark(toks[n].Text) && toks[n].Text != "."; n++ {
		if w := toks[n].Lower; d.x.t.is("aux", w) && w != "'s" || d.x.t.is("modal", w) || d.verbLike(w) {
			break // "said Wednesday he would introduce a motion recognizing that …"
		}
		if toks[n].Lower == "that" && !s.inQuote[n] {
			k = n // "said on ABC's “This Week” that …"
			break
		}
	}
	return k
}
