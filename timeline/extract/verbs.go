package extract

import (
	"fmt"
	"strings"
)

// readVerb reads a line of tables/verbs.txt: LEMMA PAST PARTICIPLE [3SG]
// [ING], where each of them may list several forms separated by commas
// ("traveled,travelled").
func (t *tables) readVerb(line string) error {
	f := strings.Fields(line)
	if len(f) < 3 {
		return fmt.Errorf("want LEMMA PAST PARTICIPLE [3SG] [ING], got %q", line)
	}
	lemma := f[0]
	s, ing := regularS(lemma), regularIng(lemma)
	if len(f) > 3 {
		s = f[3]
	}
	if len(f) > 4 {
		ing = f[4]
	}
	t.addForm(lemma, lemma, formBase)
	t.addForm(s, lemma, formS)
	for _, p := range strings.Split(f[1], ",") {
		t.addForm(p, lemma, formPast)
	}
	parts := strings.Split(f[2], ",")
	for _, p := range parts {
		t.addForm(p, lemma, formPart)
	}
	for _, g := range strings.Split(ing, ",") {
		t.addForm(g, lemma, formIng)
	}
	t.third[lemma] = s
	t.part[lemma] = parts[0]
	return nil
}

// addRegularVerb adds the regular inflections of a lemma not in verbs.txt.
func (t *tables) addRegularVerb(lemma string) {
	ed := regularEd(lemma)
	t.addForm(lemma, lemma, formBase)
	t.addForm(regularS(lemma), lemma, formS)
	t.addForm(ed, lemma, formPast|formPart)
	t.addForm(regularIng(lemma), lemma, formIng)
	t.third[lemma] = regularS(lemma)
	t.part[lemma] = ed
}

// addForm records that surface is the given inflection of lemma.
func (t *tables) addForm(surface, lemma string, f form) {
	list := t.verbs[surface]
	for i := range list {
		if list[i].Lemma == lemma {
			list[i].Form |= f
			return
		}
	}
	t.verbs[surface] = append(list, verbForm{Lemma: lemma, Form: f})
}

// headline returns the third person singular of a lemma ("meets",
// "visits"), for titles.
func (t *tables) headline(lemma string) string {
	if s, ok := t.third[lemma]; ok {
		return s
	}
	return regularS(lemma)
}

// pastPart returns the past participle of a lemma ("arrested", "held"),
// for titles of passive reports.
func (t *tables) pastPart(lemma string) string {
	if p, ok := t.part[lemma]; ok {
		return p
	}
	return regularEd(lemma)
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

// regularS: say → says, pledge → pledges, deny → denies, stress → stresses.
func regularS(w string) string {
	n := len(w)
	switch {
	case n > 1 && w[n-1] == 'y' && !isVowel(w[n-2]):
		return w[:n-1] + "ies"
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "sh"), strings.HasSuffix(w, "ch"),
		strings.HasSuffix(w, "x"), strings.HasSuffix(w, "z"), strings.HasSuffix(w, "o"):
		return w + "es"
	}
	return w + "s"
}

// regularEd: note → noted, deny → denied, call → called.
func regularEd(w string) string {
	n := len(w)
	switch {
	case strings.HasSuffix(w, "e"):
		return w + "d"
	case n > 1 && w[n-1] == 'y' && !isVowel(w[n-2]):
		return w[:n-1] + "ied"
	}
	return w + "ed"
}

// regularIng: note → noting, see → seeing, call → calling.
func regularIng(w string) string {
	if strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "ee") && len(w) > 2 {
		return w[:len(w)-1] + "ing"
	}
	return w + "ing"
}

// plural: meeting → meetings, attack → attacks, talks stays.
func plural(w string) string {
	if strings.HasSuffix(w, "s") {
		return w
	}
	return regularS(w)
}
