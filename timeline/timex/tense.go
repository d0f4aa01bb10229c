package timex

// tense returns -1 for past, +1 for future (+2 for "will") and 0 when the sentence around
// token i shows neither; the nearest marker wins. Right after "effective"
// or "until" a date lies ahead.
func (d *doc) tense(i int) int {
	t, _ := d.tenseMark(i)
	return t
}

// tenseMark is tense, with the token of the verb that marked it, or -1
// when no single verb did.
func (d *doc) tenseMark(i int) (int, int) {
	if d.grantedUntil(i) {
		return 0, -1
	}
	if d.deferred(i) {
		if d.hadNear(i) {
			return 0, -1 // "had been postponed until Saturday": after the putting off, itself gone by
		}
		return 1, -1
	}
	if d.ahead(i) {
		if d.prospect(i) {
			return 2, -1 // "will hold its next convention in June": as sure as "will"
		}
		return 1, -1
	}
	if d.droppedPlan(i) {
		return 0, -1 // "had been due to expire at the end of June": a plan since changed, its date either side
	}
	if d.warnedOf(i) {
		if !d.isWord(i-1, "in") && !d.hadNear(i) {
			return 1, -1 // "signaled cuts by year-end": a deadline or start, after what foresaw it
		}
		return 0, -1 // "warned of strikes in July": the nearest July, whenever the warning was
	}
	if t, ok := d.hopedFor(i); ok {
		return t, -1
	}
	if i > 0 && d.isWord(i-1, "since") {
		return -3, -1 // "his first visit since August" looks back, whatever the verb: never ahead
	}
	if i > 1 && d.present(i-1) && d.toks[i-2].kind == tokWord {
		return 0, -1 // "The second strike day is Thursday": a present copula dates nothing; the nearest day
	}
	if i > 1 && d.isWord(i-1, "for") && d.marker(i-2) == -1 && d.passive(i-2) {
		return 1, -1 // "a rally was called for Sunday": a schedule
	}
	if i > 2 && d.isWord(i-1, "the") && d.eventDeed(i) {
		return -3, -1 // "voted in the January 30 election": the event the deed was part of is gone by
	}
	v := d.overObject(i - 2) // the verb before the preposition, over its object: "arrested him on March 3"
	if v > 0 && d.isWord(i-1, "on") {
		v = d.overPlace(v) // "was killed in a drone strike on Aug. 26"
	}
	if v > 0 && (d.isWord(i-1, "in") || d.isWord(i-1, "during") || d.isWord(i-1, "on")) && d.marker(v) == -1 {
		switch {
		case !d.isWord(i-1, "on"):
			return -2, -1 // "elected in January", "stood in January": a past verb right on the date puts it surely back
		case d.toks[v].classes&(1<<d.tg.ids.futTo) == 0 && !d.conditional(v):
			// "said on August 22": the day the past verb tells of is gone
			// by, as for a day that opens the sentence; not "slated on Nov.
			// 18", nor "if the government fell on Dec. 8".
			return -3, -1
		}
	}
	if i > 1 && d.deedOn(i) {
		return -3, -1 // "died March 3", "the year ended Jan. 31": a deed on its day
	}
	if i+1 < len(d.toks) && d.toks[i+1].sent == d.toks[i].sent && (i == 0 || !d.isWord(i-1, "from")) { // not "the campaign from Friday will last 16 days"
		if t := d.marker(i + 1); t > 0 && !d.isWord(i+1, "should") && !d.isWord(i+1, "must") || t < 0 && i > 0 && d.isWord(i-1, "on") {
			// "and on Saturday will meet": a verb of the future right after
			// the day is its own; so is a past one after "on" ("it will be
			// difficult ... and on Monday criticised the proceedings").
			// "Should" and "must" there are the duty of what the day dated
			// ("the resolution adopted on Monday should aim to").
			return t, i + 1
		}
	}
	v = i - 1 // the verb right before the date, over "on", "for", "forward to"
	for k := 0; k < 2 && v > 0 && (d.isWord(v, "on") || d.isWord(v, "for") || d.isWord(v, "to") || d.isWord(v, "forward")); k++ {
		v--
	}
	if v > 0 && d.hasSuffix(v, "ing") && d.present(v-1) {
		return 2, -1 // "is falling on Monday", "are preparing for Tuesday's match": a sure plan
	}
	s := d.toks[i].sent
	fallback, fallbackTense := -1, 0 // an attribution after the date, if no other verb
	right := len(d.toks)             // the right side ends at the next clause
	left := -1                       // and the left at "because", whose clause has its own verb
	for _, w := range [...]int{leftWindow, 40} {
		for k := 1; k < w; k++ {
			for _, j := range [2]int{i - k, i + k} {
				if j < 0 || j >= len(d.toks) || d.toks[j].sent != s || (w == leftWindow && j > i) || j >= right || j <= left {
					continue
				}
				if j < i && d.isWord(j, "because") {
					left = j // "would become a fight because most observers late Wednesday night were predicting"
					continue
				}
				if j > i && (d.clauseBreak(j) || j == i+1 && d.isWord(j, "that") || d.isPunct(j, ',') && (d.inBeforeClause(i) || d.inPresentAside(i))) {
					right = j
					continue
				}
				if j > i && (d.framing(j, i) || d.planAdjective(j)) {
					continue
				}
				if t := d.marker(j); t != 0 && !(j < i && d.inAside(j, i)) {
					if j > i && fallback < 0 && d.attribution(i, j) {
						fallback, fallbackTense = j, t // ", company officials confirmed.": the main clause's verb first
						continue
					}
					return t, j
				}
			}
		}
	}
	if fallback >= 0 {
		return fallbackTense, fallback
	}
	return 0, -1
}

