package site

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// siteMarkers are files whose presence shows a folder holds a built site, so
// that replacing it loses nothing the user wrote.
var siteMarkers = []string{"index.html", "timeline.json", ".nojekyll"}

// checkOutDir refuses an output folder whose replacement would destroy
// something that is not a previous build.
func checkOutDir(outDir, seedsDir string) error {
	if strings.TrimSpace(outDir) == "" {
		return errors.New("no output folder given")
	}
	out, err := filepath.Abs(outDir)
	if err != nil {
		return fmt.Errorf("output folder %s: %w", outDir, err)
	}
	out = resolve(out)
	protected := map[string]string{string(filepath.Separator): "the file system root"}
	if home, err := os.UserHomeDir(); err == nil && home != "" {
		protected[resolve(home)] = "the home folder"
	}
	if wd, err := os.Getwd(); err == nil {
		wd = resolve(wd)
		protected[wd] = "the working directory"
		if root := repoRoot(wd); root != "" {
			protected[root] = "the repository root"
		}
	}
	if seedsDir != "" {
		if s, err := filepath.Abs(seedsDir); err == nil {
			protected[resolve(s)] = "the seeds folder"
		}
	}
	for p, what := range protected {
		if within(p, out) {
			return fmt.Errorf("refusing to write the site to %s: it is or holds %s (%s)", outDir, what, p)
		}
	}
	return checkExisting(outDir, out)
}

// checkExisting refuses a folder with a go.mod or .git, and a non-empty
// folder without any mark of a built site.
func checkExisting(outDir, out string) error {
	entries, err := os.ReadDir(out)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("output folder %s: %w", outDir, err)
	}
	names := map[string]bool{}
	visible := 0
	for _, e := range entries {
		names[e.Name()] = true
		if !strings.HasPrefix(e.Name(), ".") {
			visible++
		}
	}
	for _, n := range []string{"go.mod", ".git"} {
		if names[n] {
			return fmt.Errorf("refusing to write the site to %s: it holds %s", outDir, n)
		}
	}
	for _, m := range siteMarkers {
		if names[m] {
			return nil
		}
	}
	if visible > 0 {
		return fmt.Errorf("refusing to replace %s: it is not empty and holds no built site (no index.html); remove it or choose another --out", outDir)
	}
	return nil
}

// resolve follows symbolic links where the path exists, so that two names of
// one folder compare equal.
func resolve(p string) string {
	if r, err := filepath.EvalSymlinks(p); err == nil {
		return r
	}
	return filepath.Clean(p)
}

// within reports whether p is dir or inside it.
func within(p, dir string) bool {
	rel, err := filepath.Rel(dir, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// repoRoot is the nearest folder at or above dir holding go.mod, or "".
func repoRoot(dir string) string {
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// writeAtomically writes files into a new folder beside outDir, then swaps
// it into place. The previous site is removed only once the new one is in.
func writeAtomically(ctx context.Context, files Files, outDir string) error {
	out := filepath.Clean(outDir)
	parent, base := filepath.Dir(out), filepath.Base(out)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return fmt.Errorf("creating %s: %w", parent, err)
	}
	tmp, err := os.MkdirTemp(parent, "."+base+".tmp-")
	if err != nil {
		return fmt.Errorf("creating a temporary folder beside %s: %w", outDir, err)
	}
	if err := fill(ctx, tmp, files); err != nil {
		os.RemoveAll(tmp)
		return err
	}
	if err := swap(tmp, out, parent, base); err != nil {
		os.RemoveAll(tmp)
		return err
	}
	return nil
}

// fill writes every file under dir.
func fill(ctx context.Context, dir string, files Files) error {
	if err := os.Chmod(dir, 0o755); err != nil {
		return fmt.Errorf("%s: %w", dir, err)
	}
	for _, name := range files.Names() {
		if err := ctx.Err(); err != nil {
			return err
		}
		if !fs.ValidPath(name) {
			return fmt.Errorf("invalid file name %q", name)
		}
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return fmt.Errorf("writing %s: %w", name, err)
		}
		if err := os.WriteFile(p, files[name], 0o644); err != nil {
			return fmt.Errorf("writing %s: %w", name, err)
		}
	}
	return nil
}

// swap moves the finished folder tmp to out, moving any previous out aside
// first and back again if the move fails.
func swap(tmp, out, parent, base string) error {
	if _, err := os.Lstat(out); errors.Is(err, fs.ErrNotExist) {
		if err := os.Rename(tmp, out); err != nil {
			return fmt.Errorf("moving the new site into %s: %w", out, err)
		}
		return nil
	}
	old, err := os.MkdirTemp(parent, "."+base+".old-")
	if err != nil {
		return fmt.Errorf("making room beside %s: %w", out, err)
	}
	if err := os.Remove(old); err != nil {
		return fmt.Errorf("making room beside %s: %w", out, err)
	}
	if err := os.Rename(out, old); err != nil {
		return fmt.Errorf("moving the previous site aside: %w", err)
	}
	if err := os.Rename(tmp, out); err != nil {
		if rerr := os.Rename(old, out); rerr != nil {
			return fmt.Errorf("moving the new site into %s: %w (and the previous one is left at %s: %v)", out, err, old, rerr)
		}
		return fmt.Errorf("moving the new site into %s: %w", out, err)
	}
	if err := os.RemoveAll(old); err != nil {
		return fmt.Errorf("removing the previous site at %s: %w", old, err)
	}
	return nil
}
