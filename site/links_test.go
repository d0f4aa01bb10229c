package site

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"timeline/site/linkcheck"
)

// parsed is one HTML page of a rendered site.
type parsed struct {
	name string
	doc  *html.Node
	ids  map[string]bool
}

// parsePages parses every HTML file of files.
func parsePages(t testing.TB, files Files) map[string]*parsed {
	t.Helper()
	pages := map[string]*parsed{}
	for _, name := range files.Names() {
		if !strings.HasSuffix(name, ".html") {
			continue
		}
		doc, err := html.Parse(bytes.NewReader(files[name]))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		p := &parsed{name: name, doc: doc, ids: map[string]bool{}}
		walk(doc, func(n *html.Node) {
			if id := attr(n, "id"); id != "" {
				p.ids[id] = true
			}
		})
		pages[name] = p
	}
	return pages
}

func walk(n *html.Node, f func(*html.Node)) {
	if n.Type == html.ElementNode {
		f(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// brokenLinks checks every link of a rendered site with the same checker
// the end-to-end test runs over a build on disk.
func brokenLinks(t testing.TB, files Files) []string {
	t.Helper()
	problems, err := linkcheck.Check(files.FS())
	if err != nil {
		t.Fatal(err)
	}
	return problems
}

func TestLinksResolve(t *testing.T) {
	for _, base := range []string{"", "https://example.org/repo/"} {
		var opts []Option
		if base != "" {
			opts = append(opts, WithBaseURL(base))
		}
		files := render(t, sampleTimeline(t), opts...)
		for _, p := range brokenLinks(t, files) {
			t.Errorf("base %q: %s", base, p)
		}
	}
}
