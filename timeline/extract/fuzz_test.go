package extract

import (
	"strings"
	"testing"
)

// FuzzArticle checks that no text makes Article panic or cite text outside
// its sentence. Run with: go test -fuzz FuzzArticle ./timeline/extract/
func FuzzArticle(f *testing.F) {
	x, err := New()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{
		"Army General Mark Milley, chairman of the Joint Chiefs of Staff, has said that talks are possible.",
		"“We will not retreat,” said Marta Silva, the mayor of Porto.",
		"Since May 2, the UN envoy Tomas Eriksen has held a meeting in Geneva with Farid Nazari.",
		"Talks between Pakistan and the Taliban, in Istanbul, stalled; he said: ``no''.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		text = strings.ToValidUTF8(text, " ")
		a := article("f.txt", "2024-01-01", []string{text})
		for _, e := range x.Article(a) {
			for _, c := range e.Sources {
				if c.Start < 0 || c.End > len(a.Text) || a.Text[c.Start:c.End] != c.Sentence {
					t.Fatalf("citation %+v is not the article's text", c)
				}
			}
		}
		Merge(x.Article(a))
	})
}