// attribution reports whether the verb at token j, after the date at
// token i, is a reporting verb that ends the sentence after a comma and a
// short subject: "will unveil it at the show in January, company
// officials confirmed." It tells when the news was told, not when the
// date is.
func (d *doc) attribution(i, j int) bool {
	if j+1 < len(d.toks) && d.toks[j+1].sent == d.toks[j].sent && !d.isPunct(j+1, '.') {
		return false
	}
	if !d.isReporting(j) && !d.isAnyWord(j, "confirmed", "says", "say") {
		return false
	}
	c := j - 1
	for c > i && c >= j-5 && !d.pause(c) {
		c--
	}
	return c > i && d.isPunct(c, ',')
}

// deedOn reports whether a past verb stands right before the date at token
// i with no preposition between, and takes no object there: "died March
// 3"; not "the postponed March 3 vote", "said March 3 would be the
// deadline", "declared January 2 a day of mourning", "set for June 7".
func (d *doc) deedOn(i int) bool {
	v := d.overObject(i - 1) // "arrested him March 3"
	return v > 0 && d.pastDeed(v) && d.toks[v-1].classes&(1<<d.tg.ids.det) == 0
}

// eventDeed reports whether a past verb that took part in the event of the
// date at token i stands before "the" and the date, maybe through "in" or
// "during": "boycotted the January 30 election", "voted in the January 30
// election". Not a verb that moved the event, which may still lie ahead
// ("postponed the March 3 vote"), nor one whose clause goes on in the
// future ("alleged the January 23 polls will be rigged").
func (d *doc) eventDeed(i int) bool {
	v := i - 2
	if v > 0 && (d.isWord(v, "in") || d.isWord(v, "during")) {
		v--
	}
	return v > 0 && d.pastDeed(v) && d.hint(v) != "defer" && d.markerAfter(i+1, 8) <= 0
}

// pastDeed reports whether token v is a past verb of a deed done: not a
// verb of saying or naming, whose object may be a date still to come
// ("announced the March 3 summit", "called the May 23 polls a funeral"),
// nor a word that only marks a plan gone by ("had been set for June 7"),
// nor a past under "if".
func (d *doc) pastDeed(v int) bool {
	ids := d.tg.ids
	h := d.hint(v)
	return d.marker(v) == -1 && (d.toks[v].classes&(1<<ids.past) != 0 || d.hasSuffix(v, "ed")) &&
		d.toks[v].classes&(1<<ids.futTo) == 0 && !d.conditional(v) && h != "report" && h != "object"
}

// inBeforeClause reports whether token i stands in a clause that opens its
// sentence with "Before": what the main clause tells of came first, so its
// past says nothing of the date ("Before 15.5 million voters cast their
// ballots on Thursday, 300,000 patients voted").
func (d *doc) inBeforeClause(i int) bool {
	k := i
	for k > 0 && d.toks[k-1].sent == d.toks[i].sent {
		k--
		if d.isPunct(k, ',') {
			return false
		}
	}
	return d.isWord(k, "before")
}

// inAside reports whether token j, before a date at token i, stands in a
// relative clause set off by commas and closed before the date: "The vote,
// which has been delayed twice, takes place on Thursday" is not dated by
// the aside's verb.
func (d *doc) inAside(j, i int) bool {
	c := j + 1
	for c < i && !d.isPunct(c, ',') {
		c++
	}
	if c == i {
		return false
	}
	for k := c + 1; k < i; k++ {
		if d.isWord(k, "and") || d.isWord(k, "or") {
			return false // "who stepped down as chairman, president and chief executive in March": a list, no aside
		}
	}
	return d.openedAside(j) >= 0
}

// openedAside returns the "which", "who" or "whose" that opens, after a
// comma, the relative clause token j stands in, with no comma since; or -1.
func (d *doc) openedAside(j int) int {
	for k := j - 1; k > 0 && k > j-15 && d.toks[k].sent == d.toks[j].sent; k-- {
		if d.isPunct(k, ',') {
			return -1
		}
		if d.isPunct(k-1, ',') && (d.isWord(k, "which") || d.isWord(k, "who") || d.isWord(k, "whose")) {
			return k
		}
	}
	return -1
}

// inPresentAside reports whether the date at token i stands in an aside
// whose verb is a present ("The prosecutor, who faces a primary in May,
// declined to comment"): the main clause's verb after it does not date
// it. Not after "since", which looks back whatever the verb ("which
// controls the government since its win in the January polls").
func (d *doc) inPresentAside(i int) bool {
	k := d.openedAside(i)
	if k < 0 || k+1 >= i {
		return false
	}
	for j := k + 1; j < i; j++ {
		if d.isWord(j, "since") {
			return false
		}
	}
	v := k + 1
	return d.present(v) || d.hasSuffix(v, "s") && !d.hasSuffix(v, "ss") && d.marker(v) == 0
}

// conditional reports whether "if" or "unless" stands within five words
// before token j in its sentence: a past form there may speak of what is
// still to come.
func (d *doc) conditional(j int) bool { return d.conditionalWithin(j, 5) }

// conditionalWithin is conditional within reach words.
func (d *doc) conditionalWithin(j, reach int) bool {
	for k := j - 1; k >= 0 && k >= j-reach && d.toks[k].sent == d.toks[j].sent; k-- {
		if d.isWord(k, "if") || d.isWord(k, "unless") {
			return true
		}
	}
	return false
}

// clauseBreak reports whether token j, after a date, opens a clause whose
// verb says nothing of the date's tense: "need a point on Tuesday but three
// were required". A clause of "whether" is a question whose verb is its
// own: "an injury on Sunday and whether he can play will be known today".
func (d *doc) clauseBreak(j int) bool {
	t := &d.toks[j]
	if t.kind == tokPunct {
		return d.text[t.start] == ';'
	}
	return d.isWord(j, "but") || d.isWord(j, "whereas") || d.isWord(j, "whether")
}

