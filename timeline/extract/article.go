package extract

import (
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"timeline/timeline"
	"timeline/timeline/ingest"
)

// actor is a participant as resolved within an article.
type actor struct {
	Name, Role, Kind string
}

// person is what an article says of one person: the fullest form of the
// name, every role given, and the sentences that name them.
type person struct {
	Name  string
	Roles []string
	seen  []int // sentence indices
}

// sent is one sentence being read.
type sent struct {
	Index, Start, End, Para int
	toks                    []token
	ms                      []mention
	inQuote                 []bool
	times                   []timeSpan
	durs                    []timeSpan // durations, for "three years later"
}

// doc is the state of reading one article; it lives for one call of
// Article, so the Extractor itself stays read-only.
type doc struct {
	x       *Extractor
	a       *ingest.Article
	dct     time.Time
	lower   map[string]bool      // words the article writes in lower case
	midCaps map[string]bool      // capitalized words seen inside sentences
	persons map[string][]*person // by surname, lower case
	sents   []*sent

	entCache []int8 // gazetteer match lengths for the sentence being chunked

	lastSubj, lastPerson, lastGroup actor
	lastNamed                       actor          // the last group named at all, for "them"
	narrative                       *timeline.Date // the last date a sentence gave, for the next
	narrativePara                   int
}

// Article returns the event reports of one article, each citing one
// sentence and dated from that article alone.
func (x *Extractor) Article(a *ingest.Article) []timeline.Event {
	if a == nil || len(a.Sentences) == 0 {
		return nil
	}
	d := x.read(a)
	var out []timeline.Event
	for _, s := range d.sents {
		out = append(out, d.sentenceEvents(s)...)
	}
	return out
}

// read splits an article's body sentences into words, finds their names
// and times, and registers the people named: all that must be known
// before events are read, since a surname may come before the full name.
func (x *Extractor) read(a *ingest.Article) *doc {
	d := &doc{x: x, a: a, dct: a.Meta.Date, persons: map[string][]*person{}}
	d.lower = lowerWords(a.Text)
	times := x.tagTimes(a.Text, d.dct)
	for i, s := range a.Sentences {
		if s.Para < len(a.Paragraphs) && a.Paragraphs[s.Para].Heading {
			continue
		}
		st := &sent{Index: i, Start: s.Start, End: s.End, Para: s.Para, toks: tokenize(a.Text, s.Start, s.End)}
		d.sents = append(d.sents, st)
	}
	d.midCaps = midCaps(d.sents)
	for _, st := range d.sents {
		st.times, st.durs = timesIn(times, st.Start, st.End)
		st.ms = untimed(d.findMentions(st.toks), st.toks, st.times)
		st.inQuote = quoted(st.toks)
	}
	d.companies()
	for _, st := range d.sents {
		d.register(st)
	}
	return d
}

// untimed drops the mentions that lie inside a time expression: "776BC"
// and "New Year" are written with capitals, but they are dates, no names.
func untimed(ms []mention, toks []token, times []timeSpan) []mention {
	out := ms[:0]
	for _, m := range ms {
		inside := false
		for _, t := range times {
			if t.Start <= toks[m.Start].Start && toks[m.End-1].End <= t.End {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, m)
		}
	}
	return out
}

// companies makes a company of a name the article also writes with a
// company word: once "Du Pont Co." is named, "Du Pont" is no person.
func (d *doc) companies() {
	short := map[string]string{}
	for _, st := range d.sents {
		for _, m := range st.ms {
			ws := strings.Fields(m.Name)
			if m.Kind != "organization" || len(ws) < 2 || !d.orgWord(ws[len(ws)-1]) {
				continue
			}
			ws = ws[:len(ws)-1]
			for len(ws) > 1 && d.x.t.is("connector", strings.ToLower(ws[len(ws)-1])) {
				ws = ws[:len(ws)-1] // "Dow Jones amp Co." is "Dow Jones"
			}
			short[strings.Join(ws, " ")] = m.Name
		}
	}
	for _, st := range d.sents {
		for i := range st.ms {
			m := &st.ms[i]
			if full, ok := short[m.Name]; ok && m.Kind == "person" && m.Role == "" {
				m.Kind, m.Name, m.Appos = "organization", full, ""
			}
		}
	}
}

