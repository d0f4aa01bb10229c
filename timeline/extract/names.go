package extract

import "strings"

// mention is a name found in a sentence: a person, organization, country,
// place, or a bare title ("US Joint Chiefs of Staff Chairman").
type mention struct {
	Start, End int // token indexes of the name, [Start, End)
	RoleStart  int // token index where a role written before the name starts
	Name       string
	Kind       string // person, organization, country, place, role, or "" (unknown)
	Role       string
	Appos      string // a role given in apposition ("Lloyd Austin, Secretary of Defense")
	Country    string // a capital's country, which it stands for as an actor
	Media      bool
	Site       bool // an organization that is also a place ("the Pentagon")
	InRole     bool // part of another mention's role ("CIA" in "CIA director X")
}

// label classes of the words of a capitalized chunk.
const (
	labName      = iota // any other capitalized word
	labEntity           // part of a gazetteer name
	labHead             // title head or honorific ("President", "Dr")
	labMod              // title modifier ("Defense", "Army")
	labDemonym          // "Iranian"
	labOrg              // "Ministry", "Network"
	labPlace            // "Airport", "Province"
	labConnector        // "of", "al"
)

// nameable reports whether token i can start or continue a name: a word
// with a capital that is not a closed-class word, a month, or a common word
// capitalized only because it opens the sentence.
func (d *doc) nameable(toks []token, i int) bool {
	t := toks[i]
	if !t.Word || !t.Upper {
		return false
	}
	if h := strings.LastIndexByte(t.Text, '-'); h > 0 && h+1 < len(t.Text) && t.Text[h+1] >= 'a' && t.Text[h+1] <= 'z' &&
		!strings.HasPrefix(t.Lower, "al-") {
		return false // "CIA-trained", "Atlanta-based": adjectives
	}
	if h := strings.IndexByte(t.Text, '-'); h > 0 && d.x.t.is("prefix", t.Lower[:h]) {
		return false // "ex-Soviet", "anti-Israeli": adjectives
	}
	tb := d.x.t
	if d.entityAt(toks, i) >= 1 {
		return true
	}
	if tb.is("time", t.Lower) && len(t.Text) <= 4 && !strings.HasSuffix(t.Text, ".") && i+1 < len(toks) && toks[i+1].Cap && toks[i+1].Word &&
		!tb.is("time", toks[i+1].Lower) && i > 0 && (tb.titleHead[toks[i-1].Lower] || tb.honorific[toks[i-1].Lower]) {
		return true // "Foreign Minister Jan Kavan": a first name, not January
	}
	if tb.is("common", t.Lower) && (d.companyFollows(toks, i) || i > 0 && toks[i-1].Word && t.Cap && i+1 < len(toks) && toks[i+1].Cap && toks[i+1].Word) {
		return true // "First Security Corp.", "an analyst at First Boston"
	}
	if len(t.Text) >= 2 && strings.ToUpper(t.Text) == t.Text && i+2 < len(toks) && toks[i+1].Lower == "and" && len(toks[i+2].Text) == 1 && toks[i+2].Cap {
		return true // "AT and T": initials, not the word "at"
	}
	for _, c := range []string{"det", "aux", "modal", "neg", "subord", "prep", "conj", "adverb", "relative", "time", "common", "pron3sg-m", "pron3sg-f", "pron3sg-n", "pron3pl", "pron-other"} {
		if tb.is(c, t.Lower) {
			return false
		}
	}
	initial := i == 0 || isQuote(toks[i-1].Text) || toks[i-1].Text == ":" || toks[i-1].Text == "—"
	if initial && i+2 < len(toks) && isPoss(toks[i+1].Lower) && tb.orgWords[toks[i+2].Text] {
		return true // "Rally's Inc.": a company, not a common word
	}
	title := tb.titleHead[t.Lower] || tb.titleMod[t.Lower] || tb.honorific[t.Lower]
	if initial && tb.titleHead[strings.TrimSuffix(t.Lower, "s")] && t.Lower != strings.TrimSuffix(t.Lower, "s") {
		return false // "Officials said": a plural noun
	}
	nextCap := i+1 < len(toks) && toks[i+1].Word && toks[i+1].Cap
	if initial && !title && !nextCap && (d.lower[t.Lower] || strings.HasSuffix(t.Lower, "ly") || strings.HasSuffix(t.Lower, "ing")) {
		return false // "Interestingly", "Speaking"; but "Ocean Drilling" is a name
	}
	if initial && !nextCap && strings.HasSuffix(t.Text, "s") && !d.midCaps[t.Text] {
		return false // "Subcontractors said": a plural noun never written as a name
	}
	return true
}

