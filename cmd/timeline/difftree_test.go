package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// diffTrees lists the files that differ between two folders.
func diffTrees(t *testing.T, a, b string) []string {
	t.Helper()
	files := func(root string) map[string][]byte {
		m := map[string][]byte{}
		_ = filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			rel, _ := filepath.Rel(root, p)
			m[filepath.ToSlash(rel)], _ = os.ReadFile(p)
			return nil
		})
		return m
	}
	fa, fb := files(a), files(b)
	var diffs []string
	for name, da := range fa {
		db, ok := fb[name]
		switch {
		case !ok:
			diffs = append(diffs, name+" only in "+a)
		case !bytes.Equal(da, db):
			diffs = append(diffs, name+" differs")
		}
	}
	for name := range fb {
		if _, ok := fa[name]; !ok {
			diffs = append(diffs, name+" only in "+b)
		}
	}
	slices.Sort(diffs)
	return diffs
}
