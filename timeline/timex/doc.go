package timex

import (
	"strconv"
	"strings"
	"time"
)

// doc is the state of tagging one text: its tokens, its date, and the
// reference time the narrative has moved to.
type doc struct {
	tg       *Tagger
	text     string
	toks     []token
	dct      time.Time
	hasDCT   bool
	dayFirst bool
	ref      point // the last date the text mentioned
	hasRef   bool
	refSent  int32 // the sentence it was in
	refOpens bool  // it opened that sentence ("In 1976, ...")
	refAside bool  // it only dated a figure compared with ("from 118.06 late Monday")
	qtr      point // the last quarter or half the text mentioned
	hasQtr   bool
	qtrSent  int32 // the sentence of qtr
	topic    point // the first quarter or half the text named: the one a report is about
	month    point // the first month the text named: the one a monthly report is about
	hasMonth bool
	sport    int8    // sportsStory: 0 not yet known, 1 yes, -1 no
	named    []point // days the text gave with their year (namedYear)
}

// result is what a normalizer makes of a match.
type result struct {
	typ, value, mod string
	anchor          time.Time // for a span that ends or starts at a reference day
	anchorDir       int8      // -1: the span ends at anchor; +1: it starts there
	resolved        bool      // value is a calendar point the narrative moves to
	deictic         bool      // counted from the document's date: "two years ago"
	pt              point
}

// cap returns the capture of role r, if any.
func (d *doc) cap(m *match, r int) (capture, *token, bool) {
	c := m.caps[r]
	if !c.set {
		return c, nil, false
	}
	return c, &d.toks[c.tok], true
}

// num returns the number a role's token stands for.
func (d *doc) num(m *match, r int) (int, bool) {
	c, t, ok := d.cap(m, r)
	if !ok || t.flags == numDecimal && t.kind == tokNum {
		return 0, false // "1.5 years ago" has no whole count
	}
	if int(c.cls) < numBuiltin || t.info == nil || c.cls < 0 {
		if c.cls < 0 && t.kind == tokWord {
			return 0, false
		}
		return t.num, true
	}
	e, ok := t.info.entry(int(c.cls))
	if !ok {
		return 0, false
	}
	if e.num == 0 && e.val != "0" && e.val != "0a" {
		n, err := strconv.Atoi(e.val)
		return n, err == nil
	}
	return e.num, true
}

// str returns the lexicon value of a role's token, or the literal word.
func (d *doc) str(m *match, r int) (string, bool) {
	c, t, ok := d.cap(m, r)
	if !ok || t.info == nil {
		return "", false
	}
	if c.cls < 0 {
		return d.tg.lx.lits[t.info.lit], true
	}
	e, ok := t.info.entry(int(c.cls))
	return e.val, ok
}

// hint returns the value of token j in the lexicon's HINT class, if any.
func (d *doc) hint(j int) string { return d.toks[j].classValue(d.tg.ids.hint) }

// has reports whether role r was matched.
func (m *match) has(r int) bool { return m.caps[r].set }

// anchor returns the day relative expressions count from: the document's
// date for deictic ones ("yesterday"), the narrative's last date for
// anaphoric ones ("the next day").
func (d *doc) anchor(anaphoric bool) (point, bool) {
	return d.anchorFor(anaphoric, granCentury)
}

// anchorFor is anchor for an expression of granularity g: a narrative date
// coarser than g ("in 1998 ... the next day") cannot anchor it, and the
// document's date does instead.
func (d *doc) anchorFor(anaphoric bool, g int) (point, bool) {
	if anaphoric && d.hasRef && (d.ref.gran <= g || !d.hasDCT) {
		return d.ref, true
	}
	if d.hasDCT {
		return point{d.dct, granDay}, true
	}
	return point{}, false
}

// hyphenAfter reports whether word token j is joined by a hyphen to the
// word after it ("Left-wing"): the first part of a compound.
func (d *doc) hyphenAfter(j int) bool {
	if j+2 >= len(d.toks) {
		return false
	}
	h := &d.toks[j+1]
	return h.kind == tokPunct && h.start == d.toks[j].end && d.text[h.start] == '-' && d.toks[j+2].start == h.end
}