// lowerWords collects the words an article writes in lower case, so that a
// capitalized "Interestingly" opening a sentence is not taken for a name.
func lowerWords(text string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !isWordRune(r) && r != '-' }) {
		if w != "" && w[0] >= 'a' && w[0] <= 'z' {
			out[w] = true
		}
	}
	return out
}

// midCaps collects the capitalized words written inside sentences, where a
// capital means a name.
func midCaps(sents []*sent) map[string]bool {
	out := map[string]bool{}
	for _, s := range sents {
		for i := 1; i < len(s.toks); i++ {
			if t := s.toks[i]; t.Cap && !isQuote(s.toks[i-1].Text) && s.toks[i-1].Text != ":" {
				out[t.Text] = true
			}
		}
	}
	return out
}

// quoted marks the tokens inside quotation marks.
func quoted(toks []token) []bool {
	in := make([]bool, len(toks))
	open := false
	for i, t := range toks {
		switch t.Text {
		case "“", "«", "„", "``":
			open = true
			continue
		case "”", "»", "''":
			open = false
			continue
		case "\"":
			open = !open
			continue
		}
		in[i] = open
	}
	return in
}

// register records the article's people. People who share a surname stay
// apart when their given names differ ("Juanita Castro", "Fidel Castro");
// a surname alone, or a title and a surname ("President Biden"), joins the
// person of that surname.
func (d *doc) register(s *sent) {
	for _, m := range s.ms {
		if m.Kind != "person" || m.Name == "" {
			continue
		}
		key := surname(m.Name)
		var p *person
		for _, q := range d.persons[key] {
			if sameName(q.Name, m.Name) {
				p = q
				break
			}
		}
		if p == nil {
			p = &person{Name: m.Name}
			d.persons[key] = append(d.persons[key], p)
		} else if len(strings.Fields(m.Name)) > len(strings.Fields(p.Name)) {
			p.Name = m.Name
		}
		p.seen = append(p.seen, s.Index)
		for _, r := range []string{roleOf(&m), m.Role, m.Appos} {
			if r != "" && !slices.Contains(p.Roles, r) {
				p.Roles = append(p.Roles, r)
			}
		}
	}
}

// sameName reports whether two names of one surname are one person's:
// the same given name, or one of them a surname alone.
func sameName(a, b string) bool {
	fa, fb := strings.Fields(a), strings.Fields(b)
	return len(fa) == 1 || len(fb) == 1 || strings.EqualFold(fa[0], fb[0])
}

// person finds who a name means in sentence at: for a surname alone, the
// person of that surname named last before it (or first after it).
func (d *doc) person(name string, at int) *person {
	list := d.persons[surname(name)]
	if len(list) == 0 || name == "" {
		return nil
	}
	if len(strings.Fields(name)) > 1 {
		for _, p := range list {
			if sameName(p.Name, name) && len(strings.Fields(p.Name)) > 1 {
				return p
			}
		}
	}
	best, bestAt := list[0], -1
	for _, p := range list {
		for _, i := range p.seen {
			if i <= at && i > bestAt {
				best, bestAt = p, i
			}
		}
	}
	return best
}

// surname is the lower-case last word of a name.
func surname(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	return strings.ToLower(f[len(f)-1])
}

// resolve turns a mention into an actor: a surname into the article's
// fullest name for it, a capital into its country, a bare title into the
// person who holds it.
func (d *doc) resolve(s *sent, m *mention) (actor, bool) {
	switch m.Kind {
	case "person", "":
		if p := d.person(m.Name, s.Index); p != nil {
			a := actor{Name: p.Name, Role: roleOf(m), Kind: "person"}
			if a.Role == "" && len(p.Roles) > 0 {
				a.Role = p.Roles[0]
			}
			return a, true
		}
		return actor{Name: m.Name, Role: roleOf(m), Kind: m.Kind}, m.Name != ""
	case "role":
		for _, h := range d.roleHeads(m.Role) {
			if a, ok := d.description(h); ok {
				return a, true
			}
		}
		return actor{}, false
	case "place":
		if m.Country != "" {
			return actor{Name: m.Country, Kind: "country"}, true
		}
		return actor{Name: m.Name}, true
	}
	return actor{Name: m.Name, Kind: m.Kind}, true
}

