package timex

import (
	"math/bits"
	"slices"
)

// capture is the token a role was matched on, and the class it matched as
// (-1 for a literal).
type capture struct {
	tok int32
	cls int16
	set bool
}

// match is one application of a rule to the tokens.
type match struct {
	r           *rule
	first, last int // tokens of the span: [first, last)
	from, to    int // tokens matched including context
	caps        [numRoles]capture
	mod         string
}

// engine holds the rules and their index by first element.
type engine struct {
	rules   []*rule
	prefix  []*rule
	byLit   [][]trigger
	byClass [64][]trigger
	// prefixEnd: literals and classes that can end a prefix rule, so most
	// expressions skip trying them.
	prefixLits    map[int32]bool
	prefixClasses uint64
}

func newEngine(lx *lexicon, rules []*rule) *engine {
	e := &engine{byLit: make([][]trigger, len(lx.lits))}
	for _, r := range rules {
		if r.typ == "PREFIX" {
			e.prefix = append(e.prefix, r)
			e.indexPrefixEnd(r)
			continue
		}
		id := int32(len(e.rules))
		e.rules = append(e.rules, r)
		for k, el := range r.elems {
			if el.neg {
				continue
			}
			tr := trigger{rule: id, next: firstOf(r.elems[k+1:])}
			for _, a := range el.alts {
				if a.lit >= 0 {
					e.byLit[a.lit] = append(e.byLit[a.lit], tr)
				} else {
					e.byClass[a.primary] = append(e.byClass[a.primary], tr)
				}
			}
			if !el.opt {
				break
			}
		}
	}
	return e
}

func (e *engine) indexPrefixEnd(r *rule) {
	if e.prefixLits == nil {
		e.prefixLits = map[int32]bool{}
	}
	for k := len(r.elems) - 1; k >= 0; k-- {
		for _, a := range r.elems[k].alts {
			if a.lit >= 0 {
				e.prefixLits[a.lit] = true
			} else {
				e.prefixClasses |= a.classes
			}
		}
		if !r.elems[k].opt {
			break
		}
	}
}

// trigger is a rule to try where a token matches one of its first
// elements, with what the token after must be for the rule to go on.
type trigger struct {
	rule int32
	next filter
}

// filter is a quick test a token must pass: a superset of what an element
// list can start with.
type filter struct {
	any     bool // the rest may match nothing
	lits    []int32
	litBits uint64 // bit lit%64 of each literal: most tokens fail here, before the list
	classes uint64
}

func firstOf(elems []elem) filter {
	var f filter
	for _, el := range elems {
		if el.neg {
			continue
		}
		for _, a := range el.alts {
			if a.lit >= 0 {
				f.lits = append(f.lits, a.lit)
				f.litBits |= 1 << (a.lit % 64)
			} else {
				f.classes |= a.classes
			}
		}
		if !el.opt {
			return f
		}
	}
	f.any = true
	return f
}

// pass reports whether t (nil past the end) may start what f describes.
func (f *filter) pass(t *token) bool {
	if f.any {
		return true
	}
	if t == nil {
		return false
	}
	if t.classes&f.classes != 0 {
		return true
	}
	l := t.lit()
	if l < 0 || f.litBits&(1<<(l%64)) == 0 {
		return false
	}
	for _, x := range f.lits {
		if x == l {
			return true
		}
	}
	return false
}

// dfs is the state of matching one rule at one place.
type dfs struct {
	toks []token
	r    *rule
	best match
	ok   bool
	end  int // the token the match must end before, or -1 for any
}

func (d *dfs) run(ei, ti int, m *match) {
	if ei == len(d.r.elems) {
		if d.end >= 0 && ti != d.end {
			return
		}
		first, last := m.first, m.last
		for first >= 0 && first < last-1 && d.toks[first].kind == tokPunct {
			first++ // nor is a leading one
		}
		for last > first+1 && d.toks[last-1].kind == tokPunct {
			last-- // a trailing comma or dot is not part of the expression
		}
		if first >= 0 && first < last && (!d.ok || last > d.best.last) {
			d.best, d.ok = *m, true
			d.best.first, d.best.last, d.best.to = first, last, ti
		}
		return
	}
	el := &d.r.elems[ei]
	if el.neg {
		if ti < len(d.toks) && d.toks[ti].sent == d.toks[m.from].sent {
			if _, ok := el.matches(&d.toks[ti]); ok {
				return
			}
		}
		d.run(ei+1, ti, m)
		return
	}
	if ti < len(d.toks) && d.toks[ti].sent == d.toks[m.from].sent {
		if cls, ok := el.matches(&d.toks[ti]); ok {
			var oldCap capture
			if el.role >= 0 {
				oldCap = m.caps[el.role]
				m.caps[el.role] = capture{tok: int32(ti), cls: int16(cls), set: true}
			}
			oldFirst, oldLast := m.first, m.last
			if !el.ctx {
				if m.first < 0 {
					m.first = ti
				}
				m.last = ti + 1
			}
			d.run(ei+1, ti+1, m)
			m.first, m.last = oldFirst, oldLast
			if el.role >= 0 {
				m.caps[el.role] = oldCap
			}
		}
	}
	if el.opt {
		d.run(ei+1, ti, m)
	}
}

