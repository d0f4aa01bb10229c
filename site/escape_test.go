package site

import (
	"encoding/json"
	"encoding/xml"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"timeline/timeline"
)

// hostileTimeline puts markup, script and a javascript: address wherever
// text from seeds reaches a page.
func hostileTimeline(t testing.TB) *timeline.Timeline {
	const evil = `<script>alert("x")</script><img src=x onerror=alert(1)>`
	src := newSource("../../etc/<evil>.txt", `</title><script>alert(1)</script>`, "2021-09-11", "javascript:alert(1)",
		"Head "+evil+"\n\nThe envoy said "+evil+" and left. Nothing else happened.")
	src.Publisher, src.Author, src.Lang, src.DateFrom = evil, `"><script>alert(2)</script>`, `en"><script>`, evil
	c := cite(t, src, "envoy")
	c.URL = "javascript:alert(3)"
	tl := &timeline.Timeline{GeneratedFrom: []string{"seeds/x.txt"}, Sources: []timeline.Source{src}}
	tl.Events = []timeline.Event{{
		ID: `../../"><script>`, Type: timeline.EventType(`meeting"><script>`), Title: evil,
		Date:         date("2021-09-11", "2021-09-11", "2021-09-11", timeline.Day, evil),
		Participants: []timeline.Participant{{Name: evil, Role: evil, Kind: "person"}, {Name: "JaVaScRiPt:alert(4)"}},
		Place:        evil, Quote: evil, Sources: []timeline.Citation{c},
	}, {
		ID: "undated", Type: timeline.Statement, Title: "data:text/html,<script>alert(5)</script>", Sources: []timeline.Citation{c},
		Participants: []timeline.Participant{{Name: evil}},
	}}
	return tl
}

func TestSeedTextIsEscaped(t *testing.T) {
	files := render(t, hostileTimeline(t), WithBaseURL("https://example.org/"))
	pages := parsePages(t, files)
	for name, p := range pages {
		walk(p.doc, func(n *html.Node) {
			if src := attr(n, "src"); n.Data == "script" && src != rel(name, "timeline.js") && src != "https://example.org/timeline.js" {
				t.Errorf("%s: unexpected script %q", name, attr(n, "src"))
			}
			if n.Data == "img" {
				t.Errorf("%s: an <img> was injected", name)
			}
			for _, a := range n.Attr {
				if strings.HasPrefix(a.Key, "on") {
					t.Errorf("%s: event handler attribute %s on <%s>", name, a.Key, n.Data)
				}
				if (a.Key == "href" || a.Key == "src") && !safeRef(a.Val) {
					t.Errorf("%s: unsafe %s=%q", name, a.Key, a.Val)
				}
			}
		})
	}
	for _, name := range files.Names() {
		if strings.Contains(name, "..") || strings.ContainsAny(name, `<>"`) {
			t.Errorf("unsafe file name %q", name)
		}
	}
	for _, p := range brokenLinks(t, files) {
		t.Error(p)
	}
	var tjs tjsDoc
	if err := json.Unmarshal(files["timelinejs.json"], &tjs); err != nil {
		t.Fatal(err)
	}
	for _, s := range tjs.Events {
		if strings.Contains(s.Text.Headline+s.Text.Text, "<script") {
			t.Errorf("timelinejs.json carries markup: %+v", s.Text)
		}
	}
	for _, name := range []string{"atom.xml", "sitemap.xml"} {
		if err := xml.Unmarshal(files[name], new(struct{})); err != nil {
			t.Errorf("%s is not well-formed: %v", name, err)
		}
	}
}

// safeRef allows relative links and http(s) addresses only.
func safeRef(ref string) bool {
	i := strings.IndexAny(ref, ":/?#")
	if i < 0 || ref[i] != ':' {
		return true
	}
	scheme := strings.ToLower(ref[:i])
	return scheme == "http" || scheme == "https"
}

func TestExternalURLKeepsOnlyHTTP(t *testing.T) {
	for in, want := range map[string]string{
		"https://a.example/x?y=1": "https://a.example/x?y=1",
		"http://a.example":        "http://a.example",
		"javascript:alert(1)":     "",
		" JavaScript:alert(1)":    "",
		"data:text/html,hi":       "",
		"//a.example/x":           "",
		"/etc/passwd":             "",
		"ftp://a.example/":        "",
		"":                        "",
	} {
		if got := externalURL(in); got != want {
			t.Errorf("externalURL(%q) = %q, want %q", in, got, want)
		}
	}
}
