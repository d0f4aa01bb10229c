package timex

import "time"

// againstTense is how much nearer a candidate date against the tense must be
// than one that agrees with it: tense is guessed from nearby verbs, and news
// often names coming days in past-tense sentences ("said it will vote Nov. 6").
const againstTense = 180 * 24 * time.Hour

// againstFuture is againstTense for a sentence in "will": it speaks more
// surely of the future than a past verb of the past ("a mission in
// December" in March is this December).
const againstFuture = 300 * 24 * time.Hour

// againstCoarse is againstTense for a month: a month named in
// a past-tense sentence is the last one gone by ("exports fell in January"
// in November), even when next January is nearer, unless it is about to
// begin (under 17 days away: "said they would land there in May" on 30
// April). On TimeBank 270 to 300 days do best (366 loses four, 180 two).
// Quarters and seasons keep the milder rule: "will report third-quarter
// results" is about the quarter just ended, and "warm winter concern" in
// November about the winter ahead.
const againstCoarse = 300 * 24 * time.Hour

// ruledOut is a penalty no month can make up: a year and a day.
const ruledOut = 366 * 24 * time.Hour

// pick chooses among candidate points of the same kind the one nearest the
// anchor day a, counting those the tense speaks against as farther.
func pick(cands []point, a time.Time, tense int) point {
	best := cands[len(cands)/2]
	bestDist := time.Duration(1<<63 - 1)
	for _, c := range cands {
		s, e := c.start(), c.end()
		var dist time.Duration
		switch {
		case s.After(a):
			dist = s.Sub(a)
		case e.Before(a):
			dist = a.Sub(e)
		}
		againstPast, againstWill := againstTense, againstFuture
		if c.gran == granMonth {
			againstPast, againstWill = againstCoarse, ruledOut // "will" rules a month out of the past
		}
		if c.gran == granQuarter || c.gran == granHalf {
			againstPast = againstCoarse // "Growth was 5.6 percent in the first quarter", said in November
		}
		if tense < -1 && s.After(a) && (c.gran == granMonth || c.gran == granQuarter || c.gran == granHalf || c.gran == granSeason) ||
			tense < -2 && s.After(a) && c.gran == granDay {
			// a pluperfect, or a past verb right on it ("grew 5.6 percent in
			// the first quarter", said in November), rules a month, quarter
			// or season out of the future; a sentence's own past date a day too
			dist += ruledOut
		} else if tense < 0 && s.After(a) {
			dist += againstPast
		}
		if tense > 1 && e.Before(a) {
			dist += againstWill
		} else if tense > 0 && e.Before(a) {
			dist += againstTense // a weaker future ("by", "plans") is a milder hint
		}
		if dist < bestDist {
			best, bestDist = c, dist
		}
	}
	return best
}