// framing reports whether token j, after a date at token i, is a reporting
// verb after a comma ("The summit opens Wednesday, officials said"): it
// dates the report, not what is reported. A date opening its sentence ("On
// Friday, police said") is the report's own.
func (d *doc) framing(j, i int) bool {
	s := d.toks[i].sent
	if i < 3 || d.toks[i-3].sent != s || !d.isReporting(j) {
		return false
	}
	for k := i + 1; k < j; k++ {
		if d.isPunct(k, ',') {
			return !d.opensWithPhrase(i)
		}
	}
	return false
}

// conditionalPresent reports whether the verb at token j follows "if",
// "unless" or "provided (that)" and a subject that takes no "-s": a
// present, whatever its form ("if they beat", "unless we cut", "provided
// that they beat Tottenham on Sunday", "if Arsenal beat").
func (d *doc) conditionalPresent(j int) bool {
	if j < 2 {
		return false
	}
	k := j - 2
	if !d.isAnyWord(k, "if", "unless", "provided", "providing") && !(k > 0 && d.isWord(k, "that") && d.isAnyWord(k-1, "provided", "providing")) {
		return false
	}
	return d.isAnyWord(j-1, "they", "we", "you", "i") || d.toks[j-1].kind == tokWord && d.toks[j-1].classes&(1<<d.tg.ids.capital) != 0
}

// planAdjective reports whether token j, a word of plan such as "expected"
// or "scheduled", stands after a determiner: an adjective of the noun that
// follows, which says nothing of a date before it ("the visit by Steinmeier
// on Monday and the expected visits by Rice").
func (d *doc) planAdjective(j int) bool {
	return j > 0 && d.toks[j].classes&(1<<d.tg.ids.fut) != 0 && d.toks[j-1].classes&(1<<d.tg.ids.det) != 0
}

// opensWithPhrase reports whether the date at token i stands in a phrase
// that opens its sentence, with no verb before it: "At a meeting in
// Brussels on Monday, Straw said" dates the saying; so does "Speaking in
// London on Thursday, Cox said", whose participle has the main verb's time.
func (d *doc) opensWithPhrase(i int) bool {
	k := i - 1
	for ; k >= 0 && d.toks[k].sent == d.toks[i].sent; k-- {
		if d.pause(k) && !(k > 0 && d.hyphenAfter(k-1)) || d.marker(k) != 0 {
			return false // an apostrophe is no break: "At an EU ministers' meeting on Monday"; nor is "Moo-Hyun"
		}
	}
	k++
	return k < i && (d.isAnyWord(k, "at", "on", "in", "during", "after") || d.hasSuffix(k, "ing") && d.toks[k].classes&(1<<d.tg.ids.capital) != 0)
}

// isReporting reports whether token j is a past verb of saying (lexicon
// HINT "report").
func (d *doc) isReporting(j int) bool { return d.hint(j) == "report" }

// pastAfterOpening reports whether token i opens its clause with a phrase
// set off by a comma, and the clause after it is in the past: "but by
// Sunday afternoon, nearly half of the pictures had gone" (not "By Friday,
// police must charge a man they had arrested").
func (d *doc) pastAfterOpening(i int) bool {
	if i > 0 && d.toks[i-1].sent == d.toks[i].sent && !d.isWord(i-1, "but") && !d.isWord(i-1, "and") && !d.isPunct(i-1, ',') {
		return false
	}
	for j := i + 1; j < len(d.toks) && j < i+8 && d.toks[j].sent == d.toks[i].sent; j++ {
		if d.isPunct(j, ',') {
			return d.markerAfter(j+1, 12) < 0
		}
	}
	return false
}

// pastJustBefore reports whether the nearest verb form that marks a tense
// in the reach tokens before token j, within its clause, is past: "the fire
// was contained by Sunday", "were dead by Saturday night"; but "agreed to
// repay the loan by February" is a plan ("to" marks it first). Numbers
// go on: "deposits were 4.9 trillion yuan by Friday".
func (d *doc) pastJustBefore(j, reach int) bool {
	for k := j - 1; k >= 0 && k >= j-reach && d.toks[k].sent == d.toks[j].sent && (d.toks[k].kind == tokWord || d.toks[k].kind == tokNum); k-- {
		if d.isWord(k, "to") && d.toks[k+1].classes&(1<<d.tg.ids.det) == 0 &&
			!d.isWord(k+1, "most") && !d.isWord(k+1, "all") && !d.isWord(k+1, "many") {
			return false // "vowed Friday to return to power by Monday": an aim; not "restored to most homes"
		}
		if t := d.marker(k); t != 0 {
			return t < 0 && !d.conditionalWithin(k, 6) // not "if the two acts were passed by mid-December"
		}
	}
	return false
}

// pluralSubject reports whether token j looks like a plural noun that may
// be a verb's subject: a word in "-s" that is neither a function word nor
// a form the lexicon knows ("Schools", "polls"; not "was", "has", "its").
func (d *doc) pluralSubject(j int) bool {
	t := &d.toks[j]
	return t.kind == tokWord && d.hasSuffix(j, "s") && !d.hasSuffix(j, "ss") && t.sent == d.toks[j+1].sent &&
		t.classes&(1<<d.tg.ids.funcWord|1<<d.tg.ids.det|1<<d.tg.ids.past|1<<d.tg.ids.fut) == 0
}

