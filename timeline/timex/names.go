package timex

import "strings"

// Names that hold a date's words: a web address, a docket or virus code,
// a season in a name, a month or season as a first name. The tagger drops
// a match that is one of them.

// webName reports whether match m ends in a web address: "Monday.com".
func (d *doc) webName(m *match) bool {
	rest := d.text[d.toks[m.last-1].end:]
	for _, tld := range [...]string{".com", ".net", ".org"} {
		if strings.HasPrefix(rest, tld) && (len(rest) == len(tld) || !isASCIILetter(rest[len(tld)])) {
			return true
		}
	}
	return false
}

// codeName reports whether match m is a lone year glued by a hyphen to a
// code with a capital in it: a docket or a virus, no date ("2019-CR-0412",
// "2019-nCoV"). A quarter or half ("2020-Q1", "2006-H1") is a date, and
// so is a month ("2005-Mar").
func (d *doc) codeName(m *match) bool {
	if m.last-m.first != 1 || !m.has(roleY) {
		return false
	}
	rest := d.text[d.toks[m.first].end:]
	if len(rest) < 3 || rest[0] != '-' || !isASCIILetter(rest[1]) {
		return false
	}
	k, capitals := 1, 0
	for k < len(rest) && isASCIILetter(rest[k]) {
		if rest[k] >= 'A' && rest[k] <= 'Z' {
			capitals++
			if k > 1 {
				capitals++ // "nCoV"
			}
		}
		k++
	}
	return capitals >= 2 && k >= 3 // not "2005-Mar"
}

// seasonName reports whether match m is a capitalized season after a
// capitalized word the lexicon does not know, in a name rather than a date:
// "Anna Winter", "the Arab Spring", "the Prague Spring".
func (d *doc) seasonName(m *match) bool {
	ids := d.tg.ids
	if m.last-m.first != 1 || m.first == 0 {
		return false
	}
	t, p := &d.toks[m.first], &d.toks[m.first-1]
	return t.classes&(1<<ids.season) != 0 && t.classes&(1<<ids.capital) != 0 &&
		p.kind == tokWord && p.sent == t.sent && p.classes&(1<<ids.capital) != 0 && p.info == nil
}

// firstName reports whether match m is a month or season used as a first
// name or in a place name: capitalized, followed by a capitalized word that
// is no date, and, for a month, not after a word that introduces a date
// ("April Ryan asked", "Rep. Summer Lee", "Winter Park"; but "In April
// President Biden signed").
func (d *doc) firstName(m *match) bool {
	ids := d.tg.ids
	f := m.first
	if m.last-f == 2 && d.isWord(f, "the") && d.toks[f+1].classes&(1<<ids.season) != 0 {
		f++ // "the Autumn Ridge subdivision"
	}
	if m.last-f != 1 || m.last >= len(d.toks) {
		return false
	}
	t, n := &d.toks[f], &d.toks[m.last]
	if t.kind != tokWord || t.classes&(1<<ids.capital) == 0 || t.classes&(1<<ids.month|1<<ids.season) == 0 ||
		n.sent != t.sent || n.kind != tokWord || n.classes&(1<<ids.capital) == 0 || n.end-n.start < 3 ||
		n.info != nil && !(t.classes&(1<<ids.season) != 0 && n.classes&^(1<<ids.capital) == 0) || // "Winter Storm Uri": a word of rules only, no class
		!strings.ContainsAny(d.text[n.start:n.end], "abcdefghijklmnopqrstuvwxyz") {
		return false // the next word is in the lexicon ("April Fool's"), an initial or an acronym ("August RSS 1", a contract)
	}
	if m.last+1 < len(d.toks) && d.toks[m.last+1].kind == tokNum {
		return false // "the near-term December Nikkei 225 contract": a name follows, not a surname
	}
	if m.first == 0 || d.toks[m.first-1].sent != t.sent {
		return true
	}
	if t.classes&(1<<ids.season) != 0 {
		return true // news writes seasons in lower case: "near Winter Park", "in Fall River"
	}
	p := &d.toks[m.first-1]
	if d.isPunct(m.first-1, '.') && m.first > 1 {
		return d.hint(m.first-2) == "title" // "Rep. Summer Lee"
	}
	return p.kind == tokWord && p.classes&^(1<<ids.capital) == 0 ||
		d.hint(m.first-1) == "title" || d.hint(m.first-1) == "report" || d.isPunct(m.first-1, ',') // "said April Dunford"
}
