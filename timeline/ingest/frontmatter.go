package ingest

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// frontMatter is what the opening `---` block of a seed gave.
type frontMatter struct {
	// bodyStart is where the text after the block begins (from when there is
	// no block).
	bodyStart int
	meta      Meta
	warnings  []Warning
	// broken means the block could not be read, so neither its facts nor
	// where the body begins are known.
	broken bool
}

// yamlLine finds the line number in a YAML error message.
var yamlLine = regexp.MustCompile(`^yaml: line (\d+): `)

// readFrontMatter reads the YAML block that opens text at from (after any
// byte-order mark and blank lines), delimited by `---` lines; the closing
// line may also be `...`. Lines in warnings are lines of the file.
func readFrontMatter(seed, text string, from int) frontMatter {
	fm := frontMatter{bodyStart: from}
	open, next := nextLine(text, from)
	for next < len(text) && isBlankText(text[open.start:open.end]) {
		open, next = nextLine(text, next)
	}
	if strings.TrimRight(text[open.start:open.end], " \t") != "---" {
		return fm
	}
	openLine := lineAt(text, open.start)
	for at := next; at < len(text); {
		l, after := nextLine(text, at)
		if s := strings.TrimRight(text[l.start:l.end], " \t"); s == "---" || s == "..." {
			fm.bodyStart = after
			fm.decode(seed, text[next:l.start], openLine)
			return fm
		}
		at = after
	}
	fm.broken = true
	fm.warnings = append(fm.warnings, Warning{seed, openLine, "front matter opened here is never closed with ---"})
	return fm
}

// decode fills fm.meta from the YAML source src, whose first line is line
// openLine+1 of the file.
func (fm *frontMatter) decode(seed, src string, openLine int) {
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(src), &doc); err != nil {
		fm.broken = true
		line, msg := openLine, err.Error()
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			n, _ := strconv.Atoi(m[1])
			line, msg = openLine+n+parserLineShift(msg[len(m[0]):]), msg[len(m[0]):]
			// yaml's line is approximate; keep it inside the block.
			line = min(max(line, openLine+1), openLine+max(1, strings.Count(src, "\n")))
		}
		msg = strings.TrimPrefix(msg, "yaml: ")
		fm.warnings = append(fm.warnings, Warning{seed, line, "front matter: " + msg})
		return
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return // an empty block
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		fm.broken = true
		fm.warnings = append(fm.warnings, Warning{seed, openLine + root.Line, "front matter: expected key: value lines"})
		return
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		fm.field(seed, root.Content[i], root.Content[i+1], openLine)
	}
	if fm.meta.Title != "" {
		fm.meta.TitleFrom = "front matter"
	}
	if fm.meta.Author != "" {
		fm.meta.AuthorFrom = "front matter"
	}
	if fm.meta.Publisher != "" {
		fm.meta.PublisherFrom = "front matter"
	}
}

// field stores one known key; unknown keys are ignored, as the contract
// allows front matter to carry anything else.
func (fm *frontMatter) field(seed string, key, val *yaml.Node, openLine int) {
	name := strings.ToLower(key.Value)
	var dst *string
	switch name {
	case "title":
		dst = &fm.meta.Title
	case "url":
		dst = &fm.meta.URL
	case "publisher":
		dst = &fm.meta.Publisher
	case "author":
		dst = &fm.meta.Author
	case "lang":
		dst = &fm.meta.Lang
	case "date":
	default:
		return
	}
	warn := func(format string, args ...any) {
		msg := fmt.Sprintf("front matter: %s: ", name) + fmt.Sprintf(format, args...)
		fm.warnings = append(fm.warnings, Warning{seed, openLine + val.Line, msg})
	}
	value, ok := scalarText(val)
	if !ok {
		warn("expected a single value")
		return
	}
	if value == "" {
		return
	}
	if dst != nil {
		*dst = value
		return
	}
	t, err := parseDate(value)
	if err != nil {
		warn("%q: no known date layout fits; the article is read without a date", value)
		return
	}
	fm.meta.Date, fm.meta.DateFrom = t, "front matter"
}

// scalarText is the text of a scalar node, or of a list of scalars joined
// by ", " (several authors); null is "".
func scalarText(n *yaml.Node) (string, bool) {
	switch n.Kind {
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "", true
		}
		return normalize(n.Value), true
	case yaml.SequenceNode:
		var parts []string
		for _, c := range n.Content {
			s, ok := scalarText(c)
			if !ok || c.Kind != yaml.ScalarNode {
				return "", false
			}
			if s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, ", "), true
	}
	return "", false
}

// parserLineShift corrects the line yaml gives for a parser error (as
// against a scanner error): it counts those lines from 0, pointing at where
// the mapping or list that failed began.
func parserLineShift(problem string) int {
	for _, p := range []string{"did not find expected", "found duplicate", "found incompatible", "found undefined tag"} {
		if strings.HasPrefix(problem, p) {
			return 1
		}
	}
	return 0
}
