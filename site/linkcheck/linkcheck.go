// Package linkcheck finds broken links in a built site, wherever it lies:
// on disk (os.DirFS) or in memory (site.Files.FS). It is what the tests use
// to hold the site to its promise that every page works from file://, from
// a sub-path and from a domain root.
package linkcheck

import (
	"bytes"
	"fmt"
	"io/fs"
	"net/url"
	"path"
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// Check reads every HTML page of fsys and reports each href or src that is
// empty, starts with "/", leaves the site, names a file the site lacks, or
// has a #fragment naming no id of its target page; links to other sites are
// allowed over http(s) only. Each problem names the page and the link. The
// error is for a site that cannot be read.
func Check(fsys fs.FS) ([]string, error) {
	pages, err := parse(fsys)
	if err != nil {
		return nil, err
	}
	var problems []string
	for _, name := range sortedNames(pages) {
		for _, l := range pages[name].links {
			if msg := checkRef(fsys, pages, name, l.ref); msg != "" {
				problems = append(problems, fmt.Sprintf("%s: <%s %s=%q>: %s", name, l.tag, l.attr, l.ref, msg))
			}
		}
	}
	return problems, nil
}

// page is what the checker keeps of one HTML file.
type page struct {
	ids   map[string]bool
	links []link
}

type link struct{ tag, attr, ref string }

// parse reads and parses every .html file of fsys.
func parse(fsys fs.FS) (map[string]*page, error) {
	pages := map[string]*page{}
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(name, ".html") {
			return err
		}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		doc, err := html.Parse(bytes.NewReader(data))
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		pages[name] = collect(doc)
		return nil
	})
	return pages, err
}

// collect gathers the ids and links of a parsed page.
func collect(doc *html.Node) *page {
	p := &page{ids: map[string]bool{}}
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			for _, a := range n.Attr {
				switch a.Key {
				case "id":
					p.ids[a.Val] = true
				case "href", "src":
					p.links = append(p.links, link{n.Data, a.Key, a.Val})
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
	return p
}

// checkRef says what is wrong with ref on page from, or "".
func checkRef(fsys fs.FS, pages map[string]*page, from, ref string) string {
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
	if _, err := fs.Stat(fsys, target); err != nil {
		return "no such file " + target
	}
	if u.Fragment != "" {
		if tp := pages[target]; tp == nil || !tp.ids[u.Fragment] {
			return "no id " + u.Fragment + " in " + target
		}
	}
	return ""
}

func sortedNames(pages map[string]*page) []string {
	names := make([]string, 0, len(pages))
	for n := range pages {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}