// rivalVerb reports whether token j, a verb of a fixture or a visit that
// is a noun as often, stands as a verb: after a subject (a name, or a
// plural for "face", "host", or "who") and before a named or determined
// object. "Federer faces Nadal", "The Lakers host the Celtics"; not "the
// hosts beat Italy", "faces charges", "Italy's hosts".
func (d *doc) rivalVerb(j int) bool {
	ids := d.tg.ids
	if j == 0 || j+1 >= len(d.toks) || d.toks[j-1].sent != d.toks[j].sent || d.toks[j+1].sent != d.toks[j].sent {
		return false
	}
	s, o := &d.toks[j-1], &d.toks[j+1]
	who := d.isAnyWord(j-1, "who", "which") // "Juventus, who entertain Cagliari on Sunday"
	if !who && (s.kind != tokWord || s.classes&(1<<ids.det|1<<ids.funcWord|1<<ids.apos) != 0 || j > 1 && d.toks[j-2].classes&(1<<ids.apos) != 0) {
		return false
	}
	if !who && !d.hasSuffix(j, "s") && s.classes&(1<<ids.capital) == 0 && !d.pluralSubject(j-1) {
		return false
	}
	if j > 1 && d.ownerWord(j-2) {
		return false // "told his French hosts the news"
	}
	obj := uint64(1<<ids.capital | 1<<ids.det)
	if who {
		obj = 1 << ids.capital // a rival's name: not "a cabinet on Sunday, which faces the tasks"
	}
	if o.kind == tokWord && o.classes&(obj|1<<ids.funcWord) == 0 && !who && j+2 < len(d.toks) && d.toks[j+2].sent == d.toks[j].sent {
		o = &d.toks[j+2] // "Germany host minnows Costa Rica", "face holders Brazil": a title before the name
		obj = 1 << ids.capital
	}
	return o.kind == tokWord && o.classes&obj != 0 && o.classes&(1<<ids.weekday|1<<ids.month) == 0
}

// rankedParticiple reports whether the word in "-ed" at token j follows an
// ordinal after an article or possessive pronoun, as an adjective does:
// "their final televised debate", "the first reported case".
func (d *doc) rankedParticiple(j int) bool {
	if j < 2 || d.toks[j-1].classes&(1<<d.tg.ids.ord) == 0 && !d.isAnyWord(j-1, "final", "last", "only", "next") {
		return false
	}
	return d.toks[j-2].classes&(1<<d.tg.ids.det) != 0 || d.ownerWord(j-2)
}

// countedParticiple reports whether the word in "-ed" at token j stands
// between a count and a plural noun, as an adjective does: "three
// suspended defenders", "12 wounded soldiers"; not "Two escaped on
// Monday", where the count is the subject.
func (d *doc) countedParticiple(j int) bool {
	if j < 1 || j+1 >= len(d.toks) {
		return false
	}
	ids := d.tg.ids
	c, n := &d.toks[j-1], &d.toks[j+1]
	counted := c.kind == tokNum && c.classes&(1<<ids.year) == 0 || c.kind == tokWord && d.amountWord(j-1)
	return counted && n.kind == tokWord && n.classes&(1<<ids.det|1<<ids.funcWord|1<<ids.capital) == 0 && d.pluralNoun(j+1)
}

// ownerWord reports whether token j is a possessive pronoun, which opens
// a noun phrase.
func (d *doc) ownerWord(j int) bool {
	return d.isAnyWord(j, "his", "her", "its", "their", "our", "my", "your")
}

// leftWindow is how far back the verb of an adverbial usually stands ("said
// on Friday", "will meet next Tuesday"): it is looked for there first.
const leftWindow = 15

