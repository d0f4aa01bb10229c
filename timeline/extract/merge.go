package extract

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"timeline/timeline"
)

// Merge folds reports of one event together, assigns unique ids and puts
// the events in timeline order. Its output depends only on the set of
// reports, not on their order.
//
// Two reports are of one event when they have the same type and the same
// first participant (a person by surname, since articles differ on given
// names and initials; anything else by its canonical name), their dates
// overlap, their places do not differ, and:
//   - a statement: both come from one article (one speaker's remarks), or
//     their sentences share enough words (the same remarks in two outlets);
//   - a meeting: the other side is the same, where both name one;
//   - any other type: the same trigger word in the title.
//
// The merged event keeps the days all its reports allow; a date from tense
// alone gives way to a date from a time expression when they disagree, so
// an article without a date of its own takes the date another source gives.
//
// Ids are stable: reports are taken earliest-published first (the date of
// the article a report's basis names; reports of undated articles last,
// then by seed and offset), and an event keeps the id and title of its
// first report. A report published later never changes an existing id.
func Merge(reports []timeline.Event) []timeline.Event {
	rs := make([]timeline.Event, len(reports))
	copy(rs, reports)
	slices.SortStableFunc(rs, anchorOrder)
	buckets := map[string][]*cluster{}
	var all []*cluster
	for i := range rs {
		r := &rs[i]
		key := string(r.Type) + "|" + actorKey(r)
		joined := false
		for _, c := range buckets[key] {
			if c.accepts(r) {
				c.add(r)
				joined = true
				break
			}
		}
		if !joined {
			c := newCluster(r)
			buckets[key] = append(buckets[key], c)
			all = append(all, c)
		}
	}
	out := make([]timeline.Event, 0, len(all))
	for _, c := range all {
		out = append(out, c.event())
	}
	timeline.Sort(out)
	timeline.UniqueIDs(out)
	timeline.Sort(out)
	return out
}

// anchorOrder orders reports earliest-published first.
func anchorOrder(a, b timeline.Event) int {
	pa, pb := published(a), published(b)
	switch {
	case pa == "" && pb != "":
		return 1
	case pb == "" && pa != "":
		return -1
	}
	if c := cmp.Compare(pa, pb); c != 0 {
		return c
	}
	ca, cb := firstCitation(a), firstCitation(b)
	if c := cmp.Compare(ca.Seed, cb.Seed); c != 0 {
		return c
	}
	if c := cmp.Compare(ca.Start, cb.Start); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Type, b.Type); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Title, b.Title); c != 0 {
		return c
	}
	if c := cmp.Compare(a.ID, b.ID); c != 0 {
		return c
	}
	return cmp.Compare(fmt.Sprint(a.Participants, a.Place, dateKey(a.Date)), fmt.Sprint(b.Participants, b.Place, dateKey(b.Date)))
}

func dateKey(d *timeline.Date) string {
	if d == nil {
		return ""
	}
	return d.Earliest + d.Latest + d.Basis
}

// published is the date of the article a report comes from, where known.
func published(e timeline.Event) string {
	if e.Date == nil {
		return ""
	}
	return articleDate(e.Date.Basis)
}

func firstCitation(e timeline.Event) timeline.Citation {
	if len(e.Sources) == 0 {
		return timeline.Citation{}
	}
	return e.Sources[0]
}

// actorKey names an event's first participant for matching: persons by
// surname, anything else by its folded name.
func actorKey(e *timeline.Event) string {
	if len(e.Participants) == 0 {
		return ""
	}
	return participantKey(e.Participants[0])
}

func participantKey(p timeline.Participant) string {
	if p.Kind == "person" || p.Kind == "" && !strings.Contains(p.Name, " ") {
		return "p:" + surname(p.Name) // "Milley" is "Mark Milley"
	}
	return "e:" + nameKey(p.Name) // "DD Acquisition" is not "DPC Acquisition"
}

// isWeak reports a date that comes from tense alone.
func isWeak(d *timeline.Date) bool { return d != nil && strings.HasPrefix(d.Basis, weakBasis) }

// placesAgree: no place, or a shared word.
func placesAgree(a, b string) bool {
	if a == "" || b == "" {
		return true
	}
	split := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == ',' })
	}
	wa := split(a)
	for _, w := range split(b) {
		if w != "and" && slices.Contains(wa, w) {
			return true
		}
	}
	return false
}

// sameSeed reports whether two events cite a common article.
func sameSeed(a, b *timeline.Event) bool {
	for _, x := range a.Sources {
		for _, y := range b.Sources {
			if x.Seed == y.Seed {
				return true
			}
		}
	}
	return false
}

// triggerWord is the verb of a title after the first participant's name.
func triggerWord(e *timeline.Event) string {
	t := e.Title
	if len(e.Participants) > 0 {
		t = strings.TrimPrefix(t, e.Participants[0].Name)
	}
	if f := strings.Fields(t); len(f) > 0 {
		return strings.ToLower(f[0])
	}
	return ""
}
