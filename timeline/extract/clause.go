package extract

import "strings"

// tense is what a verb group says of time.
type tense int

const (
	tenseNone        tense = iota
	tensePast              // "met", "did meet", "had met"
	tensePerfect           // "has met": past, up to now
	tensePresent           // "says"
	tenseProgressive       // "was visiting", "is visiting"
)

// group is a verb group: the trigger with its auxiliaries.
type group struct {
	Tense   tense
	Passive bool
	Valid   bool // reports a happening: not negated, modal or infinitive
	Aux     string
}

// isAdverb reports an adverb that may stand inside a verb group.
func (d *doc) isAdverb(t token) bool {
	return t.Word && !t.Cap && (d.x.t.is("adverb", t.Lower) || (strings.HasSuffix(t.Lower, "ly") && len(t.Lower) > 4 && t.Lower != "only"))
}

// verbGroup reads the auxiliaries before the verb at v, of inflection f.
func (d *doc) verbGroup(toks []token, v int, f form) group {
	tb := d.x.t
	var auxes []string
	neg, modal := false, false
	k := v - 1
	for ; k >= 0; k-- {
		t := toks[k]
		switch {
		case d.isAdverb(t):
		case tb.is("neg", t.Lower):
			neg = true
		case tb.is("modal", t.Lower):
			modal = true
		case tb.is("aux", t.Lower) && t.Lower != "'s":
			auxes = append(auxes, t.Lower)
		default:
			goto done
		}
	}
done:
	g := group{Valid: !neg && !modal}
	if k >= 0 && toks[k].Lower == "to" && len(auxes) == 0 {
		g.Valid = false
		return g
	}
	first := ""
	if len(auxes) > 0 {
		first = auxes[len(auxes)-1] // the leftmost, which carries tense
		g.Aux = first
	}
	be := has(auxes, "was", "were", "is", "are", "been", "be", "being", "am")
	switch {
	case f&formIng != 0 && be:
		g.Tense = tenseProgressive
	case f&formIng != 0:
		g.Valid = false // a gerund or participle: the caller decides
	case f&formPart != 0 && be:
		g.Passive, g.Tense = true, pastOrPresent(first)
	case f&formPart != 0 && has(auxes, "has", "have"):
		g.Tense = tensePerfect
	case f&formPart != 0 && has(auxes, "had"):
		g.Tense = tensePast
	case f&formPast != 0 && len(auxes) == 0:
		g.Tense = tensePast
	case f&formBase != 0 && has(auxes, "did"):
		g.Tense = tensePast
	case f&(formS|formBase) != 0 && (len(auxes) == 0 || has(auxes, "does", "do")):
		g.Tense = tensePresent
		if f&formS == 0 && len(auxes) == 0 && !d.pluralBefore(toks, k) {
			g.Valid = false // an imperative, or a bare infinitive ("help it meet")
		}
	default:
		g.Valid = false
	}
	return g
}

// pluralBefore reports a plural subject ending at token k, which a present
// verb without -s needs: "they", "officials", "X and Y", "the Taliban".
func (d *doc) pluralBefore(toks []token, k int) bool {
	if k < 0 {
		return false
	}
	t := toks[k]
	switch {
	case t.Lower == "they" || t.Lower == "we" || t.Lower == "i" || t.Lower == "you":
		return true
	case !t.Word || d.x.t.is("pron3sg-m", t.Lower) || d.x.t.is("pron3sg-n", t.Lower) || d.x.t.is("pron3sg-f", t.Lower) || t.Lower == "us" || t.Lower == "me":
		return false
	case t.Upper:
		for j := k - 1; j >= 0 && j > k-6; j-- {
			if toks[j].Lower == "and" || toks[j].Lower == "the" {
				return true
			}
			if !toks[j].Upper {
				break
			}
		}
		_, ok := d.x.t.lookup([]string{t.Text})
		return ok || strings.HasSuffix(t.Text, "s")
	}
	return strings.HasSuffix(t.Lower, "s") && !strings.HasSuffix(t.Lower, "ss")
}

func pastOrPresent(aux string) tense {
	switch aux {
	case "was", "were", "had":
		return tensePast
	case "has", "have", "been":
		return tensePerfect
	}
	return tensePresent
}

func has(list []string, ws ...string) bool {
	for _, a := range list {
		for _, w := range ws {
			if a == w {
				return true
			}
		}
	}
	return false
}

// groupStart returns the index of the first auxiliary or adverb of the verb
// group ending at v.
func (d *doc) groupStart(toks []token, v int) int {
	tb := d.x.t
	k := v
	for k > 0 {
		t := toks[k-1]
		if d.isAdverb(t) || tb.is("neg", t.Lower) || tb.is("modal", t.Lower) || (tb.is("aux", t.Lower) && t.Lower != "'s") {
			k--
			continue
		}
		break
	}
	return k
}

// segmentStart returns the first token of the comma segment ending before e.
func segmentStart(toks []token, e int) int {
	for k := e - 1; k >= 0; k-- {
		if isClauseMark(toks[k].Text) || isQuote(toks[k].Text) {
			return k + 1
		}
	}
	return 0
}

// segmentEnd returns the index of the clause mark ending the segment at i.
func segmentEnd(toks []token, i int) int {
	for k := i; k < len(toks); k++ {
		if isClauseMark(toks[k].Text) || isQuote(toks[k].Text) || toks[k].Text == "." {
			return k
		}
	}
	return len(toks)
}