// hyphenBefore reports whether word token j ends a hyphenated compound
// ("war-scarred"): an adjective, no verb.
func (d *doc) hyphenBefore(j int) bool {
	if j < 1 {
		return false
	}
	h := &d.toks[j-1]
	return h.kind == tokPunct && h.end == d.toks[j].start && d.text[h.start] == '-'
}

// adverb reports whether token j is an adverb that may stand inside a verb
// group: "-ly" words, "also", "already", "not", "never", "just", "now",
// "still".
func (d *doc) adverb(j int) bool {
	return d.hasSuffix(j, "ly") || d.isWord(j, "also") || d.isWord(j, "already") || d.isWord(j, "not") ||
		d.isWord(j, "never") || d.isWord(j, "just") || d.isWord(j, "now") || d.isWord(j, "still")
}

// hasSuffix reports whether word token j ends in suf (lower case), with more before it.
func (d *doc) hasSuffix(j int, suf string) bool {
	t := &d.toks[j]
	return t.kind == tokWord && t.end-t.start > len(suf)+1 && strings.EqualFold(d.text[t.end-len(suf):t.end], suf)
}

// pluralNoun reports whether token j looks like a plural noun rather than
// a verb after "to": "due to injuries", not "set to discuss".
func (d *doc) pluralNoun(j int) bool {
	return j < len(d.toks) && d.hasSuffix(j, "s") && !d.hasSuffix(j, "ss") && !d.hasSuffix(j, "us")
}

// pause reports whether token k is punctuation that breaks a phrase: any
// but an apostrophe, which a possessive goes on over ("China's users").
func (d *doc) pause(k int) bool {
	return d.toks[k].kind == tokPunct && d.toks[k].classes&(1<<d.tg.ids.apos) == 0
}

// nonfinite reports whether a verb after token j has no tense of its own:
// "to hit", "would be held", "will remain closed". The tokenizer has
// taken the class from the capital "May" of "Theresa May said".
func (d *doc) nonfinite(j int) bool {
	return d.toks[j].classes&(1<<d.tg.ids.nonfinite) != 0
}

// isPunct reports whether token j is the punctuation mark c.
func (d *doc) isPunct(j int, c byte) bool {
	t := &d.toks[j]
	return t.kind == tokPunct && d.text[t.start] == c
}

// isWord reports whether token j is the word w (lower case).
func (d *doc) isWord(j int, w string) bool {
	t := &d.toks[j]
	return t.end-t.start == len(w) && strings.EqualFold(d.text[t.start:t.end], w)
}

// isAnyWord reports whether token j is one of the words ws (lower case).
func (d *doc) isAnyWord(j int, ws ...string) bool {
	for _, w := range ws {
		if d.isWord(j, w) {
			return true
		}
	}
	return false
}

// countBefore returns the count or ordinal nearest before token i in its
// sentence, within a few words: the number "as many" repeats ("the third
// defeat in as many weeks", "three titles in as many years").
func (d *doc) countBefore(i int) (int, bool) {
	ids := d.tg.ids
	s := d.toks[i].sent
	for j := i - 1; j >= 0 && j >= i-8 && d.toks[j].sent == s; j-- {
		t := &d.toks[j]
		if t.kind == tokNum && t.flags == 0 && t.classes&(1<<ids.year) == 0 && t.num > 1 && t.num < 100 {
			return t.num, true // "3 wins"; "2nd" too
		}
		for _, c := range [...]int{ids.ord, ids.count} {
			if e, ok := t.info.entry(c); ok && t.kind == tokWord && e.num > 1 {
				return e.num, true
			}
		}
	}
	return 0, false
}

// sentenceSpan returns the tokens [lo, hi) of the sentence of tokens
// [first, last): the words a sentence-wide cue is looked for in.
func (d *doc) sentenceSpan(first, last int) (lo, hi int) {
	s := d.toks[first].sent
	lo, hi = first, last
	for lo > 0 && d.toks[lo-1].sent == s {
		lo--
	}
	for hi < len(d.toks) && d.toks[hi].sent == s {
		hi++
	}
	return lo, hi
}