// chunk returns the end of the capitalized chunk starting at i: capitalized
// words, joined by connectors ("Joint Chiefs of Staff"), or a longer
// gazetteer name ("Haqqani network").
func (d *doc) chunk(toks []token, i int) int {
	j := i + 1
	for j < len(toks) {
		if d.nameable(toks, j) && !isPoss(toks[j].Lower) || isInitial(toks, j) {
			j++
			continue
		}
		if isPoss(toks[j].Lower) && j+1 < len(toks) && d.x.t.orgWords[toks[j+1].Text] {
			j += 2 // "Rally's Inc."
			continue
		}
		if e := d.andJoin(toks, i, j); e > j {
			j = e // "Securities and Exchange Commission", "AT and T"
			continue
		}
		k := j
		for k < len(toks) && k-j < 2 && d.x.t.is("connector", toks[k].Lower) && !(k == j && toks[k].Lower == "the") {
			k++
		}
		if k > j && k < len(toks) && toks[k].Word && toks[k].Cap && d.nameable(toks, k) {
			j = k + 1
			continue
		}
		break
	}
	if n := d.entityAt(toks, i); i+n > j {
		j = i + n
	}
	return j
}

// entityAt returns how many words from i form the longest gazetteer name.
// Results for the sentence being chunked are kept in d.entCache.
func (d *doc) entityAt(toks []token, i int) int {
	if i < len(d.entCache) && d.entCache[i] >= 0 && int(d.entCache[i]) <= len(toks)-i {
		return int(d.entCache[i])
	}
	n := d.entityScan(toks, i)
	if i < len(d.entCache) && len(toks) == len(d.entCache) {
		d.entCache[i] = int8(n)
	}
	return n
}

// entityScan is entityAt without the cache.
func (d *doc) entityScan(toks []token, i int) int {
	max := d.x.t.maxEntity
	if i >= len(toks) || !toks[i].Word || !d.x.t.firstWords[firstKey(toks[i].Text)] {
		return 0
	}
	var ws []string
	best := 0
	for k := i; k < len(toks) && k-i < max && toks[k].Word; k++ {
		ws = append(ws, toks[k].Text)
		if _, ok := d.x.t.lookup(ws); ok {
			best = k - i + 1
		}
	}
	return best
}

// findMentions chunks the names of a sentence and classifies them.
func (d *doc) findMentions(toks []token) []mention {
	d.entCache = d.entCache[:0]
	for range toks {
		d.entCache = append(d.entCache, -1)
	}
	defer func() { d.entCache = d.entCache[:0] }()
	var ms []mention
	for i := 0; i < len(toks); {
		if !d.nameable(toks, i) {
			i++
			continue
		}
		j := d.chunk(toks, i)
		ms = append(ms, d.classify(toks, i, j)...)
		i = j
	}
	for k := range ms {
		d.roleBefore(toks, ms, k)
		d.roleAfter(toks, ms, k)
	}
	return ms
}

