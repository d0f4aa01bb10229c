package timex

import (
	"bufio"
	"fmt"
	"strconv"
	"strings"
)

// builtinClasses are the word classes the tokenizer gives to numbers and
// capitals; the lexicon file names every other class.
func builtinClasses() []string {
	return []string{
		"YEAR",        // 1000-2199, or '98
		"DAYNUM",      // 1-31, or 1st-31st
		"INT",         // any plain whole number
		"COUNT",       // a number in digits or words
		"CLOCK",       // 10:30, 5pm
		"DECADE",      // 1990s, '90s
		"NUMDATE",     // 16.08.2021, 8/16/2021, 2021-08-16
		"ORDNUM",      // 16th
		"CAP",         // starts with a capital letter
		"HOUR",        // 1-12
		"SHORTDECADE", // 30s
	}
}

// numBuiltin is len(builtinClasses()): ids below it are builtin.
const numBuiltin = 11

// lexEntry is one reading of a word: its class and that class's value.
type lexEntry struct {
	class int
	val   string
	num   int
}

// wordInfo is everything the tables say about one lower-case word.
type wordInfo struct {
	classes uint64
	lex     []lexEntry
	lit     int32 // literal id used by the patterns, or -1
}

// lexicon maps lower-case words to their classes and literal ids.
type lexicon struct {
	classID map[string]int
	words   map[string]*wordInfo
	lits    []string
	// maybe[shape(w)] is false when no word of the tables has w's length,
	// first and last letter: most words of a text skip the map.
	maybe [33 * 64 * 64]bool
}

// shape folds a lower-case word's length, first and last byte into an
// index of lexicon.maybe; ok is false for words too long to be in it.
func shape(n int, first, last byte) (int, bool) {
	if n > 32 {
		return 0, false
	}
	return (n*64+int(first&63))*64 + int(last&63), true
}

// index fills maybe from the words; call it once all words are in.
func (lx *lexicon) index() {
	for w := range lx.words {
		if k, ok := shape(len(w), w[0], w[len(w)-1]); ok {
			lx.maybe[k] = true
		}
	}
}

func newLexicon() *lexicon {
	lx := &lexicon{classID: map[string]int{}, words: map[string]*wordInfo{}}
	for _, c := range builtinClasses() {
		lx.class(c)
	}
	return lx
}

// class returns the id of a class name, adding it if new.
func (lx *lexicon) class(name string) int {
	if id, ok := lx.classID[name]; ok {
		return id
	}
	id := len(lx.classID)
	lx.classID[name] = id
	return id
}

func (lx *lexicon) info(word string) *wordInfo {
	w := lx.words[word]
	if w == nil {
		w = &wordInfo{lit: -1}
		lx.words[word] = w
	}
	return w
}

// literal returns the literal id of a word used in a pattern.
func (lx *lexicon) literal(word string) int32 {
	w := lx.info(word)
	if w.lit < 0 {
		w.lit = int32(len(lx.lits))
		lx.lits = append(lx.lits, word)
	}
	return w.lit
}

// load reads a lexicon file: "CLASS VALUE word word ..." lines.
func (lx *lexicon) load(name, src string) error {
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		f := strings.Fields(sc.Text())
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		if len(f) < 3 {
			return fmt.Errorf("%s:%d: want CLASS VALUE WORD..., got %q", name, n, sc.Text())
		}
		c := lx.class(f[0])
		if c >= 64 {
			return fmt.Errorf("%s:%d: more than 64 word classes", name, n)
		}
		num, _ := strconv.Atoi(strings.TrimSuffix(f[1], "a"))
		for _, w := range f[2:] {
			wi := lx.info(w)
			if e, ok := wi.entry(c); ok && e.val != f[1] {
				// a word has one reading per class: a second would never be read
				return fmt.Errorf("%s:%d: %q is %s %s already", name, n, w, f[0], e.val)
			}
			wi.classes |= 1 << c
			wi.lex = append(wi.lex, lexEntry{class: c, val: f[1], num: num})
		}
	}
	return sc.Err()
}

// entry returns the reading of w in class c.
func (w *wordInfo) entry(c int) (lexEntry, bool) {
	if w == nil {
		return lexEntry{}, false
	}
	for _, e := range w.lex {
		if e.class == c {
			return e, true
		}
	}
	return lexEntry{}, false
}
