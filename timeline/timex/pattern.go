package timex

import (
	"bufio"
	"fmt"
	"strings"
)

// Roles name what a matched token means to the normalizer ("MONTH:m" puts
// the month's token in role m).
const (
	roleY       = iota // year
	roleM              // month
	roleD              // day of the month
	roleWD             // day of the week
	roleSeason         // season
	roleQ              // quarter
	roleHalf           // half year
	roleDec            // decade
	roleCent           // century
	roleN              // count
	roleU              // unit
	roleRel            // offset: last, next, this
	roleDir            // direction: ago, later
	roleClock          // clock time
	roleAMPM           // a.m. / p.m.
	rolePod            // part of the day
	roleND             // numeric date
	roleDayRel         // yesterday, today, tomorrow
	roleHoliday        // Christmas, Thanksgiving
	roleM2             // the last month of a span of months
	numRoles
)

// roleNames are the role names rule files use, in role order.
func roleNames() [numRoles]string {
	return [numRoles]string{"y", "m", "d", "wd", "season", "q", "half", "dec", "cent",
		"n", "u", "rel", "dir", "clock", "ampm", "pod", "nd", "dayrel", "hol", "m2"}
}

// alt is one way an element can match a token: a literal word, or all of
// a set of classes.
type alt struct {
	lit     int32  // literal id, or -1
	classes uint64 // all required (with the literal, if any)
	primary int    // the class whose value the role takes: the first named
}

// elem is one element of a pattern.
type elem struct {
	alts []alt
	opt  bool // may be skipped
	ctx  bool // must match but stays outside the expression's span
	neg  bool // the next token must not match; consumes nothing
	role int  // role of the matched token, or -1
}

// midSentence reports whether a match does not open its sentence, so a
// capital on its first word marks a name: "Days Inn", "the Haaretz
// daily", not "Although daily talks".
func midSentence(toks []token, m *match) bool {
	return m.from > 0 && toks[m.from-1].sent == toks[m.from].sent
}

// nameBeforePause is midSentence, or a match that ends before a pause,
// where a sentence's first word and the match make a noun phrase: "Bild
// daily, the biggest".
func nameBeforePause(toks []token, m *match) bool {
	return midSentence(toks, m) || m.to < len(toks) && toks[m.to].kind == tokPunct
}

// rule is one line of a rules file: a pattern and how to normalize what it
// matches.
type rule struct {
	typ   string // DATE, TIME, DURATION, SET, or PREFIX for modifier prefixes
	norm  string // normalizer name
	arg   string // normalizer argument ("PRESENT_REF", "0a")
	mod   string // TIMEX3 mod the rule gives ("END" for "year-end")
	elems []elem
	where string // file:line, for messages and tests
	// fits, if set, must accept a match before it competes with others,
	// so that a longer reading the normalizer would refuse does not hide
	// shorter ones ("the January-May period" leaves January and May).
	fits func(toks []token, m *match) bool
}

// parseRules reads a rules file: "TYPE norm[:arg] = ELEMENT ..." lines.
func parseRules(lx *lexicon, name, src string) ([]*rule, error) {
	var rules []*rule
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if k := strings.Index(line, " #"); k >= 0 {
			line = line[:k]
		}
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		r, err := parseRule(lx, line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
		r.where = fmt.Sprintf("%s:%d", name, n)
		rules = append(rules, r)
	}
	return rules, sc.Err()
}

func parseRule(lx *lexicon, line string) (*rule, error) {
	head, body, ok := strings.Cut(line, " = ")
	f := strings.Fields(head)
	if !ok || len(f) != 2 {
		return nil, fmt.Errorf("want TYPE norm = ELEMENTS, got %q", line)
	}
	r := &rule{typ: f[0]}
	head, r.mod, _ = strings.Cut(f[1], "/")
	r.norm, r.arg, _ = strings.Cut(head, ":")
	for _, s := range strings.Fields(body) {
		e, err := parseElem(lx, s)
		if err != nil {
			return nil, err
		}
		r.elems = append(r.elems, e)
	}
	if len(r.elems) == 0 {
		return nil, fmt.Errorf("empty pattern")
	}
	if r.norm == "date" && r.arg == "span" {
		r.fits = fillsUnit
	}
	switch {
	case r.norm == "none" && r.arg == "mid":
		r.fits = midSentence
	case r.norm == "none" && r.arg == "name":
		r.fits = nameBeforePause
	}
	return r, nil
}

// parseElem reads "[ctx]", "word|CLASS&CLASS:role?" and the like.
func parseElem(lx *lexicon, s string) (elem, error) {
	e := elem{role: -1}
	if strings.HasSuffix(s, "?") && len(s) > 1 {
		e.opt, s = true, s[:len(s)-1]
	}
	if strings.HasPrefix(s, "!") && len(s) > 1 {
		e.neg, s = true, s[1:]
	}
	if strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]") && len(s) > 2 {
		e.ctx, s = true, s[1:len(s)-1]
	}
	if k := strings.LastIndex(s, ":"); k > 0 && k < len(s)-1 {
		name := s[k+1:]
		for i, rn := range roleNames() {
			if rn == name {
				e.role = i
			}
		}
		if e.role < 0 {
			return e, fmt.Errorf("unknown role %q in %q", name, s)
		}
		s = s[:k]
	}
	for _, a := range strings.Split(s, "|") {
		if a == "" {
			return e, fmt.Errorf("empty alternative in %q", s)
		}
		al := alt{lit: -1, primary: -1}
		parts := strings.Split(a, "&")
		if !isClassName(parts[0]) { // a word, maybe with classes it must have too: "new&CAP"
			al.lit, parts = lx.literal(parts[0]), parts[1:]
		}
		for _, c := range parts {
			id, ok := lx.classID[c]
			if !ok {
				return e, fmt.Errorf("unknown class %q", c)
			}
			al.classes |= 1 << id
			if al.primary < 0 {
				al.primary = id
			}
		}
		e.alts = append(e.alts, al)
	}
	return e, nil
}

// isClassName reports whether s names classes: upper-case letters and "&".
func isClassName(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'A' && c <= 'Z' || c == '&' || c == '_') {
			return false
		}
	}
	return len(s) > 1
}

// matches reports whether e can match t, and through which class.
func (e *elem) matches(t *token) (cls int, ok bool) {
	for _, a := range e.alts {
		if a.lit >= 0 {
			if t.info != nil && t.info.lit == a.lit && t.classes&a.classes == a.classes {
				return a.primary, true // "may&MONTH": the role takes the month
			}
			continue
		}
		if t.classes&a.classes == a.classes {
			return a.primary, true
		}
	}
	return 0, false
}
