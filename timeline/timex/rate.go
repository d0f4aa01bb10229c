package timex

// rate reports whether match m is the "a day" or "per year" of a rate after
// an amount: "$500 million a year", "3,000 children a day", "26.3 million
// barrels per day", "5 percent a year". TimeBank leaves most such rates
// untagged (4 of 6 in the development data). Up to three words may stand
// between the amount and the rate ("16 billion doses of flu vaccine a
// year" is an amount of something, then a rate), but no function word:
// "fell by 5,000 in a year" keeps its year.
func (d *doc) rate(m *match) bool {
	f := m.first
	if m.last-f != 2 || !(d.isWord(f, "a") || d.isWord(f, "an") || d.isWord(f, "per")) {
		return false
	}
	if n := m.last; n < len(d.toks) && (d.isWord(n, "after") || d.isWord(n, "before") ||
		d.isWord(n, "later") || d.isWord(n, "earlier") || d.isWord(n, "ago")) {
		return false // "died at 91 a week after his wife": a lapse, no rate
	}
	lim := f - 4
	for j := f - 1; j >= 0 && j >= lim && d.toks[j].sent == d.toks[f].sent; j-- {
		t := &d.toks[j]
		switch {
		case t.kind == tokNum:
			return true
		case d.isPunct(j, ')'):
			// "1,000 yuan (125 U.S. dollars) per month": the aside is skipped whole
			if k := d.openParen(j); k >= 0 {
				j, lim = k, k-3
			}
			continue
		case t.kind == tokPunct && j > 0 && d.hyphenAfter(j-1):
			lim -= 2 // "kilowatt-hours", "1,000 full-time jobs per day": a compound is one word
			continue
		case t.kind == tokPunct:
			return d.text[t.start] == '%'
		case d.amountWord(j):
			return true
		case d.isWord(j, "per") && j+1 < f && d.toks[j+1].kind == tokWord:
			lim = j - 3 // "150 liters per head a day": the amount is before "per head"
		case d.isWord(j, "of") && d.measureBefore(j):
			lim = j - 4 // "100 grams of rice a day": the amount is before "of"
		case d.relation(j) || t.classes&(1<<d.tg.ids.unit) != 0 && !d.hyphenBefore(j):
			return false // "after a day", "two days a week": no amount
		}
	}
	return false
}

// measureBefore reports whether the "of" at token j follows a measure of
// something counted: a number and a noun ("100 grams of", "5 million
// kilowatt-hours of").
func (d *doc) measureBefore(j int) bool {
	k := j - 2
	if k > 1 && d.isPunct(k, '-') {
		k -= 2
	}
	return k >= 0 && d.toks[k].sent == d.toks[j].sent && (d.toks[k].kind == tokNum || d.amountWord(k))
}

// openParen returns the "(" that opens the aside closed at token j, within
// a dozen tokens, or -1.
func (d *doc) openParen(j int) int {
	for k := j - 1; k >= 0 && k > j-12 && d.toks[k].sent == d.toks[j].sent; k-- {
		if d.isPunct(k, '(') {
			return k
		}
	}
	return -1
}

// amountWord reports whether word token j counts an amount: a spelled
// number other than "a" ("three", "million") or "percent".
func (d *doc) amountWord(j int) bool {
	return d.isAnyWord(j, "percent", "million", "billion", "trillion", "millions", "billions", "thousands", "hundreds") ||
		d.toks[j].classes&(1<<d.tg.ids.num) != 0 && !d.isAnyWord(j, "a", "an")
}

// relation reports whether token j is a lower-case function word or
// preposition, which ends an amount's noun phrase ("US dollars" is no "us").
func (d *doc) relation(j int) bool {
	t := &d.toks[j]
	if t.classes&(1<<d.tg.ids.capital) != 0 {
		return false
	}
	if t.classes&(1<<d.tg.ids.funcWord) != 0 {
		return true
	}
	for _, w := range [...]string{"after", "before", "over", "within", "during", "about", "under", "around", "of"} {
		if d.isWord(j, w) {
			return w != "of" || j == 0 || !d.amountWord(j-1) // "billions of dollars a year" is an amount
		}
	}
	return false
}
