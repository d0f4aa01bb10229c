package timex

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

//go:embed rules/*.txt
var ruleFiles embed.FS

// Tagger finds and normalizes temporal expressions. It holds only read-only
// tables, so one Tagger may be shared by goroutines.
type Tagger struct {
	lx       *lexicon
	ids      *classIDs
	eng      *engine
	dayFirst *bool     // numeric dates: nil = by the document's convention
	pool     sync.Pool // of *scratch, reused between calls of Tag
}

// scratch is the working memory of one call of Tag.
type scratch struct {
	toks []token
	ms   []match
	idx  []int32
}

// Option configures a Tagger.
type Option func(*Tagger)

// WithDayFirst fixes how numeric dates whose order is ambiguous are read
// ("10.09.2021": day first gives 10 September), overriding the convention
// the tagger infers from each document.
func WithDayFirst(dayFirst bool) Option {
	return func(t *Tagger) { t.dayFirst = &dayFirst }
}

// New returns a Tagger with the built-in English rules.
func New(opts ...Option) *Tagger {
	t, err := load(ruleFiles)
	if err != nil {
		panic(fmt.Sprintf("timex: built-in rules: %v", err)) // the embedded files are tested
	}
	for _, o := range opts {
		o(t)
	}
	return t
}

// load reads the lexicon and the rules of a rules folder.
func load(fsys fs.FS) (*Tagger, error) {
	lx := newLexicon()
	src, err := fs.ReadFile(fsys, "rules/lexicon.txt")
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	if err := lx.load("lexicon.txt", string(src)); err != nil {
		return nil, err
	}
	names, err := fs.Glob(fsys, "rules/*.txt")
	if err != nil {
		return nil, fmt.Errorf("rules: %w", err)
	}
	sort.Strings(names)
	var rules []*rule
	for _, name := range names {
		if strings.HasSuffix(name, "/lexicon.txt") {
			continue
		}
		src, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("rules: %w", err)
		}
		rs, err := parseRules(lx, name, string(src))
		if err != nil {
			return nil, err
		}
		for _, r := range rs {
			if r.typ != "PREFIX" && normalizer(r.norm) == nil {
				return nil, fmt.Errorf("%s: unknown normalizer %q", r.where, r.norm)
			}
		}
		rules = append(rules, rs...)
	}
	t := &Tagger{lx: lx, ids: newClassIDs(lx)}
	t.eng = newEngine(lx, rules)
	lx.index()
	t.pool.New = func() any { return new(scratch) }
	return t, nil
}