// labels gives each word of the chunk [i, j) its class.
func (d *doc) labels(toks []token, i, j int) []int {
	tb := d.x.t
	labs := make([]int, j-i)
	for k := i; k < j; {
		if n := d.entityAt(toks[:j], k); n > 0 {
			for m := k; m < k+n; m++ {
				labs[m-i] = labEntity
			}
			k += n
			continue
		}
		if k+1 < j && tb.titleHead[toks[k].Lower+" "+toks[k+1].Lower] {
			labs[k-i], labs[k+1-i] = labHead, labHead
			k += 2
			continue
		}
		w := toks[k].Lower
		switch {
		case tb.titleHead[w] || tb.honorific[w] || k+1 < j && strings.HasSuffix(w, "s") && tb.titleHead[strings.TrimSuffix(w, "s")]:
			labs[k-i] = labHead // "Presidents Leonid Kuchma of Ukraine and …"
		case tb.titleMod[w] && w != "of" && w != "the" && w != "and":
			labs[k-i] = labMod
		case tb.demonyms[w] != "":
			labs[k-i] = labDemonym
		case tb.placeWords[toks[k].Text]:
			labs[k-i] = labPlace
		case d.orgWord(toks[k].Text):
			labs[k-i] = labOrg
		case tb.is("connector", w) && !toks[k].Cap:
			labs[k-i] = labConnector
		}
		k++
	}
	return labs
}

// classify turns the chunk [i, j) into mentions. A chunk that is only a
// demonym ("Central Asian") or a compound of names ("US-Taliban") qualifies
// a noun and names no one.
func (d *doc) classify(toks []token, i, j int) []mention {
	if d.modifierOnly(toks, i, j) {
		return nil
	}
	labs := d.labels(toks, i, j)
	if j-i >= 2 && d.x.t.is("compass", toks[i].Lower) && labs[0] != labEntity && labs[1] == labEntity {
		if e := d.entityMention(toks, i+1, j); e.End == j && (e.Kind == "place" || e.Kind == "country") && e.Name != "" {
			// "East Africa", "Northern Afghanistan": a region
			return []mention{{Start: i, End: j, RoleStart: i, Name: spanText(toks[i:j]), Kind: "place"}}
		}
	}
	if ms := d.splitOf(toks, i, j, labs); ms != nil {
		return ms
	}
	k := d.nameStart(toks, i, j, labs)
	has := func(from, to, lab int) bool {
		for m := from; m < to; m++ {
			if labs[m-i] == lab {
				return true
			}
		}
		return false
	}
	if k < j { // ends with a run of plain capitalized words
		return []mention{d.nameRun(toks, i, k, j, has)}
	}
	last := labs[j-1-i]
	switch {
	case last == labPlace:
		s := i
		for s < j && (labs[s-i] == labHead || labs[s-i] == labMod) {
			s++
		}
		return []mention{{Start: s, End: j, RoleStart: s, Name: spanText(toks[s:j]), Kind: "place"}}
	case last == labOrg || (last == labMod && has(i, j, labDemonym)):
		return []mention{{Start: i, End: j, RoleStart: i, Name: spanText(toks[i:j]), Kind: "organization"}}
	case last == labHead || last == labMod:
		return []mention{{Start: i, End: j, RoleStart: i, Kind: "role", Role: spanText(toks[i:j])}}
	}
	var ms []mention
	for s := i; s < j; {
		if labs[s-i] != labEntity {
			s++
			continue
		}
		e := s
		for e < j && labs[e-i] == labEntity && (e == s || d.entityAt(toks[:j], s) > e-s) {
			e++
		}
		ms = append(ms, d.entityMention(toks, s, e))
		s = e
	}
	return ms
}

// splitOf splits "Jonathan S. Gelles of Wertheim Schroder Co." into a
// person and the organization they are of, which becomes their role.
func (d *doc) splitOf(toks []token, i, j int, labs []int) []mention {
	n := i // "President Ivo Kranj of Croatia": the title is a role
	for n < j && (labs[n-i] == labHead || labs[n-i] == labMod) {
		n++
	}
	for k := n + 2; k < j-1; k++ {
		if toks[k].Lower != "of" || labs[k-1-i] != labName || labs[k-2-i] != labName || labs[n-i] != labName {
			continue
		}
		org := false
		for m := k + 1; m < j; m++ {
			org = org || labs[m-i] == labOrg || labs[m-i] == labEntity
		}
		if !org {
			return nil
		}
		p := mention{Start: n, End: k, RoleStart: i, Name: personName(toks[n:k], d.x.t), Kind: "person", Appos: spanText(toks[k:j])}
		if n > i {
			p.Role = roleText(toks[i:n], d.x.t)
		}
		o := mention{Start: k + 1, End: j, RoleStart: k + 1, Name: spanText(toks[k+1 : j]), Kind: "organization", InRole: true}
		if e, ok := d.x.t.lookup(words(toks[k+1 : j])); ok {
			o.Name, o.Kind = e.Name, e.Kind
		}
		return []mention{p, o}
	}
	return nil
}