// marker returns the tense token j marks: -1 past (-2 "had" and a
// participle), +1 future (+2 "will"), 0 none.
func (d *doc) marker(j int) int {
	if !d.mayMark(j) {
		return 0 // most words: the tense search asks of every word near every date
	}
	ids := d.tg.ids
	t := &d.toks[j]
	if d.isWord(j, "to") {
		if m := d.intent(j); m != 0 {
			return m
		}
	}
	switch {
	case t.kind == tokWord && d.hyphenAfter(j):
		return 0 // "Left-wing", "set-up": the first part of a compound, no verb
	case d.hint(j) == "sched" && j > 0 && d.toks[j-1].sent == t.sent && d.toks[j-1].classes&(1<<ids.det) == 0:
		// "the conference, which ends Sunday": a timetable; but a sentence
		// does not open with its verb ("Starts in July were up 22 percent":
		// housing starts), nor does one follow an article
		return 1
	case d.hint(j) == "schedpl" && j > 0 && d.pluralSubject(j-1):
		return 1 // "Schools reopen Monday"
	case d.isAnyWord(j, "plan", "intend") && j > 0 && (d.pluralSubject(j-1) || d.isAnyWord(j-1, "they", "we")):
		return 1 // "Friends plan a jam session Sunday afternoon"
	case d.isAnyWord(j, "go", "head") && j+3 < len(d.toks) && d.isWord(j+1, "to") && d.isWord(j+2, "the") && d.isWord(j+3, "polls"):
		return 1 // "Voters in the state of Osterland go to the polls on Sunday": a vote to come
	case d.hint(j) == "rival" && d.rivalVerb(j):
		return 1 // "Federer faces Nadal on Friday"
	case t.classes&(1<<ids.fut) != 0:
		if d.firstNameWill(j) {
			return 0 // "Will Smith struck Chris Rock on Sunday night": a name
		}
		if j > 0 && d.isWord(j-1, "been") {
			return -1 // "had been scheduled to expire"
		}
		if j > 0 && (d.isWord(j-1, "than") || d.isWord(j-1, "as")) {
			return 0 // "grew more than expected": a comparison, no plan
		}
		if d.isWord(j, "will") || d.isWord(j, "shall") || d.isWord(j, "ll") {
			return 2 // a sure future, unlike "plans" or "expected"
		}
		return 1
	case j > 0 && d.toks[j-1].classes&(1<<ids.futTo) != 0 && d.planWord(j) && !d.causalDue(j-1) &&
		(j+1 == len(d.toks) || d.toks[j+1].classes&(1<<ids.det) == 0 && !d.pluralNoun(j+1)): // not "due to the storm", "due to injuries"
		// "is to resume", "set to open", "set for Sunday": a plan, unless one of the past
		// ("had been due to expire", "were about to cross"); "was due to
		// leave" reports a plan still ahead.
		if j > 1 && (d.isWord(j-2, "been") || d.isWord(j-2, "had") || d.isWord(j-1, "about") && d.toks[j-2].classes&(1<<ids.past) != 0) {
			return -1
		}
		return 1
	case j > 1 && d.isWord(j-1, "being") && (d.isWord(j-2, "after") || d.isWord(j-2, "since")) &&
		(t.classes&(1<<ids.past) != 0 || d.hasSuffix(j, "ed")):
		return -1 // "will stand trial after being arrested on Tuesday": done before what is to come
	case j > 0 && d.isWord(j-1, "as") && (d.isWord(j, "planned") || d.isWord(j, "intended")):
		return 0 // "would go ahead as planned Sunday": the plan's, no past
	case d.isAnyWord(j, "provided", "providing") && j+1 < len(d.toks) && d.isAnyWord(j+1, "that", "they", "we", "he", "she", "it"):
		return 0 // "provided that they beat Tottenham": a conjunction, no past
	case t.classValue(ids.past) == "I" && d.conditionalPresent(j):
		return 0 // "can top the table if they beat Deportivo on Wednesday": a present
	case j > 0 && d.nonfinite(j-1):
		return 0 // "to hit", "would be held": no past tense; but "Theresa May said" is
	case t.classes&(1<<ids.futTo) != 0 && d.isWord(j, "due") && j > 0 && d.present(j-1) && j+1 < len(d.toks) && !d.isWord(j+1, "to"):
		return 1 // "is due in bookstores in September, her publisher said": a plan
	case j > 0 && d.present(d.overAdverbs(j-1)) && !d.hasSuffix(j, "ing"):
		return 0 // "is planned for Saturday", "are finally laid to rest": present, no past
	case j > 1 && d.nonfinite(j-2) && !d.isWord(j-2, "to") &&
		d.toks[j-1].kind == tokWord && !d.isWord(j-1, "have") &&
		d.toks[j-1].classes&(1<<ids.det) == 0 && (t.classes&(1<<ids.past) != 0 || d.hasSuffix(j, "ed")):
		// "will remain closed", "will be formally set up": a participle
		// after the modal's verb or adverb; not after the name May
		// ("Theresa May formally stepped down")
		return 0
	case j > 0 && (t.classes&(1<<ids.past) != 0 || d.hasSuffix(j, "ed")) && (d.isWord(j-1, "remain") || d.isWord(j-1, "stay")):
		return 0 // "close early today and remain shut Tuesday": a state, after a verb with no tense
	case t.info != nil && (d.isWord(j, "preparing") || d.isWord(j, "planning")) && j+1 < len(d.toks) && d.isWord(j+1, "for"):
		return 2 // "are preparing for a rematch in November", "planning for a vote in May": a sure plan
	case d.isWord(j, "since") && !d.causalSince(j):
		return -1 // "since the bombing in February": what came since lies back
	case (d.isWord(j, "have") || d.isWord(j, "has")) && !d.perfect(j):
		return 0 // "we have the Gulf Cup in January": a main verb, no perfect
	case d.isWord(j, "had") && d.perfect(j):
		return -2 // "had snubbed an election in January": surely gone by
	case t.classes&(1<<ids.past|1<<ids.capital) == 1<<ids.past|1<<ids.capital && j > 0 && d.toks[j-1].classes&(1<<ids.det) != 0 &&
		j+1 < len(d.toks) && d.toks[j+1].classes&(1<<ids.capital) != 0 && d.toks[j+1].kind == tokWord:
		return 0 // "The Met Office warning covers Sunday": a name after its article, no verb
	case j > 0 && j+1 < len(d.toks) && d.isPunct(j-1, ',') && d.isWord(j+1, "by") && d.participle(j):
		return 0 // "meets tomorrow, followed by the Bank of Japan on Friday": a participle's phrase, no tense
	case (t.classes&(1<<ids.past) != 0 || d.hasSuffix(j, "ed")) && j > 0 && d.prepositionBefore(j):
		return 0 // "will meet in closed session Monday", "clashes with armed men": an adjective
	case t.classes&(1<<ids.past) != 0 && d.hyphenBefore(j) && j+1 < len(d.toks) && d.toks[j+1].kind == tokWord &&
		d.toks[j+1].classes&(1<<ids.capital|1<<ids.det|1<<ids.funcWord) == 0:
		return 0 // "the worst-hit towns", "quake-hit areas": the end of a compound adjective
	case t.classes&(1<<ids.past) != 0 && (d.nounAfterArticle(j) || d.nounInPhrase(j)):
		return 0 // "betting on a rate cut in March": a noun, no verb
	case t.classes&(1<<ids.past) != 0:
		if (d.isWord(j, "was") || d.isWord(j, "were")) && j+1 < len(d.toks) &&
			(d.toks[j+1].classes&(1<<ids.fut) != 0 || d.isWord(j+1, "due") || d.reportedForecast(j)) {
			return 1 // "was scheduled to meet", "were due to arrive": a plan
		}
		return d.pastOrPluperfect(j)
	case t.kind == tokWord && t.end-t.start > 3 && d.text[t.end-2:t.end] == "ed" &&
		d.text[t.end-3] != 'e' && t.classes&(1<<ids.capital) == 0 &&
		(j == 0 || (d.toks[j-1].classes&(1<<ids.det) == 0 || d.isWord(j-1, "that")) && d.hint(j-1) != "adj" && !d.hyphenBefore(j)) && d.hint(j) != "noun" &&
		!(j > 1 && d.hasSuffix(j-1, "ly") && (d.toks[j-2].classes&(1<<ids.det) != 0 || j > 2 && d.possessive(j-3))) && !d.afterGerund(j) &&
		!d.rankedParticiple(j) && !d.countedParticiple(j):
		// "United" is a name, "succeed" no past tense, and "an unspecified
		// date", "the currently unfinished stadium", "Japan's closely
		// watched survey", "their final televised debate" or "three suspended
		// defenders" an adjective; after
		// "that" it is a verb ("an attack that killed 19 in June")
		return d.pastOrPluperfect(j)
	}
	return 0
}

