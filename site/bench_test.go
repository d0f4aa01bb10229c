package site

import (
	"context"
	"fmt"
	"testing"

	"timeline/timeline"
)

// bigTimeline repeats the sample n times with distinct ids, names and
// sources, for measuring renders at scale.
func bigTimeline(b testing.TB, n int) *timeline.Timeline {
	base := sampleTimeline(b)
	out := &timeline.Timeline{}
	for i := range n {
		for _, s := range base.Sources {
			s.Seed = fmt.Sprintf("%04d/%s", i, s.Seed)
			out.Sources = append(out.Sources, s)
		}
		for _, e := range base.Events {
			e.ID = fmt.Sprintf("%s-%d", e.ID, i)
			e.Participants = append([]timeline.Participant{{Name: fmt.Sprintf("Person %d", i%50), Kind: "person"}}, e.Participants...)
			cites := make([]timeline.Citation, len(e.Sources))
			for j, c := range e.Sources {
				c.Seed = fmt.Sprintf("%04d/%s", i, c.Seed)
				cites[j] = c
			}
			e.Sources = cites
			out.Events = append(out.Events, e)
		}
	}
	timeline.Sort(out.Events)
	return out
}

// BenchmarkRender renders 700 events from 200 sources; go test ./site
// -run '^$' -bench Render -benchmem measures it.
func BenchmarkRender(b *testing.B) {
	tl := bigTimeline(b, 100)
	b.ResetTimer()
	for b.Loop() {
		if _, err := Render(context.Background(), tl); err != nil {
			b.Fatal(err)
		}
	}
}
