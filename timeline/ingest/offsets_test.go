package ingest

import (
	"strings"
	"testing"
)

// TestOffsetsIntoOriginal checks that a byte-order mark, CRLF line ends and
// no-break spaces are stepped over, not rewritten: Text is the input byte
// for byte and Text[Start:End] is each sentence as it stands in the file.
func TestOffsetsIntoOriginal(t *testing.T) {
	for _, c := range []struct {
		name, src string
		want      []string
		title     string
	}{{
		name:  "BOM and CRLF with front matter",
		src:   "\uFEFF---\r\ntitle: Dam Opens\r\ndate: 2024-05-01\r\n---\r\nThe dam opened. Water flowed.\r\n\r\nFarmers cheered.\r\n",
		want:  []string{"The dam opened.", "Water flowed.", "Farmers cheered."},
		title: "Dam Opens",
	}, {
		name:  "BOM and CRLF, title from the first line",
		src:   "\uFEFFDam Opens\r\n\r\nThe dam opened on Friday.\r\nFarmers cheered.\r\n",
		want:  []string{"Dam Opens", "The dam opened on Friday.", "Farmers cheered."},
		title: "Dam Opens",
	}, {
		name: "no-break spaces inside and around sentences",
		src:  "\u00a0The dam\u00a0opened. \u00a0Water flowed.\u00a0\n\n\u00a0\u00a0\n\nFarmers\u00a0cheered.",
		want: []string{"The dam\u00a0opened.", "Water flowed.", "Farmers\u00a0cheered."},
	}, {
		name: "wrapped CRLF paragraph",
		src:  "The dam opened on Friday after\r\nthree years of work. Water flowed\r\ninto the valley.\r\n",
		want: []string{"The dam opened on Friday after\r\nthree years of work.", "Water flowed\r\ninto the valley."},
	}, {
		name: "CR only at the end of a file without newline",
		src:  "Farmers cheered.\r",
		want: []string{"Farmers cheered."},
	}} {
		t.Run(c.name, func(t *testing.T) {
			a, ws := mustParse(t, "o.txt", c.src)
			checkWarning(t, ws, "")
			if a.Text != c.src {
				t.Errorf("Text was rewritten")
			}
			equalLines(t, "sentences", sentenceTexts(a), c.want)
			if a.Meta.Title != c.title {
				t.Errorf("title %q, want %q", a.Meta.Title, c.title)
			}
			for _, s := range sentenceTexts(a) {
				if strings.HasPrefix(s, "\uFEFF") {
					t.Errorf("sentence %q starts with the byte-order mark", s)
				}
			}
		})
	}
}
