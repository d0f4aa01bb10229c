package site

import (
	"bytes"
	"fmt"
	"net/url"
	"path"
	"strings"
	"testing"

	"golang.org/x/net/html"
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

// brokenLinks checks every href and src of every page: none starts with
// "/", each internal one names a file of the site, and each #fragment an id
// of its target page. External (http, https) links are skipped.
func brokenLinks(t testing.TB, files Files) []string {
	pages := parsePages(t, files)
	var problems []string
	for _, name := range files.Names() {
		p := pages[name]
		if p == nil {
			continue
		}
		walk(p.doc, func(n *html.Node) {
			for _, key := range []string{"href", "src"} {
				ref := attr(n, key)
				if ref == "" && !hasAttr(n, key) {
					continue
				}
				if msg := checkRef(files, pages, name, ref); msg != "" {
					problems = append(problems, fmt.Sprintf("%s: <%s %s=%q>: %s", name, n.Data, key, ref, msg))
				}
			}
		})
	}
	return problems
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func checkRef(files Files, pages map[string]*parsed, from, ref string) string {
	if ref == "" {
		return "empty link"
	}
	if strings.HasPrefix(ref, "/") {
		return "starts with /"
	}
	u, err := url.Parse(ref)
	if err != nil {
		return err.Error()
	}
	if u.Scheme == "http" || u.Scheme == "https" {
		return ""
	}
	if u.Scheme != "" || u.Host != "" {
		return "unexpected scheme " + u.Scheme
	}
	target := from
	if u.Path != "" {
		target = path.Join(path.Dir(from), u.Path)
	}
	if strings.HasPrefix(target, "../") || target == ".." {
		return "leads outside the site"
	}
	if _, ok := files[target]; !ok {
		return "no such file " + target
	}
	if u.Fragment != "" {
		tp := pages[target]
		if tp == nil || !tp.ids[u.Fragment] {
			return "no id " + u.Fragment + " in " + target
		}
	}
	return ""
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

// TestLinkCheckerCanFail keeps the checker honest: it must see each kind of
// broken link.
func TestLinkCheckerCanFail(t *testing.T) {
	files := Files{
		"index.html": []byte(`<html><body><a href="/abs.html">a</a><a href="missing.html">b</a>` +
			`<a href="index.html#nowhere">c</a><img src="../up.png" alt=""><a href="javascript:alert(1)">d</a></body></html>`),
	}
	got := brokenLinks(t, files)
	if len(got) != 5 {
		t.Errorf("found %d problems, want 5:\n%s", len(got), strings.Join(got, "\n"))
	}
}
