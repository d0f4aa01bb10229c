package timex

// ahead reports whether the words before token i put a date ahead:
// "effective", "until", "ahead of", "by" (not near "had").
func (d *doc) ahead(i int) bool {
	if i > 0 && d.isWord(i-1, "through") {
		// "suspended service through Saturday": the end of a state begun;
		// not "worked through the weekend", the end of a deed, nor "fell
		// through Monday", nor a range's end
		if !d.hadNear(i) && d.haltedBefore(i-1) && !d.rangeFrom(i-1) {
			return true
		}
	} else if i > 0 && d.toks[i-1].classes&(1<<d.tg.ids.ahead) != 0 {
		switch {
		case d.isWord(i-1, "by"):
			return !d.hadNear(i) && !d.hadInClause(i) && !d.pastAfterOpening(i-1) && !d.pastJustBefore(i-1, 10)
		case d.isUntil(i - 1):
			return !d.hadNear(i) && !d.notUntil(i-1) && !d.pastWhen(i) // "speculation had been intense until Monday"
		}
		return !d.hadNear(i) && !d.hadAfter(i, 20) // "Effective Tuesday, the central bank, under ..., had ordered": in force already
	}
	// A month of delivery lies ahead: "crude for January delivery", "for
	// delivery in January", "the January contract".
	if i+1 < len(d.toks) && (d.hint(i+1) == "ahead" || d.hint(i+1) == "contract") ||
		i > 1 && d.hint(i-2) == "ahead" && (d.isWord(i-1, "in") || d.isWord(i-1, "for")) {
		return true
	}
	// What is due, possible or likely lies ahead: "elections due in
	// January", "a verdict due by March", "Sudan's admission, possible in
	// March", "more rain is likely through the weekend", "storms are
	// possible Thursday"; not what "was likely" once.
	if i > 1 && d.isAnyWord(i-2, "due", "possible", "likely") && d.isAnyWord(i-1, "in", "by", "on", "through", "into") &&
		!(i > 2 && d.isAnyWord(i-3, "was", "were")) ||
		i > 1 && d.isAnyWord(i-1, "possible", "likely") && d.present(i-2) {
		return true
	}
	return d.aheadOf(i, 10) || d.prospect(i) || d.outlookFor(i) // "ahead of the rally on Tuesday": what comes ahead of lies ahead
}

// outlookFor reports whether the date at token i is what a noun of a view
// ahead, or of hope or fear, is "for": "cut its outlook for the second
// quarter", "worries for the second quarter", "hopes for next month".
func (d *doc) outlookFor(i int) bool {
	j := i - 1
	if j > 0 && d.toks[j].classes&(1<<d.tg.ids.det) != 0 {
		j-- // "for its fiscal second quarter"
	}
	if j < 1 || !d.isWord(j, "for") {
		return false
	}
	switch d.hint(j - 1) {
	case "outlook":
		return true
	case "intent", "warn": // only their nouns: "hopes", "fears", "plans"
		return d.hasSuffix(j-1, "s") && d.toks[j-2].classes&(1<<d.tg.ids.det) != 0
	}
	return false
}

// prospect reports whether a word of prospect opens the noun phrase the
// date at token i ends, with no verb or punctuation between: "a possible
// negative verdict Thursday", "a feared new outbreak of violence at the
// weekend". Only after a determiner or a possessive ("the opposition's
// planned rally on Tuesday") is the word surely an adjective.
func (d *doc) prospect(i int) bool {
	for j := i - 1; j > 0 && j >= i-9 && d.toks[j].sent == d.toks[i].sent; j-- {
		if d.pause(j) {
			return false
		}
		if d.hint(j) == "prospect" && (d.toks[j-1].classes&(1<<d.tg.ids.det) != 0 || j > 1 && d.possessive(j-2)) {
			for k := j + 1; k < i; k++ { // the verbs between are looked for only now: most dates have no such word
				if d.marker(k) != 0 {
					return false
				}
			}
			return true
		}
	}
	return false
}

// aheadOf reports whether a phrase of approach ends within reach words
// before token i, with no punctuation between: "ahead of Tuesday's vote",
// "ahead of the rally on Tuesday", "in the run-up to a March election",
// "looking forward to his visit in May".
func (d *doc) aheadOf(i, reach int) bool {
	for j := i - 1; j > 0 && j >= i-reach && d.toks[j].sent == d.toks[i].sent; j-- {
		if d.pause(j) {
			return false // an apostrophe is no break: "forward to Chirac's visit in May"
		}
		if d.isWord(j, "of") && d.isWord(j-1, "ahead") || d.isWord(j, "to") && d.approach(j-1) {
			return true
		}
		if d.marker(j) != 0 {
			return false // "ahead of talks he held on Saturday": the day is the verb's
		}
	}
	return false
}

