package site

import (
	"strings"
)

// sourceView is a source's page: its facts and its text, sentence by sentence.
type sourceView struct {
	Title, Seed, Publisher, Author string
	Date, DateFrom, URL, Lang      string
	Paragraphs                     []paraView
	Events                         []eventItem
	Cited                          int // sentences cited by events
}

type paraView struct {
	Heading   bool
	Sentences []sentView
}

type sentView struct {
	ID, Text string
	Events   []nameLink // events citing the sentence (Name is the title)
}

// sourcePage builds the view of a source.
func (m *model) sourcePage(si *sourceInfo) *sourceView {
	s := si.src
	v := &sourceView{
		Title: sourceTitle(s), Seed: s.Seed, Publisher: strings.TrimSpace(s.Publisher),
		Author: strings.TrimSpace(s.Author), Date: pubDateText(s.Date), DateFrom: strings.TrimSpace(s.DateFrom),
		URL: externalURL(s.URL), Lang: langTag(s.Lang), Cited: len(si.cites),
		Events: m.items(si.events, si.page),
	}
	byPara := map[int]int{} // paragraph index → position in v.Paragraphs
	for i, sent := range s.Sentences {
		if sent.Start < 0 || sent.End > len(s.Text) || sent.Start >= sent.End {
			continue
		}
		pos, ok := byPara[sent.Paragraph]
		if !ok || sent.Heading != v.Paragraphs[pos].Heading {
			v.Paragraphs = append(v.Paragraphs, paraView{Heading: sent.Heading})
			pos = len(v.Paragraphs) - 1
			byPara[sent.Paragraph] = pos
		}
		sv := sentView{ID: sentenceID(i), Text: strings.TrimSpace(s.Text[sent.Start:sent.End])}
		for _, ei := range si.cites[i] {
			sv.Events = append(sv.Events, nameLink{Name: ei.ev.Title, Href: rel(si.page, ei.page)})
		}
		v.Paragraphs[pos].Sentences = append(v.Paragraphs[pos].Sentences, sv)
	}
	return v
}

// entityView is the page of a person, organization or place.
type entityView struct {
	Name, Kind string
	Roles      []string
	Events     []eventItem
}

// bucketLabels name the buckets, singular and plural.
var bucketLabels = map[string][2]string{
	bucketPeople: {"Person", "People"}, bucketOrgs: {"Organization", "Organizations"},
	bucketPlaces: {"Place", "Places"}, bucketOther: {"Name", "Other names"},
}

func (m *model) entityPage(en *entity) *entityView {
	return &entityView{Name: en.name, Kind: bucketLabels[en.bucket][0], Roles: en.roles, Events: m.items(en.events, en.page)}
}

// nameSection is one kind of name on the index of names.
type nameSection struct {
	ID, Label string
	Names     []nameRow
}

type nameRow struct {
	Name, Href, Roles string
	Events            int
}

func (m *model) namesPage(from string) []nameSection {
	var out []nameSection
	for _, en := range m.entities {
		if len(out) == 0 || out[len(out)-1].ID != en.bucket {
			out = append(out, nameSection{ID: en.bucket, Label: bucketLabels[en.bucket][1]})
		}
		sec := &out[len(out)-1]
		sec.Names = append(sec.Names, nameRow{Name: en.name, Href: rel(from, en.page), Roles: strings.Join(en.roles, "; "), Events: len(en.events)})
	}
	return out
}

// sourceRow is a source as listed on the index of sources.
type sourceRow struct {
	Title, Href, Publisher, Date string
	Events                       int
}

func (m *model) sourcesPage(from string) []sourceRow {
	out := make([]sourceRow, 0, len(m.sources))
	for _, si := range m.sources {
		out = append(out, sourceRow{Title: sourceTitle(si.src), Href: rel(from, si.page), Publisher: si.src.Publisher, Date: pubDateText(si.src.Date), Events: len(si.events)})
	}
	return out
}