// mayMark reports whether marker may find a tense at token j: a word of a
// tense class, a form in "-ed", a timetable verb, a word after one that
// puts a plan ahead ("set to open"), or one of the few words marker reads
// itself. It lets marker pass over the other words at once.
func (d *doc) mayMark(j int) bool {
	ids := d.tg.ids
	t := &d.toks[j]
	if t.kind != tokWord {
		return false
	}
	if t.classes&(1<<ids.fut|1<<ids.past|1<<ids.futTo) != 0 || j > 0 && d.toks[j-1].classes&(1<<ids.futTo) != 0 {
		return true
	}
	if h := d.hint(j); h == "sched" || h == "schedpl" || h == "rival" || h == "intent" && (d.isWord(j, "plan") || d.isWord(j, "intend")) {
		return true
	}
	return d.hasSuffix(j, "ed") || d.isWord(j, "to") || d.isWord(j, "since") || d.isWord(j, "had") ||
		d.isWord(j, "preparing") || d.isWord(j, "planning")
}

// intent is the mark of "to" at token j: +1 when a verb of intent stands
// before it, maybe with a pronoun between ("plan to hold a rally Sunday",
// "urging them to mobilise for a funeral on Wednesday"): what is meant to
// happen lies ahead of the meaning. "had hoped to" is a hope gone by.
func (d *doc) intent(j int) int {
	if j+1 >= len(d.toks) || d.toks[j+1].kind != tokWord || d.toks[j+1].classes&(1<<d.tg.ids.det|1<<d.tg.ids.capital) != 0 {
		return 0 // "agreed to the plan on Monday", "a bid to Paris": no verb follows
	}
	if j > 0 && j+2 < len(d.toks) && d.isWord(j+1, "be") && d.toks[j+2].kind == tokWord && !d.hasSuffix(j+2, "ing") && !d.participle(j-1) {
		return 1 // "elections to be held in May", "an interview to be broadcast Monday"; not "believed to be killed", "reported Friday to be suffering"
	}
	k := d.overObject(j - 1)
	if k > 1 && d.toks[k].classes&(1<<d.tg.ids.capital) != 0 && d.hint(k-1) == "intent" {
		k-- // "invited Trump to meet him on Thursday"
	}
	if k < 0 || d.hint(k) != "intent" && d.hint(k) != "warn" && !d.isWord(k, "planned") {
		return 0
	}
	if d.pastOrPluperfect(k) == -2 {
		return -1
	}
	return 1
}

// participle reports whether word token j looks like a past participle:
// "held", "signed".
func (d *doc) participle(j int) bool {
	return d.toks[j].classes&(1<<d.tg.ids.past) != 0 || d.hasSuffix(j, "ed") || d.hasSuffix(j, "en")
}

// overObject returns the token before j when j is a pronoun that may stand
// between a verb and what follows it ("urged them to", "arrested him on
// March 3"), else j.
func (d *doc) overObject(j int) int {
	if j < 1 {
		return j
	}
	if d.isAnyWord(j, "them", "him", "her", "us", "me", "you", "it") {
		return j - 1
	}
	return j
}

// overPlace returns the verb before a short phrase of place, manner or
// time that ends at token j, "in a drone strike", "at the abbey", "at 2:30
// p.m.", else j: the day after it dates the verb's deed ("was held at the
// abbey on Sept. 19").
// The phrase must follow the verb at once; one after its object may
// belong to the object ("approved a vote in the capital on Nov. 6").
func (d *doc) overPlace(j int) int {
	s := d.toks[j].sent
	for k := j; k > 1 && k >= j-5 && d.toks[k].sent == s; k-- {
		if d.toks[k].kind != tokWord && !d.hyphenAfter(k-1) && d.toks[k].classes&(1<<d.tg.ids.clock|1<<d.tg.ids.hour) == 0 || d.marker(k) != 0 {
			return j // not over punctuation, but over the hyphen of "drive-by" and a time ("at 2:30 p.m.")
		}
		if d.isWord(k, "in") || d.isWord(k, "at") || d.isWord(k, "near") {
			if k < j && d.toks[k-1].sent == s && d.marker(k-1) == -1 {
				return k - 1
			}
			return j
		}
	}
	return j
}

// pastOrPluperfect is the mark of a past form at token j: -2 right after
// "had" ("had snubbed"), which puts a month surely in the past, else -1.
func (d *doc) pastOrPluperfect(j int) int {
	for k := j - 1; k >= 0 && k >= j-2 && d.toks[k].sent == d.toks[j].sent; k-- {
		if d.isWord(k, "had") {
			return -2
		}
		if !d.adverb(k) {
			break
		}
	}
	return -1
}

// perfect reports whether "have" at token j makes a perfect: a participle
// follows, maybe after an adverb ("has already met", "have been").
func (d *doc) perfect(j int) bool {
	for k := j + 1; k < len(d.toks) && k <= j+3 && d.toks[k].sent == d.toks[j].sent; k++ {
		t := &d.toks[k]
		if t.kind != tokWord {
			return false
		}
		if t.classes&(1<<d.tg.ids.past) != 0 || d.hasSuffix(k, "ed") || d.hasSuffix(k, "en") || d.hasSuffix(k, "wn") {
			return true
		}
		if !d.adverb(k) && !d.isWord(k, "since") {
			return false
		}
	}
	return false
}

