package extract

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"timeline/timeline"
)

// cluster is an event being merged from reports, the first being its anchor.
type cluster struct {
	reports []*timeline.Event
	date    *timeline.Date // what all reports' dates allow
	words   map[string]bool
}

func newCluster(r *timeline.Event) *cluster {
	c := &cluster{words: map[string]bool{}}
	c.add(r)
	return c
}

// minShared is the share of the shorter report's content words another
// article's report of the same remarks must repeat.
const minShared = 0.3

// accepts reports whether r reports the cluster's event.
func (c *cluster) accepts(r *timeline.Event) bool {
	a := c.reports[0]
	if !placesAgree(a.Place, r.Place) {
		return false
	}
	same := false
	for _, o := range c.reports {
		same = same || sameSeed(o, r)
	}
	if _, ok := mergeDates(c.date, r.Date, same); !ok {
		return false
	}
	switch r.Type {
	case timeline.Statement:
		return c.near(r) || overlap(c.words, contentWords(r)) >= minShared
	case timeline.Meeting:
		ca, cr := counterpart(a), counterpart(r)
		return othersAgree(a, r) && (ca == "" || cr == "" || ca == cr || len(a.Participants) > 1 && len(r.Participants) > 1)
	case timeline.Visit:
		return othersAgree(a, r)
	}
	return triggerWord(a) == triggerWord(r) && len(a.Participants) == len(r.Participants) && othersAgree(a, r)
}

// nearGap is how many bytes may separate two sentences of one article for
// a speaker's statements in them to be taken as one set of remarks ("…,"
// Milley added.): about two sentences.
const nearGap = 400

// near reports whether r cites a sentence close to one the cluster cites.
func (c *cluster) near(r *timeline.Event) bool {
	for _, o := range c.reports {
		for _, x := range o.Sources {
			for _, y := range r.Sources {
				if x.Seed == y.Seed && max(y.Start-x.End, x.Start-y.End) <= nearGap {
					return true
				}
			}
		}
	}
	return false
}

// counterpart is whom a meeting's title says was met ("officials",
// "Wang Yu"), for telling two meetings of one person apart.
func counterpart(e *timeline.Event) string {
	_, after, ok := strings.Cut(e.Title, " meets ")
	if !ok {
		return ""
	}
	before, _, _ := strings.Cut(after, " in ")
	return before
}

// othersAgree: where both name participants besides the first, they share one.
func othersAgree(a, b *timeline.Event) bool {
	if len(a.Participants) < 2 || len(b.Participants) < 2 {
		return true
	}
	for _, p := range a.Participants[1:] {
		for _, q := range b.Participants[1:] {
			if participantKey(p) == participantKey(q) {
				return true
			}
		}
	}
	return false
}

func (c *cluster) add(r *timeline.Event) {
	same := false
	for _, o := range c.reports {
		same = same || sameSeed(o, r)
	}
	if len(c.reports) == 0 {
		c.date = r.Date
	} else if d, ok := mergeDates(c.date, r.Date, same); ok {
		c.date = d
	}
	c.reports = append(c.reports, r)
	for w := range contentWords(r) {
		c.words[w] = true
	}
}

// mergeDates intersects two dates; a date from tense alone gives way to one
// from a time expression when they disagree, and within one article any
// disagreement is settled that way too (the weak date was a guess).
func mergeDates(a, b *timeline.Date, sameArticle bool) (*timeline.Date, bool) {
	switch {
	case a == nil:
		return b, true
	case b == nil:
		return a, true
	}
	if d, ok := a.Intersect(b); ok {
		d.Value, d.Precision = valuePrecision(d.Earliest, d.Latest, d.Value, d.Precision)
		if isWeak(d) && (!isWeak(a) || !isWeak(b)) {
			strong := a
			if isWeak(a) {
				strong = b
			}
			d.Basis = strong.Basis
		}
		return d, true
	}
	switch {
	// a date from tense gives way only to one not after its article's
	// date: no report tells what happened after it was written
	case isWeak(a) && !isWeak(b) && b.Earliest <= a.Latest:
		return b, true
	case isWeak(b) && !isWeak(a) && a.Earliest <= b.Latest:
		return a, true
	case sameArticle && isWeak(a) && isWeak(b):
		return a, true
	}
	return nil, false
}

