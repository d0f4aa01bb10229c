package site

import (
	"cmp"
	"html/template"
	"slices"

	"timeline/timeline"
)

// indexView is the front page: counts, chart, filters and the grouped list.
type indexView struct {
	Total, Dated, Undated, SourceCount int
	Span                               string // "2001 – 2021"
	Chart                              template.HTML
	Types                              []typeCount
	Groups                             []yearGroup
	UndatedEvents                      []eventItem
}

type typeCount struct {
	Type, Label string
	Count       int
}

// yearGroup holds the events of one year (or of a span of years, for events
// known only that loosely), by month.
type yearGroup struct {
	ID, Label string
	Count     int
	Months    []monthGroup
}

// monthGroup holds one month's events; Label is "" for events of the year
// whose month is not known.
type monthGroup struct {
	ID, Label string
	Events    []eventItem
}

func (m *model) indexPage(from string) *indexView {
	v := &indexView{Total: len(m.events), SourceCount: len(m.sources)}
	counts := map[string]int{}
	var dated []*eventInfo
	for _, ei := range m.events {
		counts[typeClass(ei.ev.Type)]++
		if ei.ev.Date == nil {
			v.UndatedEvents = append(v.UndatedEvents, m.item(ei, from))
			continue
		}
		dated = append(dated, ei)
	}
	v.Dated, v.Undated = len(dated), len(v.UndatedEvents)
	v.Types = typeCounts(counts)
	v.Groups = m.groups(dated, from)
	if len(dated) > 0 {
		first, last := dated[0].ev.Date.Earliest[:4], dated[0].ev.Date.Latest[:4]
		for _, ei := range dated {
			last = max(last, ei.ev.Date.Latest[:4])
		}
		v.Span = first
		if last != first {
			v.Span = first + "–" + last
		}
	}
	v.Chart = chart(dated)
	return v
}

// typeCounts lists the types present, the contract's types first.
func typeCounts(counts map[string]int) []typeCount {
	var out []typeCount
	for _, t := range timeline.EventTypes() {
		if n := counts[string(t)]; n > 0 {
			out = append(out, typeCount{Type: string(t), Label: typeLabel(t), Count: n})
			delete(counts, string(t))
		}
	}
	var rest []string
	for t := range counts {
		rest = append(rest, t)
	}
	slices.Sort(rest)
	for _, t := range rest {
		out = append(out, typeCount{Type: t, Label: typeLabel(timeline.EventType(t)), Count: counts[t]})
	}
	return out
}

// groups sorts dated events into years and months. Years come in order of
// their first day, a span of years before the single year it starts in;
// within a year the events whose month is unknown come first.
func (m *model) groups(dated []*eventInfo, from string) []yearGroup {
	byYear := map[string]map[string][]*eventInfo{}
	var years []string
	for _, ei := range dated {
		y, mo, _ := groupKey(ei.ev.Date)
		if y == "" {
			y = "????"
		}
		if byYear[y] == nil {
			byYear[y] = map[string][]*eventInfo{}
			years = append(years, y)
		}
		byYear[y][mo] = append(byYear[y][mo], ei)
	}
	slices.SortStableFunc(years, func(a, b string) int {
		return cmp.Or(cmp.Compare(yearOrder(a), yearOrder(b)), cmp.Compare(len(b), len(a)))
	})
	out := make([]yearGroup, 0, len(years))
	for _, y := range years {
		yg := yearGroup{ID: yearAnchor(y), Label: y}
		var months []string
		for mo := range byYear[y] {
			months = append(months, mo)
		}
		slices.Sort(months) // "" (month unknown) sorts first
		for _, mo := range months {
			mg := monthGroup{ID: yg.ID + "-x"}
			if mo != "" {
				mg.ID, mg.Label = "m"+mo, monthLabel(mo)
			}
			mg.Events = m.items(byYear[y][mo], from)
			yg.Count += len(mg.Events)
			yg.Months = append(yg.Months, mg)
		}
		out = append(out, yg)
	}
	return out
}
