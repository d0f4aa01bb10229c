package ingest

import (
	"strings"
	"testing"
)

// TestBylines checks each kind of byline, dateline and source line: the
// line leaves the text and fills the facts front matter left empty.
func TestBylines(t *testing.T) {
	const story = "Ferries resumed service across the bay on Monday.\n\nOfficials expect full traffic by June.\n"
	for _, c := range []struct {
		name, src string
		want      []string
	}{{
		name: "dated author line, day first",
		src:  "04.03.2024 Author: Lena Vogt\n\n" + story,
		want: []string{"date=2024-03-04 (the byline '04.03.2024')", "author=Lena Vogt"},
	}, {
		name: "by name and publisher",
		src:  story + "\nBy Omar Haddad — Coastal Wire Service\n",
		want: []string{"publisher=Coastal Wire Service", "author=Omar Haddad"},
	}, {
		name: "by name, lower case label, two authors",
		src:  "by Mei Lin, Jonas Berg\n\n" + story,
		want: []string{"author=Mei Lin, Jonas Berg"},
	}, {
		name: "by publisher role name",
		src:  "By Xinhua Writer Chen Wei\n\n" + story,
		want: []string{"publisher=Xinhua", "author=Chen Wei"},
	}, {
		name: "by name and date",
		src:  "By Omar Haddad | 4 March 2024\n\n" + story,
		want: []string{"date=2024-03-04 (the byline '4 March 2024')", "author=Omar Haddad"},
	}, {
		name: "closing source line",
		src:  story + "\nSource: Harbour Times\n",
		want: []string{"publisher=Harbour Times"},
	}, {
		name: "source line inside the article credits a figure",
		src:  "Ferries resumed service on Monday.\n\nSource: Port Authority\n\nOfficials expect full traffic by June.\n",
		want: nil,
	}, {
		name: "name and role",
		src:  story + "\nAmina Yusuf Bello, Senior Correspondent\n",
		want: []string{"author=Amina Yusuf Bello"},
	}, {
		name: "published label",
		src:  "Published: March 4, 2024\n\n" + story,
		want: []string{"date=2024-03-04 (the dateline 'March 4, 2024')"},
	}, {
		name: "bare date line",
		src:  "4 March 2024\n\n" + story,
		want: []string{"date=2024-03-04 (the dateline '4 March 2024')"},
	}, {
		name: "agency dateline prefix stays in the text",
		src:  "PORTO, Portugal (Reuters) - Ferries resumed service on Monday.\n",
		want: []string{"publisher=Reuters"},
	}, {
		name: "press dateline prefix stays in the text",
		src:  "Bay News Agency: Ferries resumed service on Monday.\n",
		want: []string{"publisher=Bay News Agency"},
	}, {
		name: "front matter wins over the byline",
		src:  "---\nauthor: Ana Ruiz\ndate: 2024-03-05\n---\n04.03.2024 Author: Lena Vogt\n\n" + story,
		want: []string{"date=2024-03-05 (front matter)", "author=Ana Ruiz"},
	}} {
		t.Run(c.name, func(t *testing.T) {
			a, ws := mustParse(t, "b.txt", c.src)
			checkWarning(t, ws, "")
			equalLines(t, "facts", metaFacts(a.Meta), c.want)
			for _, s := range sentenceTexts(a) {
				if strings.Contains(s, "Author:") || strings.HasPrefix(s, "By ") || strings.HasPrefix(s, "Source:") ||
					strings.Contains(s, "Correspondent") || strings.HasPrefix(s, "Published") || strings.HasPrefix(s, "4 March") {
					t.Errorf("byline left in the text: %q", s)
				}
			}
		})
	}
}

// TestNotBylines checks prose that only resembles a byline stays in the text.
func TestNotBylines(t *testing.T) {
	for _, line := range []string{
		"By Monday, the ferries were running again.",
		"By dispatching envoys north, the council sought allies.",
		"Source: officials say the talks have stalled and may not resume before the summer recess.",
		"Maria Costa, the minister, resigned.",
		"In 2024 the port handled 4.5 million passengers.",
	} {
		a, _ := mustParse(t, "n.txt", line+"\n")
		equalLines(t, "sentences", sentenceTexts(a), []string{line})
		if a.Meta.Author != "" || a.Meta.Publisher != "" || !a.Meta.Date.IsZero() {
			t.Errorf("%q filled facts %q", line, metaFacts(a.Meta))
		}
	}
}

// TestDatelines checks that a dateline prefix stays in the sentence while
// naming the publisher, and a dateline on its own line leaves the text.
func TestDatelines(t *testing.T) {
	for _, c := range []struct{ src, pub, from, first string }{
		{"PORTO, Portugal (Reuters) - Ferries resumed on Monday.\n", "Reuters", "the dateline 'PORTO, Portugal (Reuters) -'",
			"PORTO, Portugal (Reuters) - Ferries resumed on Monday."},
		{"Bay News Agency: Ferries resumed on Monday.\n", "Bay News Agency", "the dateline 'Bay News Agency:'",
			"Bay News Agency: Ferries resumed on Monday."},
		{"LAGOS, Nigeria (AP) _\n\nFerries resumed on Monday.\n", "AP", "the dateline 'LAGOS, Nigeria (AP) _'",
			"Ferries resumed on Monday."},
		{"LAGOS —\n\nFerries resumed on Monday.\n", "", "", "Ferries resumed on Monday."},
		{"Officials: Ferries resumed on Monday.\n", "", "", "Officials: Ferries resumed on Monday."},
		{"Breaking News: Ferries resumed on Monday.\n", "", "", "Breaking News: Ferries resumed on Monday."},
	} {
		a, _ := mustParse(t, "d.txt", c.src)
		if a.Meta.Publisher != c.pub || a.Meta.PublisherFrom != c.from {
			t.Errorf("%q: publisher %q from %q, want %q from %q", c.src, a.Meta.Publisher, a.Meta.PublisherFrom, c.pub, c.from)
		}
		equalLines(t, c.src, sentenceTexts(a), []string{c.first})
	}
}
