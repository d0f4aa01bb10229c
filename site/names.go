package site

import (
	"fmt"
	"hash/fnv"
	"net/url"
	"path"
	"strings"
)

// slug turns a name into a file name of [a-z0-9-]: "Abdul Ghani Baradar"
// becomes "abdul-ghani-baradar". A name with no Latin letters gets a short
// hash, so every name has a file.
func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		s := foldRune(r)
		if s == "" { // a separator, or a letter of another script
			if b.Len() > 0 {
				dash = true
			}
			continue
		}
		if dash {
			b.WriteByte('-')
			dash = false
		}
		b.WriteString(s)
	}
	out := b.String()
	if len(out) > 60 {
		out = strings.TrimRight(out[:60], "-")
	}
	if out == "" {
		h := fnv.New32a()
		h.Write([]byte(name))
		out = fmt.Sprintf("n-%08x", h.Sum32())
	}
	return out
}

// foldRune keeps ASCII letters and digits and strips accents from common
// Latin letters; anything else becomes "".
func foldRune(r rune) string {
	switch {
	case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
		return string(r)
	}
	const from = "àáâäãåāçćčèéêëēėęìíîïīıñńòóôöõøōùúûüūýÿşśšğžźżłđ"
	const to = "aaaaaaaccceeeeeeeiiiiiinnoooooooooooooyysssgzzzld"
	if i := strings.IndexRune(from, r); i >= 0 {
		n := len([]rune(from[:i]))
		return to[n : n+1]
	}
	if r == 'ß' {
		return "ss"
	}
	return ""
}

// fileName makes a seed path or event id safe as one file name: letters,
// digits, '_' and '-' stay; any run of other characters becomes one '-'.
func fileName(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	if b.Len() == 0 {
		return "x"
	}
	return b.String()
}

// sourcePageName is a seed's page file name: the seed path without its
// extension, folders joined by "-" ("2021/kabul.md" → "2021-kabul").
func sourcePageName(seed string) string {
	return fileName(strings.TrimSuffix(seed, path.Ext(seed)))
}

// uniquePaths hands out file paths, adding "-2", "-3" to a name already
// taken, so that two things never share a page.
type uniquePaths map[string]bool

func (u uniquePaths) take(dir, name string) string {
	p := dir + "/" + name + ".html"
	for n := 2; u[p]; n++ {
		p = fmt.Sprintf("%s/%s-%d.html", dir, name, n)
	}
	u[p] = true
	return p
}

// rel is the link from the page at from to the file at to, both paths
// relative to the site root. Links never start with "/".
func rel(from, to string) string {
	depth := strings.Count(from, "/")
	return strings.Repeat("../", depth) + to
}

// externalURL returns u when it is an absolute http(s) address, which is all
// the site ever links to outside itself; otherwise "".
func externalURL(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || p.Host == "" {
		return ""
	}
	if s := strings.ToLower(p.Scheme); s != "http" && s != "https" {
		return ""
	}
	return p.String()
}

// langTag returns a language tag fit for a lang attribute, or "".
func langTag(s string) string {
	s = strings.TrimSpace(s)
	if len(s) < 2 || len(s) > 20 {
		return ""
	}
	for i, r := range s {
		ok := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || (i > 1 && (r == '-' || r >= '0' && r <= '9'))
		if !ok {
			return ""
		}
	}
	return s
}