// description resolves "the secretary" to the person most recently named
// with a role headed by that word.
func (d *doc) description(head string) (actor, bool) {
	if cand := d.lastSubj; cand.Kind == "person" {
		for _, h := range d.roleHeads(d.person(cand.Name, 1<<30).rolesText()) {
			if h == head {
				return cand, true
			}
		}
	}
	var best *person
	keys := make([]string, 0, len(d.persons))
	for k := range d.persons {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, p := range d.persons[k] {
			for _, r := range p.Roles {
				for _, h := range d.roleHeads(r) {
					if h == head && (best == nil || p.seen[len(p.seen)-1] > best.seen[len(best.seen)-1]) {
						best = p
					}
				}
			}
		}
	}
	if best == nil {
		return actor{}, false
	}
	return actor{Name: best.Name, Role: best.Roles[0], Kind: "person"}, true
}

// qualifiedDescription resolves a description from token from to its head
// at j: "the ambassador" to the person last named with that title, but
// "the Iraqi ambassador to Greece" only to one whose role agrees (Iraqi,
// Greece); else the description itself is the actor, never a wrong name.
func (d *doc) qualifiedDescription(s *sent, from, j int, head string) (actor, bool) {
	toks, tb := s.toks, d.x.t
	var quals [][]string // each qualifier with its other spellings
	for k := from; k <= j; k++ {
		if c := tb.demonyms[toks[k].Lower]; c != "" {
			quals = append(quals, []string{toks[k].Lower, strings.ToLower(c)})
		}
	}
	end := j + 1
	if end+1 < len(toks) && (toks[end].Lower == "to" || toks[end].Lower == "of" || toks[end].Lower == "for") {
		if p := s.mentionStarting(end + 1); p >= 0 && s.ms[p].Kind != "person" {
			quals = append(quals, []string{strings.ToLower(s.ms[p].Name)})
			end = s.ms[p].End
		}
	}
	a, ok := d.description(head)
	if len(quals) == 0 || ok && agrees(strings.ToLower(d.person(a.Name, 1<<30).rolesText()), quals) {
		return a, ok
	}
	name := spanText(toks[from:end])
	r, n := utf8.DecodeRuneInString(name)
	return actor{Name: string(unicode.ToUpper(r)) + name[n:], Kind: "person"}, true // "Archbishop of Turin"
}

// agrees reports whether a role names every qualifier in one of its
// spellings.
func agrees(role string, quals [][]string) bool {
	for _, q := range quals {
		found := false
		for _, w := range q {
			found = found || strings.Contains(role, w)
		}
		if !found {
			return false
		}
	}
	return true
}

func (p *person) rolesText() string {
	if p == nil {
		return ""
	}
	return strings.Join(p.Roles, " ")
}

// roleOf prefers the role written before a name ("CIA director") unless
// it is one bare title ("Mullah") and an apposition says more.
func roleOf(m *mention) string {
	if m.Role == "" || m.Appos != "" && !strings.Contains(m.Role, " ") {
		return m.Appos
	}
	return m.Role
}

// mentionEnding returns the index of the mention whose name ends at token e.
func (s *sent) mentionEnding(e int) int {
	for p := range s.ms {
		if s.ms[p].End == e {
			return p
		}
	}
	return -1
}

// mentionStarting returns the index of the mention (with its role) that
// starts at token i.
func (s *sent) mentionStarting(i int) int {
	for p := range s.ms {
		if s.ms[p].RoleStart == i || s.ms[p].Start == i {
			return p
		}
	}
	return -1
}