// approach reports whether token j ends "forward" or "run-up", "lead-up",
// "build-up": what one looks forward or runs up to lies ahead.
func (d *doc) approach(j int) bool {
	if d.isWord(j, "forward") {
		return true
	}
	return j > 1 && d.isWord(j, "up") && d.hyphenBefore(j) &&
		(d.isWord(j-2, "run") || d.isWord(j-2, "lead") || d.isWord(j-2, "build"))
}

// hadAfter reports whether "had" comes within reach tokens after token i
// in its sentence: the verb of a clause a date opens may come late.
func (d *doc) hadAfter(i, reach int) bool {
	for j := i + 1; j < len(d.toks) && j <= i+reach && d.toks[j].sent == d.toks[i].sent; j++ {
		if d.isWord(j, "had") {
			return true
		}
	}
	return false
}

// deferred reports whether the date at token i is what a thing was put
// off to: "the case was adjourned to February", "postponed until Monday",
// "put off to next week", "pushed back to March". It lies ahead of the
// putting off.
func (d *doc) deferred(i int) bool {
	return i > 2 && (d.isWord(i-1, "to") || d.isUntil(i-1)) &&
		(d.hint(i-2) == "defer" || (d.isWord(i-2, "off") || d.isWord(i-2, "back")) && d.hint(i-3) == "defer")
}

// hadNear reports whether "had" comes shortly before or after token i in
// its sentence: "had filed reports by Wednesday" and "By Tuesday, the fire
// had been put out" are deadlines of the past.
func (d *doc) hadNear(i int) bool {
	for j := max(i-8, 0); j < len(d.toks) && j <= i+8; j++ {
		if j != i && d.toks[j].sent == d.toks[i].sent && d.isWord(j, "had") {
			return true
		}
	}
	return false
}

// hadInClause reports whether "had" stands before token i in its clause,
// with no pause between, farther back than hadNear looks: "crews had
// restored power to about 90 percent of customers by Monday night".
func (d *doc) hadInClause(i int) bool {
	for j := i - 1; j >= 0 && j >= i-leftWindow && d.toks[j].sent == d.toks[i].sent && !d.pause(j); j-- {
		if d.isWord(j, "had") {
			return true
		}
	}
	return false
}

// warnedOf reports whether the month at token i, after "in", any date
// after "by" or "from", or a bare weekday, ends the object of a verb of
// warning or the like, over a noun phrase and no other verb: "warned of
// further strikes in July", "had not ruled out walkouts in July",
// "signaled cuts by year-end", "a warning for snow from Wednesday",
// "warned of more snow Thursday night". Not "warned in July", where the
// month dates the warning, nor "forecast weaker sales on Tuesday", where
// the day does.
func (d *doc) warnedOf(i int) bool {
	ids := d.tg.ids
	if i < 3 || !(d.isWord(i-1, "in") && d.toks[i].classes&(1<<ids.month) != 0 || d.isWord(i-1, "by") || d.isWord(i-1, "from") ||
		d.toks[i].classes&(1<<ids.weekday) != 0 && d.toks[i-1].kind == tokWord && d.toks[i-1].classes&(1<<ids.funcWord) == 0) {
		return false
	}
	for j := i - 2; j > 0 && j >= i-7 && d.toks[j].sent == d.toks[i].sent && d.toks[j].kind == tokWord; j-- {
		if d.hint(j) == "warn" || d.isWord(j, "out") && (d.isWord(j-1, "ruled") || d.isWord(j-1, "rule")) {
			return j < i-2 && !d.isWord(j+1, "in") && !d.isWord(j+1, "to")
		}
		if d.marker(j) != 0 {
			return false
		}
	}
	return false
}

// hopedFor returns the tense of a date after "on" or "in" that ends what a
// word of intent is "for", over a noun phrase and no verb: "hopes for a
// peaceful election on Thursday", "plans for a rally in May". What is
// hoped or planned lies ahead of the hope (+1); after a past one
// ("hoped for a deal on Friday") the nearest such date (0).
func (d *doc) hopedFor(i int) (int, bool) {
	if i < 4 || !d.isWord(i-1, "on") && !d.isWord(i-1, "in") {
		return 0, false
	}
	for j := i - 2; j > 0 && j >= i-7 && d.toks[j].sent == d.toks[i].sent && d.toks[j].kind == tokWord; j-- {
		if d.isWord(j, "for") {
			if d.hint(j-1) != "intent" {
				return 0, false
			}
			t := d.marker(j - 1)
			if t < 0 || d.hasSuffix(j-1, "ed") {
				return 0, true
			}
			return max(t, 1), true // "preparing for" is as sure as "will"
		}
		if d.marker(j) != 0 {
			return 0, false
		}
	}
	return 0, false
}

// grantedUntil reports whether the date at token i ends a time a past
// verb granted or kept ("a resolution which gave Iran until August 31",
// "polls were kept open until 10 p.m. Friday"): the end lies after the
// past deed, which may itself lie months back, so the nearer of the
// date's two candidates is meant, not surely the coming one.
func (d *doc) grantedUntil(i int) bool {
	if i < 2 || !d.isUntil(i-1) || d.notUntil(i-1) {
		return false
	}
	if d.ultimatum(i) {
		return true
	}
	for j := i - 2; j >= 0 && j >= i-4 && d.toks[j].kind == tokWord; j-- {
		if t := d.marker(j); t != 0 {
			return t == -1 && d.hint(j) != "defer" && !d.isWord(j, "extended") && !(j > 0 && d.stateVerb(j-1))
		}
	}
	return false
}