// passive reports whether the past form at token j follows "was", "were",
// "been" or "be" ("was called", "were announced").
func (d *doc) passive(j int) bool {
	k := d.overAdverbs(j - 1) // "were also announced"
	// "had been scheduled for July 25" may be a plan gone by: not counted.
	return k >= 0 && (d.isWord(k, "was") || d.isWord(k, "were") || d.isWord(k, "be") ||
		d.isWord(k, "been") && !(k > 0 && d.isWord(k-1, "had")))
}

// overAdverbs returns the first token at or before k that is no adverb.
func (d *doc) overAdverbs(k int) int {
	for k > 0 && d.adverb(k) {
		k--
	}
	return k
}

// present reports whether token j is a present form of "be".
func (d *doc) present(j int) bool {
	return d.isWord(j, "is") || d.isWord(j, "are") || d.isWord(j, "am")
}

// causalDue reports whether token j is the "due" of a cause after a
// participle: "wounds sustained due to enemy action", "cancelled due to
// rain"; "had been due to" is a plan of the past.
func (d *doc) causalDue(j int) bool {
	return j > 0 && d.isWord(j, "due") && d.participle(j-1) && !d.isWord(j-1, "been")
}

// planWord reports whether token j, after a word of FUTTO, makes a plan:
// "to" ("is to resume") or "for" after "set", "due", "slated" ("set for
// Sunday"; "is for" is no plan), or "in", "at", "back" or "home" after "due".
func (d *doc) planWord(j int) bool {
	if d.isWord(j-1, "due") && (d.isWord(j, "in") || d.isWord(j, "at") || d.isWord(j, "back") || d.isWord(j, "home")) ||
		d.isWord(j-1, "slated") && d.isWord(j, "on") {
		return true // "is due in Kenya on Friday", "due back in court in November", "slated on Friday"
	}
	return d.isWord(j, "to") || d.isWord(j, "for") && !d.isWord(j-1, "is") && !d.isWord(j-1, "are") && !d.isWord(j-1, "am")
}

// baseline reports whether the date at token i only says when a figure
// stood that today's is compared with: "117.96 yen from 118.06 in New York
// late Monday", "compared with Thursday's 5 p.m. quotes", "up from
// Thursday's close", "against 117.88 yen in New York". A clock time after
// it is still that day's ("Thursday's 5 p.m. quotes"), but the story stays
// on its own day: "during the day" is the news day.
func (d *doc) baseline(i int) bool {
	if i > 0 && (d.isWord(i-1, "from") || d.isWord(i-1, "against")) && d.possessive(i+1) {
		return true // "up from Thursday's quotes"
	}
	amount := false
	for j := i - 1; j >= 0 && j >= i-20 && d.toks[j].sent == d.toks[i].sent; j-- {
		t := &d.toks[j]
		switch {
		case d.isWord(j, "compared") || d.isWord(j, "versus"):
			return true
		case t.kind == tokPunct && !d.isPunct(j, '-') && t.classes&(1<<d.tg.ids.apos) == 0 || d.marker(j) != 0:
			return false
		case t.kind == tokNum && t.classes&(1<<d.tg.ids.year|1<<d.tg.ids.clock) == 0:
			amount = true
		case d.isWord(j, "from") || d.isWord(j, "against"):
			return amount
		}
	}
	return false
}

// causalSince reports whether "since" at token j means "because": a clause
// with its own subject follows ("since he left"), or one in the present
// ("especially since the vice-president, Ron Freeman, is leaving in June"),
// which a "since" of time never opens.
func (d *doc) causalSince(j int) bool {
	if j+1 >= len(d.toks) {
		return false
	}
	if d.isAnyWord(j+1, "he", "she", "it", "they", "we", "i", "you", "there", "this") {
		return true
	}
	for k := j + 1; k < len(d.toks) && k <= j+10 && d.toks[k].sent == d.toks[j].sent; k++ {
		if d.present(k) || d.isWord(k, "has") || d.isWord(k, "have") {
			return true
		}
	}
	return false
}

// nounAfterArticle reports whether the past form at token j, one that
// is as often a noun, ends a noun phrase a preposition opens: "on a rate
// cut", "for the tax cut", "despite a big hit". "After a storm hit" is a
// clause, so "after" and its like are no such prepositions.
func (d *doc) nounAfterArticle(j int) bool {
	if j < 3 || d.hint(j) != "pastnoun" || d.toks[j-1].kind != tokWord ||
		d.toks[j-1].classes&(1<<d.tg.ids.capital|1<<d.tg.ids.det|1<<d.tg.ids.past) != 0 {
		return false
	}
	a := j - 2
	return (d.isWord(a, "a") || d.isWord(a, "an") || d.isWord(a, "the")) && d.hint(a-1) == "nphead"
}

// nounInPhrase reports whether the past form at token j is a noun: after
// "more", "another" or "further" ("room for one more cut in the second
// half"), after an article and before a preposition ("a cut in"), or
// ending a noun phrase an ordinal or a possessive opens, with a
// preposition or a pause after it ("the central bank's first rate cut to
// come in the spring", "the bank's rate cut in March"); not "Germany's
// exports hit a record", where an object follows the verb.
func (d *doc) nounInPhrase(j int) bool {
	if j < 3 || j+1 >= len(d.toks) || d.hint(j) != "pastnoun" || d.toks[j-1].kind != tokWord {
		return false
	}
	if d.isAnyWord(j-1, "more", "another", "further") {
		return true
	}
	if d.isAnyWord(j-1, "a", "an", "the") {
		return d.pause(j+1) || d.isAnyWord(j+1, "in", "of", "by", "on", "at", "for", "to") // "room for a cut in the second half"
	}
	if d.toks[j-1].classes&(1<<d.tg.ids.capital|1<<d.tg.ids.det|1<<d.tg.ids.past) != 0 ||
		d.toks[j-2].classes&(1<<d.tg.ids.ord) == 0 && !d.possessive(j-3) {
		return false
	}
	return d.pause(j+1) || d.isAnyWord(j+1, "to", "in", "of", "by", "on", "at", "for", "was", "is", "would", "will")
}

