package timex

import "sort"

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
	byLit   [][]int32
	byClass [64][]int32
}

func newEngine(lx *lexicon, rules []*rule) *engine {
	e := &engine{byLit: make([][]int32, len(lx.lits))}
	for _, r := range rules {
		if r.typ == "PREFIX" {
			e.prefix = append(e.prefix, r)
			continue
		}
		id := int32(len(e.rules))
		e.rules = append(e.rules, r)
		for _, el := range r.elems {
			for _, a := range el.alts {
				if a.lit >= 0 {
					e.byLit[a.lit] = appendOnce(e.byLit[a.lit], id)
				} else {
					e.byClass[a.primary] = appendOnce(e.byClass[a.primary], id)
				}
			}
			if !el.opt {
				break
			}
		}
	}
	return e
}

func appendOnce(s []int32, id int32) []int32 {
	if len(s) > 0 && s[len(s)-1] == id {
		return s
	}
	return append(s, id)
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
		last := m.last
		for last > m.first+1 && d.toks[last-1].kind == tokPunct {
			last-- // a trailing comma or dot is not part of the expression
		}
		if m.first >= 0 && m.first < last && (!d.ok || last > d.best.last) {
			d.best, d.ok = *m, true
			d.best.last, d.best.to = last, ti
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
			saved := *m
			if el.role >= 0 {
				m.caps[el.role] = capture{tok: int32(ti), cls: int16(cls), set: true}
			}
			if !el.ctx {
				if m.first < 0 {
					m.first = ti
				}
				m.last = ti + 1
			}
			d.run(ei+1, ti+1, m)
			*m = saved
		}
	}
	if el.opt {
		d.run(ei+1, ti, m)
	}
}

// matchAt returns the longest match of r starting at token i.
func matchAt(toks []token, r *rule, i int) (match, bool) {
	d := dfs{toks: toks, r: r, end: -1}
	m := match{r: r, first: -1, from: i}
	d.run(0, i, &m)
	return d.best, d.ok
}

// find returns the longest matches of the rules, none overlapping another,
// in order of position.
func (e *engine) find(toks []token, dst []match) []match {
	var seen [8]uint64 // rules tried at this token
	for i := range toks {
		t := &toks[i]
		if t.info == nil && t.classes == 0 {
			continue
		}
		seen = [8]uint64{}
		var best match
		found := false
		try := func(ids []int32) {
			for _, id := range ids {
				if int(id) < 512 {
					if seen[id/64]&(1<<(id%64)) != 0 {
						continue
					}
					seen[id/64] |= 1 << (id % 64)
				}
				m, ok := matchAt(toks, e.rules[id], i)
				if ok && (!found || spanLen(toks, m) > spanLen(toks, best)) {
					best, found = m, true
				}
			}
		}
		if l := t.lit(); l >= 0 {
			try(e.byLit[l])
		}
		for c := t.classes; c != 0; c &= c - 1 {
			try(e.byClass[trailingZeros(c)])
		}
		if found {
			dst = append(dst, best)
		}
	}
	return resolve(toks, dst)
}

func spanLen(toks []token, m match) int { return toks[m.last-1].end - toks[m.first].start }

func trailingZeros(x uint64) int {
	n := 0
	for x&1 == 0 {
		x >>= 1
		n++
	}
	return n
}

// resolve keeps the longest of overlapping matches, then orders by position.
func resolve(toks []token, ms []match) []match {
	sort.SliceStable(ms, func(a, b int) bool { return spanLen(toks, ms[a]) > spanLen(toks, ms[b]) })
	kept := ms[:0]
	for _, m := range ms {
		clash := false
		for _, k := range kept {
			if m.first < k.last && k.first < m.last {
				clash = true
				break
			}
		}
		if !clash {
			kept = append(kept, m)
		}
	}
	sort.Slice(kept, func(a, b int) bool { return kept[a].first < kept[b].first })
	return kept
}

// prefixAt returns the longest prefix rule match that ends just before token
// end and starts no earlier than min.
func (e *engine) prefixAt(toks []token, min, end int) (match, bool) {
	var best match
	found := false
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
