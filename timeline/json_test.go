package timeline

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestJSONShape(t *testing.T) {
	tl := &Timeline{
		GeneratedFrom: []string{"seeds/a.txt"},
		Sources:       []Source{{Seed: "a.txt", Title: "A & B <x>", Text: "secret body"}},
		Events: []Event{
			{ID: "e1", Type: Meeting, Title: "X meets Y", Date: &Date{Value: "2021-08", Earliest: "2021-08-16",
				Latest: "2021-09-11", Precision: Range, Basis: "b"},
				Participants: []Participant{{Name: "X", Role: "CIA director"}, {Name: "Y"}},
				Place:        "Kabul",
				Sources:      []Citation{{Seed: "a.txt", Sentence: "X met Y.", Start: 1, End: 9}}},
			{ID: "e2", Type: Statement, Title: "Z says", Participants: []Participant{{Name: "Z"}}},
		},
	}
	data, err := tl.JSON()
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	for _, want := range []string{`"generated_from"`, `"A & B <x>"`, `"date": null`, `"earliest": "2021-08-16"`, `"precision": "range"`, `"role": "CIA director"`} {
		if !strings.Contains(s, want) {
			t.Errorf("JSON lacks %s:\n%s", want, s)
		}
	}
	for _, absent := range []string{"secret body", `"url"`, `"publisher"`, `"role": ""`} {
		if strings.Contains(s, absent) {
			t.Errorf("JSON has %s, which should be left out", absent)
		}
	}
	if !strings.HasSuffix(s, "}\n") {
		t.Error("JSON does not end with a newline")
	}
	var back map[string]any
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	ev := back["events"].([]any)[1].(map[string]any)
	if _, ok := ev["sources"]; !ok {
		t.Error("an event without sources should still have the key")
	}
}
