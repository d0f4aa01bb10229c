package main

import (
	"bytes"
	"fmt"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// checkSite reports every internal link or asset reference under dir that
// does not resolve to a file, or whose #fragment names no id there, and
// every link that starts with "/" (which breaks the site under a sub-path
// or from file://).
func checkSite(t *testing.T, dir string) []string {
	t.Helper()
	pages := map[string]*page{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".html") {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		pg, err := parsePage(p)
		if err != nil {
			return fmt.Errorf("%s: %w", rel, err)
		}
		pages[filepath.ToSlash(rel)] = pg
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if pages["index.html"] == nil {
		return []string{"no index.html"}
	}
	var problems []string
	for name, pg := range pages {
		for _, ref := range pg.refs {
			if p := checkRef(dir, pages, name, ref); p != "" {
				problems = append(problems, p)
			}
		}
	}
	return problems
}

// page is what the checker needs of one HTML file.
type page struct {
	ids  map[string]bool
	refs []string
}

func parsePage(file string) (*page, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	pg := &page{ids: map[string]bool{}}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			for _, a := range n.Attr {
				switch a.Key {
				case "id":
					pg.ids[a.Val] = true
				case "href", "src":
					pg.refs = append(pg.refs, a.Val)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return pg, nil
}

// checkRef returns a description of what is wrong with ref on page name, or "".
func checkRef(dir string, pages map[string]*page, name, ref string) string {
	u, err := url.Parse(ref)
	if err != nil {
		return fmt.Sprintf("%s: unparsable link %q", name, ref)
	}
	if u.Scheme != "" || u.Host != "" {
		return "" // external: the original article's address
	}
	if strings.HasPrefix(ref, "/") {
		return fmt.Sprintf("%s: link %q starts with /", name, ref)
	}
	target := name
	if u.Path != "" {
		target = path.Join(path.Dir(name), u.Path)
		if strings.HasSuffix(u.Path, "/") {
			target = path.Join(target, "index.html")
		}
		if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(target))); err != nil {
			return fmt.Sprintf("%s: link %q: no file %s", name, ref, target)
		}
	}
	if u.Fragment != "" && strings.HasSuffix(target, ".html") {
		if pg := pages[target]; pg == nil || !pg.ids[u.Fragment] {
			return fmt.Sprintf("%s: link %q: no id %q in %s", name, ref, u.Fragment, target)
		}
	}
	return ""
}

// diffTrees lists the files that differ between two folders.
func diffTrees(t *testing.T, a, b string) []string {
	t.Helper()
	files := func(root string) map[string][]byte {
		m := map[string][]byte{}
		_ = filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			rel, _ := filepath.Rel(root, p)
			m[filepath.ToSlash(rel)], _ = os.ReadFile(p)
			return nil
		})
		return m
	}
	fa, fb := files(a), files(b)
	var diffs []string
	for name, da := range fa {
		db, ok := fb[name]
		switch {
		case !ok:
			diffs = append(diffs, name+" only in "+a)
		case !bytes.Equal(da, db):
			diffs = append(diffs, name+" differs")
		}
	}
	for name := range fb {
		if _, ok := fa[name]; !ok {
			diffs = append(diffs, name+" only in "+b)
		}
	}
	slices.Sort(diffs)
	return diffs
}
