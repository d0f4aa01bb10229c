package extract

import (
	"fmt"
	"io"
	"strings"
	"unicode"
)

// nameKey folds a name for gazetteer look-ups: lower case, no dots, a hyphen
// read as a space, curly apostrophes straightened, spaces collapsed. So
// "U.S." and "US", "IS-Khorasan" and "IS Khorasan" meet.
func nameKey(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == '.':
			continue
		case r == '-' || r == '–' || unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case r == '’' || r == '‘':
			r = '\''
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// firstKey is the first word of nameKey(s).
func firstKey(s string) string {
	k := nameKey(s)
	if i := strings.IndexByte(k, ' '); i >= 0 {
		return k[:i]
	}
	return k
}

// addEntity records name as a way to write e. A short all-capital name
// ("US", "IS") is only matched in capitals, which the look-up checks.
func (t *tables) addEntity(name string, e entity) {
	k := nameKey(name)
	if k == "" {
		return
	}
	t.entities[k] = e
	f := strings.Fields(k)
	t.firstWords[f[0]] = true
	if len(f) > t.maxEntity {
		t.maxEntity = len(f)
	}
}

func (t *tables) readCountry(line string) error {
	f := strings.Split(line, "|")
	if len(f) < 3 {
		return fmt.Errorf("want name | capitals | demonyms | aliases, got %q", line)
	}
	name := strings.TrimSpace(f[0])
	country := entity{Name: name, Kind: "country"}
	t.addEntity(name, country)
	for _, c := range splitList(f[1]) {
		if _, taken := t.entities[nameKey(c)]; !taken {
			t.addEntity(c, entity{Name: c, Kind: "place", Country: name})
		}
	}
	for _, d := range splitList(f[2]) {
		t.demonyms[strings.ToLower(d)] = name
		if !strings.HasSuffix(d, "s") && !strings.HasSuffix(d, "i") {
			t.addEntity(d+"s", country) // "the Americans say"
		}
	}
	if len(f) > 3 {
		for _, a := range splitList(f[3]) {
			t.addEntity(a, country)
		}
	}
	return nil
}

func (t *tables) readOrganization(line string) error {
	f := strings.Split(line, "|")
	name, rest := strings.TrimSpace(f[0]), ""
	if len(f) > 1 {
		rest = f[1]
	}
	if name == "" {
		return fmt.Errorf("organization line without a name: %q", line)
	}
	org := entity{Name: name, Kind: "organization", Site: len(f) > 2 && strings.TrimSpace(f[2]) == "site"}
	last := strings.Fields(name)
	org.Media = t.mediaWords[last[len(last)-1]]
	t.addEntity(name, org)
	for _, a := range splitList(rest) {
		t.addEntity(a, org)
	}
	return nil
}

// readAliases reads an alias table (see tables/aliases.txt for the format):
// every name of a group comes to stand for the group's first name, keeping
// the kind the gazetteer gives any of them.
func (t *tables) readAliases(r io.Reader, file string) error {
	return eachLine(r, file, func(line string) error {
		kind, declared := aliasKind(line)
		if declared {
			line = line[len(kind)+1:]
		}
		var names []string
		for _, n := range strings.Split(line, "=") {
			if n = strings.TrimSpace(n); n != "" {
				names = append(names, n)
			}
		}
		if len(names) < 2 {
			return fmt.Errorf("an alias group needs two names or more: %q", line)
		}
		e := entity{Name: names[0], Kind: kind}
		for _, n := range names {
			if known, ok := t.entities[nameKey(n)]; ok && !declared {
				e.Kind, e.Media = known.Kind, known.Media
				if known.Country != "" && known.Kind == "place" {
					e.Kind = "country"
				}
				break
			}
		}
		for _, n := range names {
			t.addEntity(n, e)
		}
		return nil
	})
}

// aliasKind reads the kind an alias line may declare ("person: Abdul Ghani
// Baradar = Mullah Baradar"); a line that declares none is an organization
// unless the gazetteer knows one of its names.
func aliasKind(line string) (kind string, declared bool) {
	for _, k := range []string{"person", "organization", "country", "place"} {
		if strings.HasPrefix(line, k+":") {
			return k, true
		}
	}
	return "organization", false
}

// lookup finds the entity written as the words ws, honouring the rule that
// a short name in capitals ("US", "IS") only matches in capitals.
func (t *tables) lookup(ws []string) (entity, bool) {
	surface := strings.Join(ws, " ")
	k := nameKey(surface)
	e, ok := t.entities[k]
	if !ok {
		return e, false
	}
	if len(k) <= 3 && strings.ToUpper(surface) != surface {
		return e, false
	}
	return e, true
}

// actor is the entity as a participant: a capital acting ("Washington
// warned") stands for its country's government.
func (e entity) actor() entity {
	if e.Country != "" {
		return entity{Name: e.Country, Kind: "country"}
	}
	return e
}
