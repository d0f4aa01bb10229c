package ingest

import (
	"embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// data holds the rule tables: abbreviations, sentence openers, page
// furniture and byline words. They are resources a reviewer can read and
// extend without touching the engine.
//
//go:embed data/*.txt
var data embed.FS

// furnitureRule is one line of data/furniture.txt.
type furnitureRule struct {
	kind string // "line", "prefix", "end" or "endprefix"
	text string // lower case, spaces collapsed
}

// rules are the parsed tables. They are built once and only read after.
type rules struct {
	titleAbbrev map[string]bool // never end a sentence
	otherAbbrev map[string]bool // end one only before a starter
	starters    map[string]bool
	speech      map[string]bool // verbs attributing a quotation
	furniture   []furnitureRule
	roles       map[string]bool // lower case
	roleMods    map[string]bool // lower case
	particles   map[string]bool
	pubWords    map[string]bool // lower case
	sections    map[string]bool // lower case
	labels      map[string][]string
	months      map[string]int // lower case name: 1-12
}

// loadRules parses the embedded tables on first use; the result is shared
// read-only by every Parse.
var loadRules = sync.OnceValue(func() *rules {
	r := &rules{
		titleAbbrev: map[string]bool{},
		otherAbbrev: map[string]bool{},
		starters:    map[string]bool{},
		speech:      map[string]bool{},
		roles:       map[string]bool{},
		roleMods:    map[string]bool{},
		particles:   map[string]bool{},
		pubWords:    map[string]bool{},
		sections:    map[string]bool{},
		labels:      map[string][]string{},
		months:      map[string]int{},
	}
	for _, e := range readTable("abbreviations.txt") {
		switch e.class {
		case "title":
			addWords(r.titleAbbrev, e.rest, false)
		case "other":
			addWords(r.otherAbbrev, e.rest, false)
		default:
			panic(fmt.Sprintf("abbreviations.txt: unknown class %q", e.class))
		}
	}
	for _, e := range readTable("starters.txt") {
		addWords(r.starters, e.class+" "+e.rest, false)
	}
	for _, e := range readTable("speech.txt") {
		addWords(r.speech, e.class+" "+e.rest, false)
	}
	for _, e := range readTable("furniture.txt") {
		key := furnitureKey(e.rest)
		if e.class == "prefix" || e.class == "endprefix" {
			key = strings.ToLower(normalize(e.rest))
		}
		r.furniture = append(r.furniture, furnitureRule{e.class, key})
	}
	for _, e := range readTable("bylines.txt") {
		r.byline(e)
	}
	for _, e := range readTable("months.txt") {
		n, err := strconv.Atoi(e.class)
		if err != nil || n < 1 || n > 12 {
			panic(fmt.Sprintf("months.txt: bad month %q", e.class))
		}
		for _, w := range strings.Fields(e.rest) {
			r.months[strings.ToLower(w)] = n
		}
	}
	return r
})

// byline files one entry of data/bylines.txt.
func (r *rules) byline(e entry) {
	switch e.class {
	case "roles":
		addWords(r.roles, e.rest, true)
	case "rolemods":
		addWords(r.roleMods, e.rest, true)
	case "particles":
		addWords(r.particles, e.rest, false)
	case "publishers":
		addWords(r.pubWords, e.rest, true)
	case "sections":
		addWords(r.sections, e.rest, true)
	case "source", "author", "date":
		r.labels[e.class] = append(r.labels[e.class], e.rest)
	default:
		panic(fmt.Sprintf("bylines.txt: unknown class %q", e.class))
	}
}

// entry is one non-comment line of a table: its first word and the rest.
type entry struct {
	class, rest string
}

// readTable reads data/name, skipping blank lines and # comments. The tables
// are part of the binary, so a malformed one is a programming error.
func readTable(name string) []entry {
	b, err := data.ReadFile("data/" + name)
	if err != nil {
		panic(err)
	}
	var out []entry
	for _, l := range strings.Split(string(b), "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		class, rest, _ := strings.Cut(l, " ")
		out = append(out, entry{class, strings.TrimSpace(rest)})
	}
	return out
}

// addWords puts each word of s into set, lower-cased if fold.
func addWords(set map[string]bool, s string, fold bool) {
	for _, w := range strings.Fields(s) {
		if fold {
			w = strings.ToLower(w)
		}
		set[w] = true
	}
}

// furnitureKey is the form in which furniture is compared: lower case,
// spaces collapsed, trailing ":", "*", ".", "…" and spaces dropped.
func furnitureKey(s string) string {
	s = strings.ToLower(normalize(s))
	return strings.TrimRight(s, ":*.… ")
}
