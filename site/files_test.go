package site

import (
	"io/fs"
	"testing"
	"testing/fstest"
)

func TestFilesFS(t *testing.T) {
	files := Files{"index.html": []byte("i"), "events/a.html": []byte("a"), "events/b.html": []byte("bb"), "sources/x/y.html": []byte("y")}
	if err := fstest.TestFS(files.FS(), "index.html", "events/a.html", "events/b.html", "sources/x/y.html"); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"../index.html", "/index.html", "events/../index.html", "nope.html"} {
		if _, err := fs.ReadFile(files.FS(), bad); err == nil {
			t.Errorf("read %q", bad)
		}
	}
}
