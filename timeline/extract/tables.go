package extract

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"strings"

	"timeline/timeline"
)

// tableFS holds the built-in tables; it is read once, by New.
//
//go:embed tables/*.txt
var tableFS embed.FS

// trigger is one line of tables/triggers.txt.
type trigger struct {
	Type    timeline.EventType
	Noun    bool
	Lemma   string
	Preps   []string // prepositions that may (or, with Must, must) follow
	Must    bool
	Person  bool     // the subject must be a person
	Object  bool     // the verb needs a named object
	Objects []string // the verb needs one of these nouns as object
	Support bool     // a noun that needs an actor
	Patient bool     // the object, not the subject, is the one who goes
	Speech  bool     // a statement only when words follow or precede it ("added that")
}

// form bits say which inflections a surface word is.
type form uint8

const (
	formBase form = 1 << iota
	formS
	formPast
	formPart
	formIng
)

// verbForm is what a surface word is as a verb.
type verbForm struct {
	Lemma string
	Form  form
}

// entity is a gazetteer entry: a country, capital, place or organization.
type entity struct {
	Name    string // canonical
	Kind    string // country, organization, place
	Country string // for a capital: its country, which it stands for as an actor
	Media   bool
	Site    bool // an organization named after its seat, which is a place too ("the White House")
}

// tables are the read-only language resources of an Extractor.
type tables struct {
	triggers   map[string][]trigger // verb lemma or noun surface → triggers
	verbs      map[string][]verbForm
	third      map[string]string // lemma → 3rd person singular
	part       map[string]string // lemma → past participle
	titleHead  map[string]bool
	titleMod   map[string]bool
	honorific  map[string]bool
	words      map[string]map[string]bool // class → words
	entities   map[string]entity          // key(name) → entity
	maxEntity  int                        // most words in an entity name
	firstWords map[string]bool            // first words of entity names, folded
	demonyms   map[string]string          // "iranian" → "Iran"
	orgWords   map[string]bool
	mediaWords map[string]bool
	placeWords map[string]bool
}

// loadTables reads the embedded tables.
func loadTables() (*tables, error) {
	t := &tables{
		triggers: map[string][]trigger{}, verbs: map[string][]verbForm{}, third: map[string]string{}, part: map[string]string{},
		titleHead: map[string]bool{}, titleMod: map[string]bool{}, honorific: map[string]bool{},
		words: map[string]map[string]bool{}, entities: map[string]entity{}, firstWords: map[string]bool{}, demonyms: map[string]string{},
		orgWords: map[string]bool{}, mediaWords: map[string]bool{}, placeWords: map[string]bool{},
	}
	steps := []struct {
		file string
		read func(line string) error
	}{
		{"verbs.txt", t.readVerb},
		{"triggers.txt", t.readTrigger},
		{"titles.txt", t.readTitle},
		{"words.txt", t.readWords},
		{"countries.txt", t.readCountry},
		{"regions.txt", t.readRegion},
		{"places.txt", func(l string) error { t.addEntity(l, entity{Name: l, Kind: "place"}); return nil }},
		{"organizations.txt", t.readOrganization},
		{"orgwords.txt", t.readOrgWord},
	}
	for _, s := range steps {
		f, err := tableFS.Open("tables/" + s.file)
		if err != nil {
			return nil, fmt.Errorf("extract: table %s: %w", s.file, err)
		}
		err = eachLine(f, "tables/"+s.file, s.read)
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	f, err := tableFS.Open("tables/aliases.txt")
	if err != nil {
		return nil, fmt.Errorf("extract: table aliases.txt: %w", err)
	}
	defer f.Close()
	if err := t.readAliases(f, "tables/aliases.txt"); err != nil {
		return nil, err
	}
	return t, nil
}

// eachLine calls read for every line that is neither blank nor a comment,
// and wraps its error with the file and line.
func eachLine(r io.Reader, name string, read func(string) error) error {
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := read(line); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

func (t *tables) readTrigger(line string) error {
	f := strings.Fields(line)
	if len(f) < 3 {
		return fmt.Errorf("want TYPE POS LEMMA [PREP] [flags], got %q", line)
	}
	tr := trigger{Type: timeline.EventType(f[0]), Noun: f[1] == "noun", Lemma: f[2]}
	if f[1] != "noun" && f[1] != "verb" {
		return fmt.Errorf("part of speech %q is neither verb nor noun", f[1])
	}
	if !validType(tr.Type) {
		return fmt.Errorf("unknown event type %q", f[0])
	}
	if len(f) > 3 && f[3] != "-" {
		tr.Preps = strings.Split(f[3], ",")
	}
	for _, flag := range f[min(4, len(f)):] {
		switch {
		case flag == "must":
			tr.Must = true
		case flag == "person":
			tr.Person = true
		case flag == "object":
			tr.Object = true
		case flag == "support":
			tr.Support = true
		case flag == "patient":
			tr.Patient = true
		case flag == "speech":
			tr.Speech = true
		case strings.HasPrefix(flag, "object="):
			tr.Objects = strings.Split(strings.TrimPrefix(flag, "object="), ",")
		default:
			return fmt.Errorf("unknown flag %q", flag)
		}
	}
	if tr.Noun {
		t.triggers[tr.Lemma] = append(t.triggers[tr.Lemma], tr)
		if p := plural(tr.Lemma); p != tr.Lemma {
			t.triggers[p] = append(t.triggers[p], tr)
		}
		return nil
	}
	t.triggers[tr.Lemma] = append(t.triggers[tr.Lemma], tr)
	if _, ok := t.third[tr.Lemma]; !ok {
		t.addRegularVerb(tr.Lemma)
	}
	return nil
}

func validType(ty timeline.EventType) bool {
	for _, t := range timeline.EventTypes() {
		if t == ty {
			return true
		}
	}
	return false
}

func (t *tables) readTitle(line string) error {
	class, word, ok := strings.Cut(line, ":")
	if !ok {
		return fmt.Errorf("want CLASS: word, got %q", line)
	}
	word = strings.TrimSpace(word)
	switch class {
	case "head":
		t.titleHead[word] = true
	case "mod":
		t.titleMod[word] = true
	case "honorific":
		t.honorific[word] = true
	default:
		return fmt.Errorf("unknown title class %q", class)
	}
	return nil
}

func (t *tables) readWords(line string) error {
	class, list, ok := strings.Cut(line, ":")
	if !ok {
		return fmt.Errorf("want CLASS: words, got %q", line)
	}
	set := t.words[class]
	if set == nil {
		set = map[string]bool{}
		t.words[class] = set
	}
	for _, w := range strings.Fields(list) {
		set[w] = true
	}
	return nil
}

func (t *tables) readRegion(line string) error {
	name, dems, _ := strings.Cut(line, "|")
	name = strings.TrimSpace(name)
	t.addEntity(name, entity{Name: name, Kind: "place"})
	for _, d := range splitList(dems) {
		t.demonyms[strings.ToLower(d)] = name
	}
	return nil
}

func (t *tables) readOrgWord(line string) error {
	switch {
	case strings.HasPrefix(line, "media:"):
		t.mediaWords[strings.TrimSpace(line[6:])] = true
	case strings.HasPrefix(line, "place:"):
		t.placeWords[strings.TrimSpace(line[6:])] = true
	default:
		t.orgWords[line] = true
	}
	return nil
}

// is reports whether w (lower case) is in the word class of words.txt.
func (t *tables) is(class, w string) bool { return t.words[class][w] }

// splitList splits a ";"-separated field, dropping blanks.
func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ";") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
