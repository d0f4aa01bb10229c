package ingest

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
)

// ReadDir reads every .txt and .md file under dir, sub-folders included and
// hidden files and folders (names starting with ".") skipped, in parallel on
// all cores. Articles come back sorted by Seed; warnings, in the same order,
// name the file as dir joined with its seed path, and its line.
//
// A file that cannot be read or understood is a warning and the others are
// still read. The error is only for a dir that cannot be read at all, or
// for ctx being done.
func ReadDir(ctx context.Context, dir string) ([]*Article, []Warning, error) {
	info, err := os.Stat(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("seeds: %w", err)
	}
	if !info.IsDir() {
		return nil, nil, fmt.Errorf("seeds: %s is not a folder", dir)
	}
	fsys := os.DirFS(dir)
	seeds, warns, err := listSeeds(ctx, fsys, dir)
	if err != nil {
		return nil, nil, err
	}
	results := make([]result, len(seeds))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results[i] = readOne(fsys, dir, seeds[i])
			}
		}()
	}
	err = feed(ctx, jobs, len(seeds))
	wg.Wait()
	if err != nil {
		return nil, nil, err
	}
	var arts []*Article
	for _, r := range results {
		if r.article != nil {
			arts = append(arts, r.article)
		}
		warns = append(warns, r.warnings...)
	}
	sort.SliceStable(arts, func(i, j int) bool { return arts[i].Seed < arts[j].Seed })
	return arts, warns, nil
}

// result is what reading one seed gave.
type result struct {
	article  *Article
	warnings []Warning
}

// feed hands out the indexes 0..n-1 until done or ctx is cancelled.
func feed(ctx context.Context, jobs chan<- int, n int) error {
	defer close(jobs)
	for i := range n {
		select {
		case jobs <- i:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return ctx.Err()
}

// readOne reads and parses one seed; its warnings name dir/seed.
func readOne(fsys fs.FS, dir, seed string) result {
	file := filepath.Join(dir, filepath.FromSlash(seed))
	data, err := fs.ReadFile(fsys, seed)
	if err != nil {
		return result{warnings: []Warning{{File: file, Msg: "cannot read: " + unwrapPath(err)}}}
	}
	a, ws := Parse(seed, data)
	for i := range ws {
		ws[i].File = file
	}
	return result{a, ws}
}

// unwrapPath drops the path from an fs error, which the warning already names.
func unwrapPath(err error) string {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err.Error()
	}
	return err.Error()
}

// listSeeds walks fsys in lexical order and returns the seed paths. A
// sub-folder that cannot be read is a warning; the root is an error.
func listSeeds(ctx context.Context, fsys fs.FS, dir string) ([]string, []Warning, error) {
	var seeds []string
	var warns []Warning
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return ctxErr
		}
		if err != nil {
			if p == "." {
				return err
			}
			warns = append(warns, Warning{File: filepath.Join(dir, filepath.FromSlash(p)), Msg: "cannot read: " + unwrapPath(err)})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if p != "." && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !d.IsDir() && isSeedName(p) {
			seeds = append(seeds, p)
		}
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("seeds: %s: %w", dir, err)
	}
	return seeds, warns, nil
}

// isSeedName reports whether p names a seed: a .txt or .md file.
func isSeedName(p string) bool {
	switch strings.ToLower(path.Ext(p)) {
	case ".txt", ".md":
		return true
	}
	return false
}
