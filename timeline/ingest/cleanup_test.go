package ingest

import "testing"

// TestFurniture checks that each kind of page furniture is left out of the
// paragraphs and sentences, so it never becomes an event.
func TestFurniture(t *testing.T) {
	const body = "Rescue teams reached the village on Sunday.\n\n"
	want := []string{"Rescue teams reached the village on Sunday."}
	for _, c := range []struct{ name, src string }{
		{"comment form", body + "Leave a Reply\n\nYour email address will not be published. Required fields are marked *\n\nComment *\n\nName *\n"},
		{"be the first", body + "Be the first to comment\n\nLeave a Reply\n\nYour email address will not be published.\n"},
		{"required fields alone", body + "Required fields are marked *\n"},
		{"back to top", body + "Back to top button\n"},
		{"digest", body + "Please select digest to download:"},
		{"disclaimer", body + "Disclaimer: The views expressed here are the writer's own and not those of this site.\n"},
		{"pitches", body + "We welcome all pitches and submissions to our opinion desk – please send them via email, to\n"},
		{"category run-on", "WorldEuropePoliticsSecurity\n\n" + body},
		{"breadcrumb", "Home » World » Europe\n\n" + body},
		{"share and print", body + "Share this article\n\nPrint\n\nAdvertisement\n"},
		{"copyright", body + "© 2024 Example Media. All rights reserved.\n"},
		{"related links", body + "Related Articles\n\nFloods hit the coast again\n\nWhy the dam failed\n"},
		{"signature", "---\nauthor: Ivo Marek\n---\n" + body + "Ivo Marek, a freelance writer, covers the Balkans for several outlets.\n"},
		{"no-break spaces in furniture", body + "Leave\u00a0a\u00a0Reply\n"},
		{"comment count", body + "3 Comments\n\nGreat piece. Thanks for writing it.\n"},
		{"comment heading", body + "2 thoughts on “Rescue teams reach village”\n\nWell done, everyone.\n"},
		{"Markdown emphasis", body + "**Be the first to comment**\n"},
		{"caption and see-also", "Photo: Rescue teams at work\n\n" + body + "See also: Floods in the south\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, ws := mustParse(t, "f.txt", c.src)
			checkWarning(t, ws, "")
			equalLines(t, "sentences", sentenceTexts(a), want)
		})
	}
}

// TestFurnitureOnlyAfterArticle checks that an "end" marker before any of
// the article is skipped without cutting the article.
func TestFurnitureOnlyAfterArticle(t *testing.T) {
	a, _ := mustParse(t, "f.txt", "Related\n\nThe bridge reopened.\n\nTraffic returned.\n")
	equalLines(t, "sentences", sentenceTexts(a), []string{"The bridge reopened.", "Traffic returned."})
}
