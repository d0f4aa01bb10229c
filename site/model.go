package site

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"timeline/timeline"
)

// Entity buckets: the folder of each kind of name's pages.
const (
	bucketPeople = "people"
	bucketOrgs   = "organizations"
	bucketPlaces = "places"
	bucketOther  = "names"
)

// model is the timeline indexed for rendering: pages assigned, citations
// resolved to sentences, names gathered. It is built once per render and
// never changed after.
type model struct {
	tl       *timeline.Timeline
	sources  []*sourceInfo // by seed
	bySeed   map[string]*sourceInfo
	events   []*eventInfo // timeline order
	entities []*entity    // by bucket, then name
}

type sourceInfo struct {
	src  *timeline.Source
	page string
	// cites lists, per sentence index, the events citing that sentence.
	cites  map[int][]*eventInfo
	events []*eventInfo // citing events, timeline order, once each
}

type eventInfo struct {
	ev       *timeline.Event
	page     string
	cites    []citeRef
	pubDates []string  // publication dates of the citing sources
	names    []*entity // participants, in the event's order
	places   []*entity
}

// citeRef is a citation resolved to its source and sentence (-1 when no
// sentence of the source covers it).
type citeRef struct {
	c    *timeline.Citation
	src  *sourceInfo
	sent int
}

type entity struct {
	name, bucket, page string
	roles              []string
	events             []*eventInfo
}

// newModel indexes tl. It copies nothing but the order of events, and never
// changes tl.
func newModel(tl *timeline.Timeline) *model {
	m := &model{tl: tl, bySeed: map[string]*sourceInfo{}}
	taken := uniquePaths{}
	srcs := make([]*timeline.Source, len(tl.Sources))
	for i := range tl.Sources {
		srcs[i] = &tl.Sources[i]
	}
	slices.SortStableFunc(srcs, func(a, b *timeline.Source) int { return strings.Compare(a.Seed, b.Seed) })
	for _, s := range srcs {
		if m.bySeed[s.Seed] != nil {
			continue
		}
		si := &sourceInfo{src: s, page: taken.take("sources", sourcePageName(s.Seed)), cites: map[int][]*eventInfo{}}
		m.sources = append(m.sources, si)
		m.bySeed[s.Seed] = si
	}
	evs := make([]*timeline.Event, len(tl.Events))
	for i := range tl.Events {
		evs[i] = &tl.Events[i]
	}
	slices.SortStableFunc(evs, func(a, b *timeline.Event) int { return timeline.Compare(*a, *b) })
	for _, e := range evs {
		m.events = append(m.events, m.newEvent(e, taken))
	}
	m.gatherEntities(taken)
	return m
}

func (m *model) newEvent(e *timeline.Event, taken uniquePaths) *eventInfo {
	ei := &eventInfo{ev: e, page: taken.take("events", fileName(e.ID))}
	for i := range e.Sources {
		c := &e.Sources[i]
		si := m.bySeed[c.Seed]
		ref := citeRef{c: c, src: si, sent: -1}
		if si != nil {
			ref.sent = sentenceAt(si.src, c.Start, c.End)
			if !slices.Contains(si.events, ei) {
				si.events = append(si.events, ei)
			}
			if ref.sent >= 0 && !slices.Contains(si.cites[ref.sent], ei) {
				si.cites[ref.sent] = append(si.cites[ref.sent], ei)
			}
			if si.src.Date != "" && !slices.Contains(ei.pubDates, si.src.Date) {
				ei.pubDates = append(ei.pubDates, si.src.Date)
			}
		}
		ei.cites = append(ei.cites, ref)
	}
	return ei
}

// sentenceAt finds the sentence holding the byte range [start, end): the one
// containing start, else the first overlapping it; -1 when none does.
func sentenceAt(s *timeline.Source, start, end int) int {
	sents := s.Sentences
	i := sort.Search(len(sents), func(i int) bool { return sents[i].End > start })
	if i < len(sents) && sents[i].Start <= start {
		return i
	}
	for j := i; j < len(sents) && sents[j].Start < end; j++ {
		if sents[j].End > start {
			return j
		}
	}
	return -1
}