// stateVerb reports whether token j is a present verb that holds a state
// ("is", "stays", "remains"): "stays closed until Tuesday" lasts till a
// day ahead, where "was closed until Tuesday" was granted to it.
func (d *doc) stateVerb(j int) bool {
	return d.present(j) || d.isAnyWord(j, "stays", "stay", "remains", "remain")
}

// pastWhen reports whether the date at token i, within two tokens, is
// followed by "when" and a clause in the past: "kept secret until Tuesday
// when prosecutors said it existed" ends on a day gone by.
func (d *doc) pastWhen(i int) bool {
	for k := i + 1; k < len(d.toks) && k <= i+2 && d.toks[k].sent == d.toks[i].sent; k++ {
		if d.isWord(k, "when") {
			return k+1 < len(d.toks) && d.markerAfter(k+1, 8) < 0
		}
	}
	return false
}

// ultimatum reports whether the date at token i, after "until", ends a
// time a verb of granting gave for a deed: "had given its forces until 5
// a.m. Tuesday to surrender". The deadline follows the grant, so it is
// the nearest such day, not surely a past one.
func (d *doc) ultimatum(i int) bool {
	to := false
	for k := i + 1; k < len(d.toks) && k <= i+4 && d.toks[k].sent == d.toks[i].sent && !to; k++ {
		to = d.isWord(k, "to")
	}
	for j := i - 2; to && j >= 0 && j >= i-9 && d.toks[j].sent == d.toks[i].sent; j-- {
		if d.hint(j) == "grant" {
			return true
		}
	}
	return false
}

// notUntil reports whether "until" at token u ends a clause negated in
// the past, "did not reach the town until Monday", "was not found until
// Friday": what happened then, not a deadline ahead.
func (d *doc) notUntil(u int) bool {
	aux := d.negatedUntil(u)
	return aux >= 0 && (d.isWord(aux, "did") || d.isWord(aux, "was") || d.isWord(aux, "were") ||
		d.isWord(aux, "didn") || d.isWord(aux, "wasn") || d.isWord(aux, "weren"))
}

// negatedUntil returns the token before the negation in the clause
// "until" at token u ends ("did" of "did not", "didn" of "didn't"), or -1
// when there is none: with one, the date is when it happens, no bound.
func (d *doc) negatedUntil(u int) int {
	for j := u - 1; j > 1 && j >= u-12 && d.toks[j].sent == d.toks[u].sent && !d.pause(j); j-- {
		switch {
		case d.isWord(j, "not") || d.isWord(j, "never"):
			return j - 1
		case d.isWord(j, "t") && d.toks[j-1].kind == tokPunct && d.hasSuffix(j-2, "n"):
			return j - 2 // "won't", "didn't"
		}
	}
	return -1
}

// deferredUntil reports whether the "until" at token u ends what a verb
// of putting off, within its clause, put off: "putting off the start of
// the operation until Saturday" starts it then.
func (d *doc) deferredUntil(u int) bool {
	for j := u - 1; j >= 0 && j >= u-8 && d.toks[j].sent == d.toks[u].sent && !d.pause(j); j-- {
		if d.hint(j) != "defer" {
			continue
		}
		if !d.isAnyWord(j, "put", "puts", "putting") || d.isAnyWord(j+1, "off", "back") {
			return true // but "put on show every Friday until the 12th century"
		}
	}
	return false
}

// isUntil reports whether token j is "until" or "till".
func (d *doc) isUntil(j int) bool { return d.isWord(j, "until") || d.isWord(j, "till") }

// rangeFrom reports whether a "from" or "between" and a date open, within
// six words, the range whose end is at token j: "from Monday through
// Friday".
func (d *doc) rangeFrom(j int) bool {
	for k := j - 1; k >= 0 && k >= j-6 && d.toks[k].sent == d.toks[j].sent; k-- {
		if d.isAnyWord(k, "from", "between") && k+1 < j &&
			(d.toks[k+1].kind == tokNum || d.toks[k+1].classes&(1<<d.tg.ids.weekday|1<<d.tg.ids.month) != 0) {
			return true // not "between New Orleans and Memphis through Saturday"
		}
	}
	return false
}

// haltedBefore reports whether a verb that stops something or sets a
// state ("suspended", "closed", "extended", "postponed") stands within
// eight words before token j in its clause.
func (d *doc) haltedBefore(j int) bool {
	for k := j - 1; k >= 0 && k >= j-8 && d.toks[k].sent == d.toks[j].sent && !d.pause(k); k-- {
		if h := d.hint(k); h == "halt" || h == "defer" {
			return true
		}
	}
	return false
}