// Tag returns the temporal expressions of text in order of position, none
// overlapping another. dct is the document creation time; the zero time means
// unknown, and then relative expressions keep relative values.
func (t *Tagger) Tag(text string, dct time.Time) []Timex {
	tz := tokenizer{lx: t.lx, cid: t.ids}
	d := &doc{tg: t, text: text, dct: dct, hasDCT: !dct.IsZero()}
	sc := t.pool.Get().(*scratch)
	if want := len(text)/6 + 16; cap(sc.toks) < want {
		sc.toks = make([]token, 0, want) // about one token in six bytes
	}
	d.toks = tz.tokens(text, sc.toks[:0])
	defer func() { sc.toks = d.toks[:0]; t.pool.Put(sc) }()
	d.dayFirst, _ = dayFirstIn(d.toks, t.ids.numdate)
	if t.dayFirst != nil {
		d.dayFirst = *t.dayFirst
	}
	ms, idx := t.eng.find(d.toks, sc.ms[:0], sc.idx)
	defer func() { sc.ms, sc.idx = ms[:0], idx[:0] }()
	out := make([]Timex, 0, len(ms))
	prevEnd := 0
	for i := range ms {
		m := &ms[i]
		if m.first < prevEnd {
			continue // the year of a range's second day, read with it
		}
		if d.verbLast(m) {
			m.first++ // "expected to last six hours": the verb, no "last"
			m.caps[roleRel] = capture{}
		}
		if d.nounsArticle(m) {
			m.first++ // "the 7 July bombings": "the" is the bombings'
		}
		t.extend(d, m, prevEnd)
		fn := normalizer(m.r.norm)
		r, ok := fn(d, m)
		if !ok || r.value == "" || d.gamePeriod(m) || d.gameFormat(m) || d.rate(m) || d.lowerAbbrev(m.first) || d.firstName(m) || d.seasonName(m) || d.webName(m) || d.codeName(m) || d.quotedTitle(m) || d.pastAdjective(m) {
			continue
		}
		if r.resolved && r.typ != "DURATION" && (m.r.norm == "date" || m.r.norm == "spoken" || m.r.norm == "time" || r.deictic ||
			m.r.norm == "holiday" && m.has(roleY)) { // "Christmas Eve 1914" moves it too
			// Only dates the text names or counts from its own date ("two
			// years ago") move the narrative; relative ones ("a year
			// earlier") are read against it.
			d.ref, d.hasRef, d.refSent = r.pt, true, d.toks[m.first].sent
			d.refOpens = d.opensSentence(m.first)
			d.refAside = d.baseline(m.first)
		}
		if !d.hasMonth && r.resolved && r.pt.gran == granMonth && m.r.norm == "date" {
			d.month, d.hasMonth = r.pt, true
		}
		if d.reports(m, &r) {
			if !d.hasQtr {
				d.topic = r.pt
			}
			d.qtr, d.hasQtr, d.qtrSent = r.pt, true, d.toks[m.first].sent
		}
		x := Timex{Start: d.toks[m.first].start, End: d.toks[m.last-1].end, Type: r.typ, Value: r.value, Mod: m.mod}
		if x.Mod == "" {
			x.Mod = r.mod
		}
		if x.Mod == "" {
			x.Mod = m.r.mod
		}
		x.Text = text[x.Start:x.End]
		x.anchor, x.anchorDir = r.anchor, r.anchorDir
		out = append(out, x)
		prevEnd = m.last
		if r.resolved && x.Mod == "" {
			out, prevEnd = d.addRangeEnd(out, ms[i+1:], m, r.pt)
		}
	}
	timesOnDays(text, out)
	clocksInPartOfDay(text, out)
	clocksOfSets(text, out)
	localFromZoned(text, out)
	rangeStarts(text, out)
	weekdayRanges(text, out)
	monthPairs(text, out)
	eraRanges(text, out)
	dayBesides(text, out)
	out = weekdayBesides(text, out)
	possessiveDaysAgree(text, out)
	return splitYears(text, durationRanges(text, joinDurations(text, out)))
}

// addRangeEnd appends the second member of a compact range whose first
// member, match m resolved to p, ends out ("Nov. 12-19"; see rangeEnd),
// unless a later match in rest overlaps it; a year after the second member
// is given to the first too. It returns out and the token after the last
// expression.
func (d *doc) addRangeEnd(out []Timex, rest []match, m *match, p point) ([]Timex, int) {
	k, last, p2, ok := d.rangeEnd(m.first, m.last, p)
	if !ok || len(rest) > 0 && (rest[0].first <= k || rest[0].first <= last && rest[0].last-1 > last) {
		return out, m.last
	}
	if y := p2.t.Year(); p2.gran == granDay && y != p.t.Year() { // "August 6 and 9, 1945"
		f := &out[len(out)-1]
		f.Value = fmt.Sprintf("%04d", y) + f.Value[4:]
		if d.hasRef && d.ref == p {
			d.ref = point{p.t.AddDate(y-p.t.Year(), 0, 0), granDay}
		}
	}
	for {
		s, e := d.toks[k].start, d.toks[last].end
		out = append(out, Timex{Start: s, End: e, Text: d.text[s:e], Type: "DATE", Value: p2.value()})
		if p2.gran != granDecade {
			return out, last + 1
		}
		// "the 1960s, 70s and 80s": a list of decades goes on
		k2, last2, p3, ok := d.rangeEnd(k, last+1, p)
		if !ok || len(rest) > 0 && rest[0].first <= last2 {
			return out, last + 1
		}
		k, last, p2 = k2, last2, p3
	}
}

// dayOrPartOfDay reports whether x is a calendar day, or a part of one
// ("Thursday night": "at 7:30 p.m. on Thursday night").
func dayOrPartOfDay(x *Timex) bool {
	v := x.Value
	switch {
	case x.Type == "DATE":
		return len(v) == 10 && v[4] == '-'
	case x.Type == "TIME":
		return len(v) == 13 && v[4] == '-' && v[10] == 'T' && v[11] >= 'A' && v[11] <= 'Z'
	}
	return false
}