// afterGerund reports whether the "-ed" word at token j follows a verb in
// "-ing" that a preposition, "to" or a verb of going on governs, so that
// it is an adjective of that verb's object: "to begin receiving
// classified briefings", "after seeing armed men". "The bombing killed"
// keeps its verb: there the "-ing" word follows an article.
func (d *doc) afterGerund(j int) bool {
	if j < 2 || !d.hasSuffix(j-1, "ing") {
		return false
	}
	k := j - 2
	if d.hint(k) == "nphead" {
		return true
	}
	return d.isAnyWord(k, "to", "after", "before", "while", "without", "begin", "began", "start", "started", "keep", "kept", "continue", "continued")
}

// droppedPlan reports whether the date at token i is the time of a plan
// told in the pluperfect, "had been due to" or "had been scheduled to"
// with its verb and object, no other verb between ("had been due to
// travel to Beijing on Sunday"), "had been scheduled for" it, or one
// "originally scheduled for" it, or a plan not kept, "was to have begun"
// it. The plan has since changed, so its date may lie either side of the
// story's, as the nearest does.
func (d *doc) droppedPlan(i int) bool {
	for j := i - 1; j > 1 && j >= i-leftWindow && d.toks[j].sent == d.toks[i].sent && !d.pause(j); j-- {
		to := d.isWord(j, "to")
		if !to && !d.isWord(j, "for") {
			continue
		}
		plan := j > 2 && d.isWord(j-2, "been") && d.isWord(j-3, "had") &&
			(d.isWord(j-1, "due") || d.isWord(j-1, "scheduled") || d.isWord(j-1, "set") || d.isWord(j-1, "supposed") || d.isWord(j-1, "expected") ||
				!to && (d.isWord(j-1, "planned") || d.isWord(j-1, "slated"))) ||
			(d.isWord(j-2, "originally") || d.isWord(j-2, "initially")) && // "the downhill, originally scheduled for Sunday, was called off"
				(d.isWord(j-1, "due") || d.isWord(j-1, "scheduled") || d.isWord(j-1, "set") || d.isWord(j-1, "planned") || d.isWord(j-1, "slated"))
		own := j + 1 // the plan's own verb
		if to && j+2 < i && d.isWord(j+1, "have") && d.isAnyWord(j-1, "was", "were") {
			plan, own = true, j+2 // "the service was to have begun on Thursday"
		}
		if !plan {
			continue
		}
		for k := own + 1; k < i; k++ {
			if d.marker(k) != 0 {
				return false // another verb between: "had been due to expire but was extended to March"
			}
		}
		return true
	}
	return false
}

// presentPlan reports whether the verb at token v, which marked a weak
// future, tells in the present of a plan: "are due to meet", "is expected",
// "are scheduled to", "plan to"; not "had expected", "was due to". Such a
// plan's month is the coming one, as after "will".
func (d *doc) presentPlan(v int) bool {
	k := v
	if d.isWord(k, "to") {
		k--
		if k > 0 && (d.isWord(k, "plan") || d.isWord(k, "plans") || d.isWord(k, "intend") || d.isWord(k, "intends")) {
			return !d.isWord(k-1, "the") && !d.isWord(k-1, "a") && !d.isWord(k-1, "had") // "the plan to": a noun, no tense
		}
	}
	if k <= 0 {
		return false
	}
	return d.present(d.overAdverbs(k - 1))
}

// reportedForecast reports whether the "was" or "were" at token j says
// "likely" or "unlikely" in reported speech, the forecast moved back a
// tense: "Powell said another increase was likely at the July meeting".
// Told for itself, it is of the past ("A cut was likely in March,
// analysts said then").
func (d *doc) reportedForecast(j int) bool {
	if !d.isWord(j+1, "likely") && !d.isWord(j+1, "unlikely") {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-15 && d.toks[k].sent == d.toks[j].sent; k-- {
		if d.isReporting(k) {
			return true
		}
	}
	return false
}

// prepositionBefore reports whether the word before token j is a
// preposition, which no finite verb follows: a past form after it is an
// adjective ("in closed session", "with armed men", "for injured workers").
func (d *doc) prepositionBefore(j int) bool {
	return d.hint(j-1) == "nphead" || d.isWord(j-1, "in") || d.isWord(j-1, "at") || d.isWord(j-1, "under")
}

// firstNameWill reports whether the "Will" at token j is a first name: a
// capital before a capitalized word, inside a sentence ("actor Will
// Ferrell") or, opening it, with a past verb right after the name ("Will
// Smith struck"); "Will Congress act?" keeps its modal.
func (d *doc) firstNameWill(j int) bool {
	ids := d.tg.ids
	t := &d.toks[j]
	if !d.isWord(j, "will") || t.classes&(1<<ids.capital) == 0 || j+1 >= len(d.toks) {
		return false
	}
	n := &d.toks[j+1]
	if n.kind != tokWord || n.classes&(1<<ids.capital) == 0 || n.sent != t.sent {
		return false
	}
	if j > 0 && d.toks[j-1].sent == t.sent && !d.isPunct(j-1, '"') {
		return true
	}
	for k := j + 2; k < len(d.toks) && k <= j+3 && d.toks[k].sent == t.sent; k++ {
		if d.toks[k].classes&(1<<ids.past) != 0 || d.hasSuffix(k, "ed") {
			return true
		}
	}
	return false
}