// valuePrecision recomputes value and precision for intersected bounds.
func valuePrecision(e, l, value string, prec timeline.Precision) (string, timeline.Precision) {
	te, err1 := time.Parse(timeline.DayLayout, e)
	tl, err2 := time.Parse(timeline.DayLayout, l)
	if err1 != nil || err2 != nil {
		return value, prec
	}
	switch {
	case e == l:
		return e, timeline.Day
	case te.Day() == 1 && tl.AddDate(0, 0, 1).Day() == 1 && e[:7] == l[:7]:
		return e[:7], timeline.Month
	case strings.HasSuffix(e, "-01-01") && strings.HasSuffix(l, "-12-31") && e[:4] == l[:4]:
		return e[:4], timeline.Year
	}
	return rangeValue(te, tl), timeline.Range
}

// event writes the merged event: the anchor's id, title, type, place and
// quote; every participant and source; the agreed date.
func (c *cluster) event() timeline.Event {
	a := c.reports[0]
	e := timeline.Event{ID: timeline.MakeID(*a), Type: a.Type, Title: a.Title, Place: a.Place, Places: a.Places, Quote: a.Quote, Date: c.date}
	if c.date != nil && len(c.reports) > 1 {
		d := *c.date
		if n := dated(c.reports); n > 1 {
			d.Basis = fmt.Sprintf("%s (%d reports agree)", d.Basis, n)
		}
		e.Date = &d
	}
	seen := map[string]int{}
	for _, r := range c.reports {
		if e.Place == "" {
			e.Place, e.Places = r.Place, r.Places
		}
		for _, p := range r.Participants {
			k := participantKey(p)
			if i, ok := seen[k]; ok {
				if len(p.Name) > len(e.Participants[i].Name) {
					e.Participants[i].Name = p.Name
				}
				if e.Participants[i].Role == "" {
					e.Participants[i].Role = p.Role
				}
				continue
			}
			seen[k] = len(e.Participants)
			e.Participants = append(e.Participants, p)
		}
		for _, s := range r.Sources {
			if !slices.ContainsFunc(e.Sources, func(o timeline.Citation) bool { return o.Seed == s.Seed && o.Start == s.Start }) {
				e.Sources = append(e.Sources, s)
			}
		}
	}
	slices.SortFunc(e.Sources, func(x, y timeline.Citation) int {
		if c := cmp.Compare(x.Seed, y.Seed); c != 0 {
			return c
		}
		return cmp.Compare(x.Start, y.Start)
	})
	return e
}

func dated(rs []*timeline.Event) int {
	n := 0
	for _, r := range rs {
		if r.Date != nil {
			n++
		}
	}
	return n
}

// contentWords are the folded stems of a report's longer words, names of
// its speaker left out, for telling whether two reports say the same.
func contentWords(e *timeline.Event) map[string]bool {
	out := map[string]bool{}
	skip := map[string]bool{}
	if len(e.Participants) > 0 {
		for _, w := range strings.Fields(strings.ToLower(e.Participants[0].Name)) {
			skip[w] = true
		}
	}
	for _, s := range e.Sources {
		for _, w := range strings.FieldsFunc(strings.ToLower(s.Sentence), func(r rune) bool { return !isWordRune(r) }) {
			if len(w) < 5 || skip[w] {
				continue
			}
			if len(w) > 6 {
				w = w[:6]
			}
			out[w] = true
		}
	}
	return out
}

// overlap is the share of the smaller set found in the other.
func overlap(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := 0
	for w := range b {
		if a[w] {
			n++
		}
	}
	return float64(n) / float64(min(len(a), len(b)))
}
