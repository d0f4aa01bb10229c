package timex

import (
	"fmt"
	"io/fs"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestDocumentDate(t *testing.T) {
	tg := New()
	for _, c := range []struct{ text, want string }{
		{"---\ntitle: x\ndate: 2021-09-11\n---\nBody on Friday.", "2021-09-11"},
		{"---\ndate: \"September 11, 2021\"\n---\nBody.", "2021-09-11"},
		{"Kabul talks\nBy a correspondent, 10.09.2021\n\nThe talks ended.", "2021-09-10"},
		{"Kabul talks\nAugust 16, 2021\n\nThe talks ended on Friday.", "2021-08-16"},
		{"The talks ended on Friday.", ""},
		{"Kabul talks\nToday marks the anniversary of the 9/11 attacks.", ""},
	} {
		d, ok := tg.DocumentDate(c.text)
		got := ""
		if ok {
			got = d.Format("2006-01-02")
		}
		if got != c.want {
			t.Errorf("DocumentDate(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestWithDayFirst(t *testing.T) {
	dct := time.Date(2021, 9, 11, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		dayFirst bool
		want     string
	}{{true, "2021-09-10"}, {false, "2021-10-09"}} {
		got := New(WithDayFirst(c.dayFirst)).Tag("Filed 10.09.2021 in Kabul.", dct)
		if len(got) != 1 || got[0].Value != c.want {
			t.Errorf("WithDayFirst(%v): got %v, want %s", c.dayFirst, got, c.want)
		}
	}
}

func TestParseNumericDate(t *testing.T) {
	for _, c := range []struct {
		in       string
		dayFirst bool
		want     string
	}{
		{"10.09.2021", true, "2021-09-10"},
		{"10.09.2021", false, "2021-10-09"},
		{"13.09.2021", false, "2021-09-13"},
		{"9/13/2021", true, "2021-09-13"},
		{"2021-09-10", true, "2021-09-10"},
		{"31.02.2021", true, ""},
		{"10.09", true, ""},
	} {
		d, err := parseNumericDate(c.in, c.dayFirst)
		got := ""
		if err == nil {
			got = d.Format("2006-01-02")
		}
		if got != c.want {
			t.Errorf("parseNumericDate(%q, %v) = %q (%v), want %q", c.in, c.dayFirst, got, err, c.want)
		}
	}
}

// TestConcurrent shares one Tagger between goroutines (run with -race).
func TestConcurrent(t *testing.T) {
	tg := New()
	dct := time.Date(2021, 9, 11, 0, 0, 0, 0, time.UTC)
	text := "Since August 16, two days ago, the past three weeks and next Tuesday."
	want := len(tg.Tag(text, dct))
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 50; k++ {
				if got := len(tg.Tag(text, dct)); got != want {
					t.Errorf("got %d expressions, want %d", got, want)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestBuiltinCount(t *testing.T) {
	if n := len(builtinClasses()); n != numBuiltin {
		t.Fatalf("numBuiltin = %d, want %d", numBuiltin, n)
	}
}

func TestRuleErrors(t *testing.T) {
	lx := newLexicon()
	for _, line := range []string{
		"DATE date MONTH:m",
		"DATE date = NOSUCHCLASS:m",
		"DATE date = the:nosuchrole",
		"DATE date = a||b",
	} {
		if _, err := parseRules(lx, "bad.txt", line); err == nil {
			t.Errorf("parseRules(%q): no error", line)
		}
	}
}

// TestLexiconErrors: a word given two readings in one class is refused,
// as only the first would ever be read.
func TestLexiconErrors(t *testing.T) {
	lx := newLexicon()
	err := lx.load("bad.txt", "HINT warn warned\nHINT prospect feared warned\n")
	if err == nil || !strings.Contains(err.Error(), "bad.txt:2") {
		t.Fatalf("load: got %v, want an error at bad.txt:2", err)
	}
}

// TestRuleFiles loads the embedded rules and refuses duplicate lines, which
// would mean one of two reviewers' edits was lost.
func TestRuleFiles(t *testing.T) {
	if _, err := load(ruleFiles); err != nil {
		t.Fatal(err)
	}
	names, _ := fs.Glob(ruleFiles, "rules/*.txt")
	seen := map[string]string{}
	for _, name := range names {
		src, _ := fs.ReadFile(ruleFiles, name)
		for i, line := range strings.Split(string(src), "\n") {
			line = strings.TrimSpace(line)
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			where := fmt.Sprintf("%s:%d", name, i+1)
			if prev, ok := seen[line]; ok {
				t.Errorf("%s repeats %s: %q", where, prev, line)
			}
			seen[line] = where
		}
	}
}
