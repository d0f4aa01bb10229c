package extract

import (
	"encoding/json"
	"strings"
	"sync"
	"testing"

	"timeline/timeline"
)

// remarks are the same remarks told by three outlets, one without a date.
var remarks = []struct{ seed, dct, text string }{
	{"a.txt", "2024-06-20", "Admiral Rosa Vidal, head of the navy, has said that joint patrols with Norway are possible."},
	{"b.txt", "none", "Joint patrols with Norway are possible, navy chief Admiral Rosa Vidal said without giving details."},
	{"c.txt", "2024-06-21", "At the start of this month, Admiral Vidal stated that patrols with Norway are possible."},
}

func TestMergeRemarksFromThreeArticles(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var reports []timeline.Event
	for _, r := range remarks {
		reports = append(reports, x.Article(article(r.seed, r.dct, []string{r.text}))...)
	}
	evs := Merge(reports)
	if len(evs) != 1 {
		for _, e := range evs {
			t.Logf("%s: %s", describe(e), e.Title)
		}
		t.Fatalf("got %d events, want the three reports as one", len(evs))
	}
	e := evs[0]
	if len(e.Sources) != 3 || e.Participants[0].Name != "Rosa Vidal" {
		t.Errorf("got %d sources, speaker %q; want 3, Rosa Vidal", len(e.Sources), e.Participants[0].Name)
	}
	// The dated reports agree on 1 to 20 June; the undated one takes that.
	if e.Date == nil || e.Date.Earliest < "2024-06-01" || e.Date.Latest > "2024-06-20" || e.Date.Precision != timeline.Range {
		t.Errorf("date %+v, want within 2024-06-01..2024-06-20", e.Date)
	}
}

func TestMergeKeepsIDs(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	first := x.Article(article(remarks[0].seed, remarks[0].dct, []string{remarks[0].text}))
	before := Merge(first)
	var all []timeline.Event
	for i := len(remarks) - 1; i >= 0; i-- { // order must not matter
		r := remarks[i]
		all = append(all, x.Article(article(r.seed, r.dct, []string{r.text}))...)
	}
	after := Merge(all)
	if len(before) != 1 || len(after) != 1 || before[0].ID != after[0].ID {
		t.Fatalf("ids before %v, after %v: a report merging in changed the id", ids(before), ids(after))
	}
}

func ids(evs []timeline.Event) []string {
	var out []string
	for _, e := range evs {
		out = append(out, e.ID)
	}
	return out
}

func TestMergeKeepsDifferentEventsApart(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := article("a.txt", "2024-06-20", []string{
		"In 2019, Minister Paul Amadi visited Accra.",
		"On Monday, Minister Paul Amadi visited Lagos.",
	})
	if evs := Merge(x.Article(a)); len(evs) != 2 {
		t.Errorf("got %d events, want two visits to two places", len(evs))
	}
}

func TestAliases(t *testing.T) {
	x, err := New(WithAliases(strings.NewReader("# a user's table\nNorthern Front = NF = Nordfront\n")))
	if err != nil {
		t.Fatal(err)
	}
	evs := Merge(x.Article(article("a.txt", "2024-06-20", []string{"The NF said on Monday that it would disarm."})))
	if len(evs) != 1 || evs[0].Participants[0].Name != "Northern Front" {
		t.Fatalf("got %v, want a statement by the Northern Front", evs)
	}
	if _, err := New(WithAliases(strings.NewReader("Lonely Name\n"))); err == nil {
		t.Error("an alias line with one name was accepted")
	}
}

// TestConcurrent runs one Extractor on many goroutines (run with -race).
func TestConcurrent(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	want := describe(Merge(x.Article(article("a.txt", remarks[0].dct, []string{remarks[0].text})))[0])
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				got := Merge(x.Article(article("a.txt", remarks[0].dct, []string{remarks[0].text})))
				if len(got) != 1 || describe(got[0]) != want {
					t.Errorf("got %v, want %s", got, want)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// TestOddInput feeds text that is no news: nothing must panic or be found.
func TestOddInput(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	odd := []string{"", ",", "“", "'' ``", "Mr.", "A A A A A", "said said said.", "He met.", "… — –", strings.Repeat("The Taliban met ", 200)}
	for _, text := range odd {
		for _, e := range x.Article(article("odd.txt", "2024-01-01", []string{text})) {
			if e.Title == "" || len(e.Sources) != 1 {
				t.Errorf("%q: event without title or source: %+v", text, e)
			}
		}
	}
	if x.Article(nil) != nil || len(Merge(nil)) != 0 {
		t.Error("nothing gave events")
	}
}

// TestMergeOrderFree checks that Merge gives the same events whatever the
// order of its input.
func TestMergeOrderFree(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var reports []timeline.Event
	for _, r := range remarks {
		reports = append(reports, x.Article(article(r.seed, r.dct, []string{r.text, "Minister Paul Amadi visited Accra on Monday. He met President Ama Owusu."}))...)
	}
	js := func(evs []timeline.Event) string {
		b, err := json.Marshal(evs)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	want := js(Merge(reports))
	for i := 0; i < len(reports); i++ {
		rotated := append(append([]timeline.Event{}, reports[i:]...), reports[:i]...)
		if got := js(Merge(rotated)); got != want {
			t.Fatalf("rotation %d changed the result:\n%s\nwant\n%s", i, got, want)
		}
	}
}

// A report dated by tense alone never takes a date after its article's:
// the same speaker's words in a later article are other remarks.
func TestMergeWeakDateNotLater(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a := x.Article(article("a.txt", "2010-03-03", []string{"The Coast Guard said it rescued 40 sailors from the storm."}))
	b := x.Article(article("b.txt", "2010-08-20", []string{"The Coast Guard said on Tuesday that it rescued four sailors from the storm."}))
	evs := Merge(append(a, b...))
	for _, e := range evs {
		if e.Date != nil && e.Date.Earliest > "2010-03-03" && len(e.Sources) > 1 {
			t.Errorf("%s dated %s..%s with %d sources: a March report took an August date", e.Title, e.Date.Earliest, e.Date.Latest, len(e.Sources))
		}
	}
}