func words(toks []token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

// nameRun classifies a chunk [i, j) ending with plain capitalized words
// [k, j): a person after a title ("Army General Mark Milley"), an
// organization with an organization word ("Ministry of Foreign Affairs"),
// a person when two words or more, else a name of unknown kind.
func (d *doc) nameRun(toks []token, i, k, j int, has func(from, to, lab int) bool) mention {
	m := mention{Start: k, End: j, RoleStart: k, Name: personName(toks[k:j], d.x.t)}
	switch {
	case has(i, k, labOrg) && !has(i, k, labHead):
		return mention{Start: i, End: j, RoleStart: i, Name: spanText(toks[i:j]), Kind: "organization"}
	case !has(i, k, labHead) && has(i, k, labMod) && j-k == 1 && k-i == 1 && i > 0:
		// "…, Security Pacific said": a modifier with no title before one
		// word is a name of two words, not a role
		return mention{Start: i, End: j, RoleStart: i, Name: spanText(toks[i:j])}
	case has(i, k, labHead) || (k > i && has(i, k, labMod)):
		m.Kind, m.RoleStart, m.Role = "person", i, roleText(toks[i:k], d.x.t)
	case has(i, k, labOrg):
		return mention{Start: i, End: j, RoleStart: i, Name: spanText(toks[i:j]), Kind: "organization"}
	case j-k >= 2 && !(i > 0 && (toks[i-1].Lower == "a" || toks[i-1].Lower == "an" || toks[i-1].Lower == "the")):
		// "the Cold War", "a Marine Corps jet": no one's name
		m.Kind = "person"
		if k > i {
			m.RoleStart, m.Role = i, roleText(toks[i:k], d.x.t)
		}
	case k > i:
		m.RoleStart, m.Role = i, roleText(toks[i:k], d.x.t)
	}
	return m
}

// modifierOnly reports a chunk that is a demonym or a hyphenated compound
// of names and demonyms.
func (d *doc) modifierOnly(toks []token, i, j int) bool {
	tb := d.x.t
	if tb.demonyms[strings.ToLower(spanText(toks[i:j]))] != "" {
		return true
	}
	if j != i+1 || !strings.Contains(toks[i].Text, "-") {
		return false
	}
	if _, ok := tb.lookup([]string{toks[i].Text}); ok {
		return false
	}
	for _, p := range strings.Split(toks[i].Text, "-") {
		_, known := tb.lookup([]string{p})
		if !known && tb.demonyms[strings.ToLower(p)] == "" {
			return false
		}
	}
	return true
}

// entityMention is the mention of the gazetteer name toks[i:j].
func (d *doc) entityMention(toks []token, i, j int) mention {
	ws := make([]string, 0, j-i)
	for _, t := range toks[i:j] {
		ws = append(ws, t.Text)
	}
	e, _ := d.x.t.lookup(ws)
	return mention{Start: i, End: j, RoleStart: i, Name: e.Name, Kind: e.Kind, Country: e.Country, Media: e.Media, Site: e.Site}
}

// nameStart is where the run of plain names ending at j begins, taking in
// the lowercase particles between its words: "Osama bin Laden", "Ursula
// von der Leyen", "Mohammed bin Abdulrahman Al Thani".
func (d *doc) nameStart(toks []token, i, j int, labs []int) int {
	k := j
	for k > i {
		if labs[k-1-i] == labName {
			k--
			continue
		}
		p := k
		for p > i && k-p < 2 && labs[p-1-i] == labConnector && d.x.t.is("particle", toks[p-1].Lower) {
			p--
		}
		if p == k || k == j || p == i || labs[p-1-i] != labName {
			return k
		}
		k = p
	}
	return k
}
