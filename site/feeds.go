package site

import (
	"encoding/xml"
	"strings"
	"time"
)

type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Title   string      `xml:"title"`
	ID      string      `xml:"id"`
	Updated string      `xml:"updated"`
	Links   []atomLink  `xml:"link"`
	Author  atomAuthor  `xml:"author"`
	Entries []atomEntry `xml:"entry"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr,omitempty"`
	Href string `xml:"href,attr"`
	Type string `xml:"type,attr,omitempty"`
}

type atomAuthor struct {
	Name string `xml:"name"`
}

type atomEntry struct {
	Title   string   `xml:"title"`
	ID      string   `xml:"id"`
	Updated string   `xml:"updated"`
	Link    atomLink `xml:"link"`
	Summary string   `xml:"summary"`
	Cat     atomCat  `xml:"category"`
}

type atomCat struct {
	Term string `xml:"term,attr"`
}

// atom writes an Atom feed of the dated events, most recently reported
// first. Ids and links are absolute with a base URL; without one, ids are
// tag-free URNs and links relative to the feed.
func (r *renderer) atom(m *model) ([]byte, error) {
	f := atomFeed{
		Title: r.cfg.title, ID: r.absOr("", "urn:timeline:feed"), Updated: stamp(feedStamp(m)),
		Author: atomAuthor{Name: r.cfg.title},
	}
	f.Links = append(f.Links, atomLink{Href: r.absOr("index.html", "index.html"), Type: "text/html"})
	if r.cfg.baseURL != "" {
		f.Links = append(f.Links, atomLink{Rel: "self", Href: r.cfg.baseURL + "atom.xml", Type: "application/atom+xml"})
	}
	for i := len(m.events) - 1; i >= 0; i-- {
		ei := m.events[i]
		if ei.ev.Date == nil {
			continue
		}
		f.Entries = append(f.Entries, atomEntry{
			Title: dateText(ei.ev.Date) + ": " + ei.ev.Title,
			ID:    r.absOr(ei.page, "urn:timeline:event:"+ei.ev.ID), Updated: stamp(eventStamp(m, ei)),
			Link:    atomLink{Href: r.absOr(ei.page, ei.page), Type: "text/html"},
			Summary: icsDescription(ei), Cat: atomCat{Term: string(ei.ev.Type)},
		})
	}
	data, err := xml.MarshalIndent(f, "", "  ")
	if err != nil {
		return nil, err
	}
	return append([]byte(xml.Header), append(data, '\n')...), nil
}

// absOr is the absolute address of path with a base URL, else fallback.
func (r *renderer) absOr(path, fallback string) string {
	if r.cfg.baseURL == "" {
		return fallback
	}
	return r.cfg.baseURL + path
}

func stamp(t time.Time) string { return t.UTC().Format(time.RFC3339) }

type urlSet struct {
	XMLName xml.Name `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 urlset"`
	Comment string   `xml:",comment"`
	URLs    []sitemapURL
}

type sitemapURL struct {
	XMLName xml.Name `xml:"url"`
	Loc     string   `xml:"loc"`
}

// sitemap lists every page. Sitemaps need absolute addresses: without a base
// URL it is empty, with a comment saying how to fill it.
func (r *renderer) sitemap(out Files) ([]byte, error) {
	set := urlSet{}
	if r.cfg.baseURL == "" {
		set.Comment = " built without a base URL (timeline build -base-url URL): rebuild with one to list the pages "
	}
	for _, name := range out.Names() {
		if r.cfg.baseURL == "" || !strings.HasSuffix(name, ".html") || name == "404.html" {
			continue
		}
		loc := r.cfg.baseURL + name
		if name == "index.html" {
			loc = r.cfg.baseURL
		}
		set.URLs = append(set.URLs, sitemapURL{Loc: loc})
	}
	data, err := xml.MarshalIndent(set, "", "  ")
	if err != nil {
		return nil, err
	}
	return append([]byte(xml.Header), append(data, '\n')...), nil
}