// gatherEntities makes a page for every participant and place, merging names
// that differ only in case. A name's bucket is the kind most often given it.
func (m *model) gatherEntities(taken uniquePaths) {
	type votes struct {
		name   string
		counts map[string]int
	}
	byKey := map[string]*votes{}
	var keys []string
	vote := func(name, bucket string) string {
		k := strings.ToLower(strings.Join(strings.Fields(name), " "))
		if byKey[k] == nil {
			byKey[k] = &votes{name: strings.Join(strings.Fields(name), " "), counts: map[string]int{}}
			keys = append(keys, k)
		}
		byKey[k].counts[bucket]++
		return k
	}
	for _, ei := range m.events {
		for _, p := range ei.ev.Participants {
			if strings.TrimSpace(p.Name) != "" {
				vote(p.Name, bucketOf(p.Kind))
			}
		}
		for _, pl := range placesOf(ei.ev) {
			vote(pl, bucketPlaces)
		}
	}
	slices.Sort(keys)
	ents := map[string]*entity{}
	for _, k := range keys {
		v := byKey[k]
		b := bucketOther
		best := 0
		for _, cand := range []string{bucketPeople, bucketOrgs, bucketPlaces} {
			if v.counts[cand] > best {
				b, best = cand, v.counts[cand]
			}
		}
		ents[k] = &entity{name: v.name, bucket: b}
	}
	for _, k := range keys {
		ents[k].page = taken.take(ents[k].bucket, slug(ents[k].name))
		m.entities = append(m.entities, ents[k])
	}
	slices.SortStableFunc(m.entities, func(a, b *entity) int {
		return cmp.Or(cmp.Compare(bucketRank(a.bucket), bucketRank(b.bucket)), strings.Compare(strings.ToLower(a.name), strings.ToLower(b.name)))
	})
	m.linkEntities(ents)
}

// linkEntities ties each event to its named entities and back.
func (m *model) linkEntities(ents map[string]*entity) {
	key := func(n string) string { return strings.ToLower(strings.Join(strings.Fields(n), " ")) }
	for _, ei := range m.events {
		for _, p := range ei.ev.Participants {
			en := ents[key(p.Name)]
			if en == nil {
				continue
			}
			ei.names = append(ei.names, en)
			if !slices.Contains(en.events, ei) {
				en.events = append(en.events, ei)
			}
			if r := strings.TrimSpace(p.Role); r != "" && !slices.Contains(en.roles, r) {
				en.roles = append(en.roles, r)
			}
		}
		for _, pl := range placesOf(ei.ev) {
			en := ents[key(pl)]
			if en == nil {
				continue
			}
			ei.places = append(ei.places, en)
			if !slices.Contains(en.events, ei) {
				en.events = append(en.events, ei)
			}
		}
	}
}

// placesOf lists an event's places: each of Places when it has several,
// else its one Place.
func placesOf(e *timeline.Event) []string {
	var out []string
	for _, p := range e.Places {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	if len(out) == 0 && strings.TrimSpace(e.Place) != "" {
		out = append(out, strings.TrimSpace(e.Place))
	}
	return out
}

func bucketOf(kind string) string {
	switch strings.ToLower(strings.TrimSpace(kind)) {
	case "person":
		return bucketPeople
	case "organization", "organisation", "group":
		return bucketOrgs
	case "country", "place", "city", "location":
		return bucketPlaces
	}
	return bucketOther
}

func bucketRank(b string) int {
	return slices.Index([]string{bucketPeople, bucketOrgs, bucketPlaces, bucketOther}, b)
}

// related lists other events sharing a participant with ei, in timeline
// order, at most limit.
func (m *model) related(ei *eventInfo, limit int) []*eventInfo {
	var out []*eventInfo
	for _, o := range m.events {
		if o == ei || len(out) >= limit {
			continue
		}
		for _, n := range ei.names {
			if slices.Contains(o.names, n) {
				out = append(out, o)
				break
			}
		}
	}
	return out
}