// timesOnDays gives a clock time the day named right after it ("at 2:30
// p.m. on Jan. 20", "at 10:35 a.m. (0735 GMT) Friday", "until 5 pm during
// Monday's vote"), which TimeML tags apart; the time alone took the
// document's day. Times in a parenthesis between, the same moment in
// another zone, and the start of a range of hours take the day too.
func timesOnDays(text string, xs []Timex) {
	for i := 0; i+1 < len(xs); i++ {
		if !clockTime(&xs[i]) {
			continue
		}
		j := i + 1
		for j < len(xs) && clockTime(&xs[j]) && (inParens(text[xs[j-1].End:xs[j].Start], text[xs[j].End:]) || rangeGap(text[xs[j-1].End:xs[j].Start])) {
			j++
		}
		if e := &xs[j-1]; j-1 > i && rangeGap(text[xs[j-2].End:e.Start]) && !bareClock(e.Text) {
			// "from 10 a.m. to 4 p.m. Friday": the end names the day of the range
			for k := i; k < j-1; k++ {
				if bareClock(xs[k].Text) {
					xs[k].Value = e.Value[:10] + xs[k].Value[10:]
				}
			}
			i = j - 1
			continue
		}
		if j == len(xs) {
			return
		}
		y := &xs[j]
		if !dayOrPartOfDay(y) {
			continue
		}
		gap := strings.TrimSpace(text[xs[j-1].End:y.Start])
		if gap == "" {
			continue // "10 p.m. Wednesday" is one expression when it can be
		}
		switch g := strings.TrimSpace(strings.TrimPrefix(zoneWords(gap), ")")); {
		case g == "" || g == "on" || g == "," || g == ", on" || g == "during" || g == ", during" || g == "for" || // "from 10:00 a.m. to 2:00 p.m. for November 27"
			placeThenOn(g): // "kick off at 4pm in Bloemfontein on Sunday"
			for k := i; k < j; k++ {
				xs[k].Value = y.Value[:10] + xs[k].Value[10:]
			}
		case j == i+1 && attributive(text[:xs[i].Start]) && nounThenOn(gap):
			xs[i].Value = y.Value[:10] + xs[i].Value[10:] // "a 5:30 a.m. bed check on June 6"
		}
		i = j - 1
	}
}

// clocksInPartOfDay puts a bare clock time on the half of the day a part
// of the day just before it names: "This afternoon at about 3:30" is
// 15:30, "Tonight at 9:15" 21:15. The clock alone read as morning.
func clocksInPartOfDay(text string, xs []Timex) {
	for i := 0; i+1 < len(xs); i++ {
		x, y := &xs[i], &xs[i+1]
		if x.Type != "TIME" || y.Type != "TIME" || !bareClock(y.Text) || strings.ContainsAny(y.Text, "apmAPM") ||
			len(x.Value) < 3 || len(y.Value) != len("2006-01-02T15:04") {
			continue
		}
		if g := strings.ToLower(strings.TrimSpace(text[x.End:y.Start])); !clockLead(g) && g != "around" && g != "about" {
			continue
		}
		pod := x.Value[len(x.Value)-2:]
		h, err := strconv.Atoi(y.Value[11:13])
		if err != nil || !laterHalf(pod, h) {
			continue
		}
		y.Value = y.Value[:11] + pad2(h+12) + y.Value[13:]
	}
}

// clocksOfSets takes the day off a bare clock time right after a set:
// "tested every Wednesday at noon" is noon on each of those days, not on
// the document's.
func clocksOfSets(text string, xs []Timex) {
	for i := 0; i+1 < len(xs); i++ {
		x, y := &xs[i], &xs[i+1]
		if x.Type != "SET" || !clockTime(y) || !bareClock(y.Text) {
			continue
		}
		if g := strings.ToLower(strings.TrimSpace(text[x.End:y.Start])); !clockLead(g) && g != "from" {
			continue
		}
		for j := i + 1; j < len(xs) && clockTime(&xs[j]) && bareClock(xs[j].Text); j++ {
			xs[j].Value = "XXXX-XX-XX" + xs[j].Value[10:]
			if j+1 < len(xs) && !clockJoin(text[xs[j].End:xs[j+1].Start]) {
				break
			}
		}
	}
}

// clockLead reports whether gap leads from an expression to the clock
// time of its day or set: "Tonight at 9:15", "every Wednesday at noon".
func clockLead(gap string) bool {
	switch gap {
	case "at", "at about", "at around", ",", ", at":
		return true
	}
	return false
}

// clockJoin reports whether gap joins two clock times of one set or list:
// "at 6:15 a.m. and 7 p.m.", "9 a.m., noon".
func clockJoin(gap string) bool {
	switch strings.TrimSpace(gap) {
	case "and", "or", ",", ", and", "to", "-", "until", "and again at", "and at":
		return true
	}
	return false
}

