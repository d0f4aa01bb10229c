package site

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"timeline/templates"
)

// TestPagesAreAccessible checks what can be checked without a browser: a
// language, the landmarks, one h1, headings that never skip a level, and
// labels on form fields.
func TestPagesAreAccessible(t *testing.T) {
	files := render(t, sampleTimeline(t))
	for name, p := range parsePages(t, files) {
		for _, problem := range a11yProblems(p.doc) {
			t.Errorf("%s: %s", name, problem)
		}
	}
}

func a11yProblems(doc *html.Node) []string {
	var problems []string
	count := map[string]int{}
	last := 0
	labels := map[string]bool{}
	var inputs []string
	walk(doc, func(n *html.Node) {
		count[n.Data]++
		if n.Data == "html" && attr(n, "lang") == "" {
			problems = append(problems, "<html> has no lang")
		}
		if len(n.Data) == 2 && n.Data[0] == 'h' && n.Data[1] >= '1' && n.Data[1] <= '6' {
			level := int(n.Data[1] - '0')
			if level > last+1 {
				problems = append(problems, fmt.Sprintf("<%s> follows <h%d>", n.Data, last))
			}
			last = level
		}
		if n.Data == "label" && attr(n, "for") != "" {
			labels[attr(n, "for")] = true
		}
		if n.Data == "input" && attr(n, "type") != "checkbox" {
			inputs = append(inputs, attr(n, "id"))
		}
	})
	for _, el := range []string{"header", "nav", "main", "footer"} {
		if count[el] == 0 {
			problems = append(problems, "no <"+el+"> landmark")
		}
	}
	if count["h1"] != 1 || count["main"] != 1 {
		problems = append(problems, fmt.Sprintf("%d <h1> and %d <main>, want one each", count["h1"], count["main"]))
	}
	for _, id := range inputs {
		if !labels[id] {
			problems = append(problems, "input "+id+" has no label")
		}
	}
	return problems
}

// contrastPairs are the text and background colours the stylesheet sets
// side by side, by variable name.
var contrastPairs = [][2]string{
	{"fg", "bg"}, {"muted", "bg"}, {"fg", "card"}, {"muted", "card"}, {"link", "bg"}, {"link", "card"},
	{"visited", "bg"}, {"accent", "bg"}, {"accent", "card"}, {"fg", "mark"}, {"fg", "target"},
	{"meeting-fg", "meeting-bg"}, {"visit-fg", "visit-bg"}, {"statement-fg", "statement-bg"},
	{"attack-fg", "attack-bg"}, {"agreement-fg", "agreement-bg"}, {"appointment-fg", "appointment-bg"},
	{"other-fg", "other-bg"},
}

// TestTextContrast reads the colour variables of both themes from style.css
// and checks every pair of text and background reaches 4.5:1.
func TestTextContrast(t *testing.T) {
	css, err := templates.FS().Open("style.css")
	if err != nil {
		t.Fatal(err)
	}
	defer css.Close()
	var sb strings.Builder
	buf := make([]byte, 64<<10)
	for {
		n, err := css.Read(buf)
		sb.Write(buf[:n])
		if err != nil {
			break
		}
	}
	light, dark, ok := strings.Cut(sb.String(), "prefers-color-scheme: dark")
	if !ok {
		t.Fatal("style.css has no dark theme")
	}
	lightVars := cssVars(light)
	darkVars := cssVars(dark)
	for theme, vars := range map[string]map[string]string{"light": lightVars, "dark": darkVars} {
		for _, p := range contrastPairs {
			fg, bg := vars[p[0]], vars[p[1]]
			if fg == "" || bg == "" {
				t.Errorf("%s theme lacks --%s or --%s", theme, p[0], p[1])
				continue
			}
			if r := contrast(fg, bg); r < 4.5 {
				t.Errorf("%s theme: --%s %s on --%s %s has contrast %.2f, want at least 4.5", theme, p[0], fg, p[1], bg, r)
			}
		}
	}
	if r := contrast("#777777", "#ffffff"); r >= 4.5 {
		t.Errorf("contrast(#777, #fff) = %.2f; the check cannot fail", r)
	}
}

var cssVarRE = regexp.MustCompile(`--([a-z-]+):\s*(#[0-9a-fA-F]{6})`)

// cssVars reads the first block of variables in css.
func cssVars(css string) map[string]string {
	block, _, _ := strings.Cut(css, "}")
	vars := map[string]string{}
	for _, m := range cssVarRE.FindAllStringSubmatch(block, -1) {
		vars[m[1]] = m[2]
	}
	return vars
}

// contrast is the WCAG 2 contrast ratio of two #rrggbb colours.
func contrast(a, b string) float64 {
	la, lb := luminance(a), luminance(b)
	return (math.Max(la, lb) + 0.05) / (math.Min(la, lb) + 0.05)
}

func luminance(hex string) float64 {
	var rgb [3]float64
	for i := range rgb {
		v, _ := strconv.ParseUint(hex[1+2*i:3+2*i], 16, 8)
		c := float64(v) / 255
		if c <= 0.03928 {
			rgb[i] = c / 12.92
		} else {
			rgb[i] = math.Pow((c+0.055)/1.055, 2.4)
		}
	}
	return 0.2126*rgb[0] + 0.7152*rgb[1] + 0.0722*rgb[2]
}

// TestLight keeps pages and scripts small and free of external requests.
func TestLight(t *testing.T) {
	files := render(t, sampleTimeline(t))
	if n := len(files["timeline.js"]); n > 20<<10 {
		t.Errorf("timeline.js is %d bytes, want under 20 KB", n)
	}
	index := len(files["index.html"]) + len(files["style.css"]) + len(files["timeline.js"]) + len(files["favicon.svg"])
	if index > 100<<10 {
		t.Errorf("the index with its assets is %d bytes, want under 100 KB", index)
	}
	for _, name := range []string{"style.css", "timeline.js"} {
		if s := string(files[name]); strings.Contains(s, "http:") || strings.Contains(s, "https:") || strings.Contains(s, "@import") {
			t.Errorf("%s may make an external request", name)
		}
	}
}
