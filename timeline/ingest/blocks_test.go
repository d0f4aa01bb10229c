package ingest

import "testing"

// TestPlainTextParagraphs checks how plain text is cut into paragraphs
// before sentences: "# " marks a heading.
func TestPlainTextParagraphs(t *testing.T) {
	for _, c := range []struct {
		name, src string
		want      []string
	}{{
		name: "title and sub-heading stand alone",
		src:  "Rivers Rise Across the North\n\nHeavy rain fell for a week. Roads closed.\n\nWhat Comes Next?\n\nEngineers will inspect the levees.\n",
		want: []string{"# Rivers Rise Across the North", "Heavy rain fell for a week. Roads closed.", "# What Comes Next?", "Engineers will inspect the levees."},
	}, {
		name: "a question in prose is not a heading",
		src:  "Rain fell.\n\nWhat happens to the farms now?\n",
		want: []string{"Rain fell.", "What happens to the farms now?"},
	}, {
		name: "one paragraph a line, no blank lines",
		src:  "Rivers Rise\n\nHeavy rain fell for a week across the north of the country.\nRoads closed in six districts, officials said on Sunday.\nSchools will stay shut until Wednesday.\n",
		want: []string{"# Rivers Rise", "Heavy rain fell for a week across the north of the country.", "Roads closed in six districts, officials said on Sunday.", "Schools will stay shut until Wednesday."},
	}, {
		name: "a sub-heading inside a block of line paragraphs",
		src:  "Heavy rain fell for a week.\nThe Response\nTroops were sent to help.\n",
		want: []string{"Heavy rain fell for a week.", "# The Response", "Troops were sent to help."},
	}, {
		name: "hard-wrapped lines make one paragraph",
		src:  "Heavy rain fell for a week across the north of\nthe country, and roads closed in six districts,\nofficials said on Sunday.\n",
		want: []string{"Heavy rain fell for a week across the north of\nthe country, and roads closed in six districts,\nofficials said on Sunday."},
	}, {
		name: "a heading is never joined to the next paragraph",
		src:  "Floods\nHeavy rain fell for a week. Roads closed.\n",
		want: []string{"# Floods", "Heavy rain fell for a week. Roads closed."},
	}, {
		name: "list items, one a line",
		src:  "The plan has three parts:\n- rebuild the levees\n- move families\n- pay farmers\n",
		want: []string{"The plan has three parts:", "- rebuild the levees", "- move families", "- pay farmers"},
	}, {
		name: "long lines are paragraphs even when one lacks a stop",
		src: "The minister said on Tuesday that the levees would be rebuilt before the next rainy season, Harbour Radio reports\n" +
			"Farmers in the valley said they had heard such promises before and would wait to see the work begin.\n",
		want: []string{"The minister said on Tuesday that the levees would be rebuilt before the next rainy season, Harbour Radio reports",
			"Farmers in the valley said they had heard such promises before and would wait to see the work begin."},
	}, {
		name: "a list item ending in a semicolon stays prose",
		src:  "The plan has two aims:\n\nrebuilding the levees;\n\nMoving families to higher ground.\n",
		want: []string{"The plan has two aims:", "rebuilding the levees;", "Moving families to higher ground."},
	}} {
		t.Run(c.name, func(t *testing.T) {
			a, _ := mustParse(t, "p.txt", c.src)
			equalLines(t, "paragraphs", paragraphTexts(a), c.want)
		})
	}
}

// TestMarkdown checks Markdown blocks: headings, paragraphs and list items
// are found by goldmark with their offsets; code and raw HTML are not prose.
func TestMarkdown(t *testing.T) {
	src := "---\ntitle: Flood Report\n---\n# Rivers Rise\n\nHeavy rain fell for a **week**. Roads\nclosed.\n\n" +
		"## What Comes Next\n\n- Engineers will inspect the levees.\n- Schools stay shut.\n\n" +
		"```\ncode = 1. Not prose.\n```\n\n<div>Raw HTML. Not prose.</div>\n\n> Quoted officials said so.\n\n---\n\nBe the first to comment\n"
	a, ws := mustParse(t, "sub/report.md", src)
	checkWarning(t, ws, "")
	equalLines(t, "paragraphs", paragraphTexts(a), []string{
		"# Rivers Rise", "Heavy rain fell for a **week**. Roads\nclosed.", "# What Comes Next",
		"Engineers will inspect the levees.", "Schools stay shut.", "Quoted officials said so.",
	})
	equalLines(t, "sentences", sentenceTexts(a), []string{
		"Rivers Rise", "Heavy rain fell for a **week**.", "Roads\nclosed.", "What Comes Next",
		"Engineers will inspect the levees.", "Schools stay shut.", "Quoted officials said so.",
	})
	if a.Meta.Title != "Flood Report" || a.Meta.TitleFrom != "front matter" {
		t.Errorf("title %q from %q", a.Meta.Title, a.Meta.TitleFrom)
	}
	b, _ := mustParse(t, "b.md", "Rivers Rise\n===========\n\nRain fell.\n")
	if b.Meta.Title != "Rivers Rise" || b.Meta.TitleFrom != "the heading on line 1" {
		t.Errorf("setext title %q from %q", b.Meta.Title, b.Meta.TitleFrom)
	}
}

// TestMarkdownCRLF checks Markdown with a byte-order mark, CRLF line ends
// and furniture in bold.
func TestMarkdownCRLF(t *testing.T) {
	src := "\uFEFF---\r\ntitle: Floods\r\n---\r\n## Rivers Rise ##\r\n\r\nRain fell. Roads\r\nclosed.\r\n\r\n**Leave a Reply**\r\n\r\nName *\r\n"
	a, _ := mustParse(t, "c.md", src)
	equalLines(t, "sentences", sentenceTexts(a), []string{"Rivers Rise", "Rain fell.", "Roads\r\nclosed."})
}
