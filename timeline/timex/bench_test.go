package timex

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

// silverDir is the TempEval-3 silver corpus beside the repository
// (../shared from its root); the benchmark skips without it.
const silverDir = "../../../shared/corpora/te3-silver"

type article struct {
	text string
	dct  time.Time
}

func loadSilver(b *testing.B, tg *Tagger) ([]article, int) {
	b.Helper()
	files, err := filepath.Glob(filepath.Join(silverDir, "*.txt"))
	if err != nil || len(files) == 0 {
		b.Skipf("no corpus at %s (the shared folder beside the repository)", silverDir)
	}
	var arts []article
	size := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		dct, _ := tg.DocumentDate(string(src))
		arts = append(arts, article{string(src), dct})
		size += len(src)
	}
	return arts, size
}

// BenchmarkTag tags every article of the silver corpus once per iteration:
//
//	go test -run xxx -bench BenchmarkTag -benchtime 5x -cpu 1 ./timeline/timex/
//
// MB/s is over the articles' bytes; allocs/article is per call of Tag.
func BenchmarkTag(b *testing.B) {
	tg := New()
	arts, size := loadSilver(b, tg)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			n += len(tg.Tag(a.text, a.dct))
		}
	}
	b.StopTimer()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(b.N*len(arts)), "allocs/article")
	b.ReportMetric(float64(n)/float64(b.N*len(arts)), "timexes/article")
}

// BenchmarkNew measures loading the rules, which New does each time.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		New()
	}
}