// bareClock reports whether a time's text is a clock time and nothing
// else, no day: "10 a.m.", "14:30", "noon", "2000 GMT".
func bareClock(s string) bool {
	for _, w := range strings.Fields(s) {
		switch strings.ToLower(w) {
		case "a.m.", "p.m.", "am", "pm", "a.m", "p.m", "noon", "midnight", "o'clock":
			continue
		}
		if (w[0] < '0' || w[0] > '9') && strings.ToUpper(w) != w { // a zone: "GMT"
			return false
		}
	}
	return true
}

// attributive reports whether the text before a clock time ends in an
// article or possessive, so the time qualifies the noun after it: "a 5:30
// a.m. bed check", "Monday's 9 a.m. meeting".
func attributive(before string) bool {
	b := strings.TrimRight(before, " ")
	if strings.HasSuffix(b, "'s") || strings.HasSuffix(b, "’s") {
		return true
	}
	w := b[strings.LastIndexAny(b, " \n(\"")+1:]
	switch strings.ToLower(w) {
	case "a", "an", "the", "his", "her", "its", "their", "our":
		return true
	}
	return false
}

// placeThenOn reports whether gap is a place named with "in" or "at" and
// up to three capitalized words, then "on": "in Al Khor on".
func placeThenOn(gap string) bool {
	f := strings.Fields(gap)
	if len(f) < 3 || len(f) > 5 || f[len(f)-1] != "on" || f[0] != "in" && f[0] != "at" {
		return false
	}
	for _, w := range f[1 : len(f)-1] {
		if w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	return true
}

// nounThenOn reports whether gap is one to three lower-case words and
// then "on": the noun a clock time qualifies and the preposition of its
// day ("bed check on").
func nounThenOn(gap string) bool {
	f := strings.Fields(gap)
	if len(f) < 2 || len(f) > 4 || f[len(f)-1] != "on" {
		return false
	}
	for _, w := range f[:len(f)-1] {
		for k := 0; k < len(w); k++ {
			if (w[k] < 'a' || w[k] > 'z') && w[k] != '-' {
				return false
			}
		}
	}
	return true
}

// zoneWords drops the zone a clock time is told in from the start of gap:
// "8 p.m. Eastern time on Sunday", "at noon local time Monday", "9 a.m.
// Moscow time, on Monday".
func zoneWords(gap string) string {
	w, rest, _ := strings.Cut(gap, " ")
	if w == "Eastern" || w == "Pacific" || w == "Central" || w == "Mountain" || w == "local" {
		if after, ok := cutTime(rest); ok {
			return strings.TrimSpace(after)
		}
		return strings.TrimSpace(rest)
	}
	// A place of up to three capitalized words: "London time", "New York
	// time", "Hong Kong time".
	for n := 0; n < 3 && w != "" && w[0] >= 'A' && w[0] <= 'Z'; n++ {
		if after, ok := cutTime(rest); ok {
			return strings.TrimSpace(after)
		}
		w, rest, _ = strings.Cut(rest, " ")
	}
	return gap
}

// cutTime cuts the word "time" from the start of s.
func cutTime(s string) (string, bool) {
	after, ok := strings.CutPrefix(s, "time")
	if !ok {
		after, ok = strings.CutPrefix(s, "Time") // "Eastern Time"
	}
	return after, ok && (after == "" || after[0] == ' ' || after[0] == ',')
}

// rangeGap reports whether gap joins two clock times into a range: "7 am
// (0400 GMT) until 5 pm".
func rangeGap(gap string) bool {
	g := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(gap), ")"))
	return g == "and" || rangeWord(g)
}

// clockTime reports whether x is a time of day on a known day.
func clockTime(x *Timex) bool {
	return x.Type == "TIME" && len(x.Value) >= 11 && x.Value[10] == 'T'
}

// inParens reports whether an expression with gap before it and rest
// after it stands alone in a parenthesis: "(0735 GMT)", maybe after the
// place the time before it was told in: "10:00 am in Moscow (0700 GMT)".
func inParens(gap, rest string) bool {
	g, ok := strings.CutSuffix(strings.TrimSpace(gap), "(")
	if !ok || !strings.HasPrefix(strings.TrimSpace(rest), ")") {
		return false
	}
	place, ok := strings.CutPrefix(strings.TrimSpace(g), "in ")
	if !ok {
		return g == ""
	}
	words := strings.Fields(place)
	for _, w := range words {
		if w[0] < 'A' || w[0] > 'Z' || strings.ContainsAny(w, ",.;:") {
			return false
		}
	}
	return len(words) > 0 && len(words) <= 3
}

