package linkcheck

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestCheckSeesEachKindOfBrokenLink keeps the checker honest.
func TestCheckSeesEachKindOfBrokenLink(t *testing.T) {
	site := fstest.MapFS{
		"index.html": {Data: []byte(`<html><body><p id="top">x</p>` +
			`<a href="/abs.html">a</a><a href="missing.html">b</a><a href="index.html#nowhere">c</a>` +
			`<img src="../up.png" alt=""><a href="javascript:alert(1)">d</a><a href="">e</a>` +
			`<a href="sub/page.html#s1">ok</a><a href="#top">ok</a><a href="https://example.org/">ok</a></body></html>`)},
		"sub/page.html": {Data: []byte(`<html><body><p id="s1">y</p><a href="../index.html#top">ok</a></body></html>`)},
	}
	got, err := Check(site)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 6 {
		t.Errorf("found %d problems, want 6:\n%s", len(got), strings.Join(got, "\n"))
	}
	for _, p := range got {
		if strings.HasPrefix(p, "sub/") || strings.Contains(p, "ok<") {
			t.Errorf("a good link was reported: %s", p)
		}
	}
}
