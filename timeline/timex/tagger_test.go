package timex

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

// tcase is one line of testdata/cases.txt.
type tcase struct {
	line            int
	dct             time.Time
	text            string
	start, end      int
	typ, value, mod string
	none            bool
	interval        string // "EARLIEST LATEST PRECISION" or "-"
}

func readCases(t *testing.T, name string) []tcase {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cs []tcase
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		c, err := parseCase(line)
		if err != nil {
			t.Fatalf("%s:%d: %v", name, n, err)
		}
		c.line = n
		cs = append(cs, c)
	}
	return cs
}

func parseCase(line string) (tcase, error) {
	f := strings.Split(line, " | ")
	if len(f) != 4 {
		return tcase{}, fmt.Errorf("want 4 fields separated by \" | \", got %d", len(f))
	}
	var c tcase
	if f[0] != "-" {
		d, err := time.Parse("2006-01-02", f[0])
		if err != nil {
			return c, err
		}
		c.dct = d
	}
	f[1] = strings.NewReplacer(`\r`, "\r", `\n`, "\n", `\t`, "\t").Replace(f[1])
	c.start = strings.Index(f[1], "[")
	c.end = strings.Index(f[1], "]") - 1
	if c.start < 0 || c.end < c.start {
		return c, fmt.Errorf("no [expression] in %q", f[1])
	}
	c.text = strings.Replace(strings.Replace(f[1], "[", "", 1), "]", "", 1)
	want := strings.Fields(f[2])
	switch {
	case len(want) == 1 && want[0] == "none":
		c.none = true
	case len(want) == 2 || len(want) == 3:
		c.typ, c.value = want[0], want[1]
		if len(want) == 3 {
			c.mod = want[2]
		}
	default:
		return c, fmt.Errorf("want TYPE VALUE [MOD] or none, got %q", f[2])
	}
	c.interval = strings.TrimSpace(f[3])
	return c, nil
}

func TestCases(t *testing.T) {
	tg := New()
	for _, c := range readCases(t, "testdata/cases.txt") {
		got := tg.Tag(c.text, c.dct)
		name := fmt.Sprintf("cases.txt:%d %q", c.line, c.text[c.start:c.end])
		if c.none {
			for _, x := range got {
				if x.Start < c.end && c.start < x.End {
					t.Errorf("%s: tagged %q as %s %s, want nothing", name, x.Text, x.Type, x.Value)
				}
			}
			continue
		}
		var x *Timex
		for i := range got {
			if got[i].Start == c.start && got[i].End == c.end {
				x = &got[i]
			}
		}
		if x == nil {
			t.Errorf("%s: not found; got %v", name, got)
			continue
		}
		if x.Type != c.typ || x.Value != c.value || x.Mod != c.mod {
			t.Errorf("%s: got %s %s %q, want %s %s %q", name, x.Type, x.Value, x.Mod, c.typ, c.value, c.mod)
		}
		if iv := intervalString(*x, c.dct); iv != c.interval {
			t.Errorf("%s: interval %s, want %s", name, iv, c.interval)
		}
	}
}

func intervalString(x Timex, dct time.Time) string {
	iv, ok := x.Interval(dct)
	if !ok {
		return "-"
	}
	return iv.Earliest.Format("2006-01-02") + " " + iv.Latest.Format("2006-01-02") + " " + iv.Precision
}