// finder is the state of one find: the matcher is reused for every rule
// tried, and its captures are all unset again after each run.
type finder struct {
	e     *engine
	d     dfs
	m     match
	seen  [8]uint64 // rules tried at this token
	best  match
	found bool
}

// longer reports whether match a beats match b: the longer wins, and at
// equal length a look-alike rule ("none") vetoes the expression.
func (f *finder) longer(a, b *match) bool {
	la, lb := spanLen(f.d.toks, a), spanLen(f.d.toks, b)
	return la > lb || la == lb && a.r.norm == "none" && b.r.norm != "none"
}

// try runs the rules triggered at token i, keeping the longest match.
func (f *finder) try(trs []trigger, i int) {
	var next *token
	if i+1 < len(f.d.toks) {
		next = &f.d.toks[i+1]
	}
	for k := range trs {
		tr := &trs[k]
		if !tr.next.pass(next) {
			continue
		}
		id := tr.rule
		if int(id) < 512 {
			if f.seen[id/64]&(1<<(id%64)) != 0 {
				continue
			}
			f.seen[id/64] |= 1 << (id % 64)
		}
		r := f.e.rules[id]
		f.d.r, f.d.ok = r, false
		f.m.r, f.m.from, f.m.first, f.m.last = r, i, -1, 0
		f.d.run(0, i, &f.m)
		if f.d.ok && r.fits != nil {
			best := f.d.best // a copy, so that the finder itself stays off the heap
			if !r.fits(f.d.toks, &best) {
				continue
			}
		}
		if f.d.ok && (!f.found || f.longer(&f.d.best, &f.best)) {
			f.best, f.found = f.d.best, true
		}
	}
}

// find returns the longest matches of the rules, none overlapping another,
// in order of position.
func (e *engine) find(toks []token, dst []match, idx []int32) ([]match, []int32) {
	f := &finder{e: e, d: dfs{toks: toks, end: -1}}
	for i := range toks {
		t := &toks[i]
		if t.info == nil && t.classes == 0 {
			continue
		}
		f.seen, f.found = [8]uint64{}, false
		if l := t.lit(); l >= 0 {
			f.try(e.byLit[l], i)
		}
		for c := t.classes; c != 0; c &= c - 1 {
			f.try(e.byClass[trailingZeros(c)], i)
		}
		if f.found {
			dst = append(dst, f.best)
		}
	}
	return resolve(toks, dst, idx)
}

func spanLen(toks []token, m *match) int { return toks[m.last-1].end - toks[m.first].start }

func trailingZeros(x uint64) int { return bits.TrailingZeros64(x) }

// resolve keeps the longest of overlapping matches, then orders by
// position. It sorts indexes (idx is scratch space), not the large matches,
// and kept matches mark their tokens taken, so it stays fast on texts with
// very many expressions.
func resolve(toks []token, ms []match, idx []int32) ([]match, []int32) {
	idx = idx[:0]
	for i := range ms {
		idx = append(idx, int32(i))
	}
	slices.SortStableFunc(idx, func(a, b int32) int { return spanLen(toks, &ms[b]) - spanLen(toks, &ms[a]) })
	for _, i := range idx {
		m := &ms[i]
		clash := false
		for k := m.first; k < m.last && !clash; k++ {
			clash = toks[k].taken
		}
		if clash {
			m.last = -1 // dropped
			continue
		}
		for k := m.first; k < m.last; k++ {
			toks[k].taken = true
		}
	}
	kept := ms[:0] // ms is in order of position already
	for _, m := range ms {
		if m.last >= 0 {
			kept = append(kept, m)
		}
	}
	return kept, idx
}

// prefixAt returns the longest prefix rule match that ends just before token
// end and starts no earlier than min.
func (e *engine) prefixAt(toks []token, min, end int) (match, bool) {
	var best match
	found := false
	if end == 0 {
		return best, false
	}
	if t := &toks[end-1]; t.classes&e.prefixClasses == 0 && !e.prefixLits[t.lit()] {
		return best, false
	}
	for from := end - 1; from >= min && from >= end-5; from-- {
		if toks[from].sent != toks[end].sent {
			break
		}
		for _, r := range e.prefix {
			d := dfs{toks: toks, r: r, end: end}
			m := match{r: r, first: -1, from: from}
			d.run(0, from, &m)
			if d.ok && (!found || d.best.first < best.first) {
				best, found = d.best, true
			}
		}
	}
	return best, found
}