// phrasalAround reports whether token j is "around" after a verb it goes
// with ("get around", "turn around"), no approximation.
func (d *doc) phrasalAround(j int) bool {
	if j == 0 || !d.isWord(j, "around") {
		return false
	}
	return d.isAnyWord(j-1, "get", "gets", "got", "getting", "turn", "turned", "turning", "go", "went", "work", "worked")
}

// extend widens a match leftwards over a modifier prefix ("early", "the end
// of", "nearly") and reads a signal before it ("since", "after") as its mod.
func (t *Tagger) extend(d *doc, m *match, min int) {
	if p, ok := t.eng.prefixAt(d.toks, min, m.first); ok && m.r.typ != "SET" && !d.lapseAdverb(p.first, m.first) {
		switch {
		case (p.r.norm == "EQUAL_OR_LESS" || p.r.norm == "MORE_THAN" || p.r.norm == "LESS_THAN") && m.r.typ == "DATE" && m.r.norm != "ago":
			// "up to 10 years" bounds an amount; "runs up to Sunday", "the
			// run-up to Sunday's vote" say until when, or nothing; "750,000
			// more than last year" compares amounts.
		case p.r.norm == "APPROX" && d.phrasalAround(p.first):
			// "ways to get around Wednesday's ruling": a verb's particle
		case p.r.norm != "NONE":
			m.first, m.mod = p.first, p.r.norm
		case m.r.typ != "DURATION": // "earlier this year" widens but adds no mod
			m.first = p.first
		}
	}
	if m.mod != "" || m.first == 0 || m.r.typ != "DATE" {
		return
	}
	s := m.first - 1
	hyphen := d.toks[s].kind == tokPunct && d.text[d.toks[s].start] == '-' && s > 0
	if hyphen {
		s-- // post-2001
	}
	if s < min || d.isWord(s, "post") && !hyphen && (s == 0 || d.toks[s-1].classes&(1<<t.ids.det) == 0) {
		return // "will post first-quarter results", "his cabinet post Sunday"; but "the post 9/11 decision"
	}
	if d.possessive(m.last) && (s == 0 || d.toks[s-1].classes&(1<<t.ids.unit) == 0) {
		return // "after Sunday's win": the signal bounds the win; but "the day before Tuesday's vote"
	}
	if e, ok := d.toks[s].info.entry(t.ids.signal); ok && !(d.isUntil(s) && (d.negatedUntil(s) >= 0 || d.deferredUntil(s))) && !d.phrasalThrough(s) {
		m.mod = e.val // not "did not come until Monday", "postponed until Monday": when it came, no bound
	}
}

// phrasalThrough reports whether token s is the "through" of a verb such
// as "fell through" or "went through", no bound of the date after it:
// "the deal fell through last week".
func (d *doc) phrasalThrough(s int) bool {
	if s == 0 || !d.isWord(s, "through") {
		return false
	}
	return d.isAnyWord(s-1, "fell", "fall", "falls", "falling", "fallen", "went", "go", "goes", "going", "gone",
		"came", "come", "comes", "coming", "pulled", "pull", "pulls", "got", "get", "gets", "push", "pushed", "pushes", "rushed", "rush")
}

// verbLast reports whether duration m opens with the verb "last" after
// "to" or a modal: "expected to last six hours", "will last two weeks".
func (d *doc) verbLast(m *match) bool {
	f := m.first
	if m.r.typ != "DURATION" || f == 0 || m.last-f < 2 || !d.isWord(f, "last") {
		return false
	}
	return d.isWord(f-1, "not") || d.nonfinite(f-1) && !d.isWord(f-1, "be") && !d.isWord(f-1, "being")
}

// lowerAbbrev reports whether token i is an abbreviated day that, in
// lower case, is a common word: "the blinding Texas sun." is no Sunday.
func (d *doc) lowerAbbrev(i int) bool {
	return d.hint(i) == "capabbr" && d.toks[i].classes&(1<<d.tg.ids.capital) == 0
}

// reports tells whether r is a quarter or half a report is about: one the
// text names ("the third quarter") or this year's ("this year's third
// quarter"), not one counted back ("the year-ago quarter").
func (d *doc) reports(m *match, r *result) bool {
	if !r.resolved || r.pt.gran != granQuarter && r.pt.gran != granHalf {
		return false
	}
	return m.r.norm == "date" || m.r.norm == "shift" && d.hasDCT && r.pt.t.Year() >= d.dct.Year()
}
