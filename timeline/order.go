package timeline

import (
	"cmp"
	"slices"
)

// Sort puts events in timeline order: by earliest day, then latest day, then
// id; undated events last, by id. Ids are unique, so the order is total and
// the output deterministic.
func Sort(events []Event) {
	slices.SortStableFunc(events, Compare)
}

// Compare orders two events as Sort does.
func Compare(a, b Event) int {
	switch {
	case a.Date == nil && b.Date == nil:
		return cmp.Compare(a.ID, b.ID)
	case a.Date == nil:
		return 1
	case b.Date == nil:
		return -1
	}
	if c := cmp.Compare(a.Date.Earliest, b.Date.Earliest); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Date.Latest, b.Date.Latest); c != 0 {
		return c
	}
	return cmp.Compare(a.ID, b.ID)
}
