// Package templates holds the built-in HTML templates, stylesheet, script and
// icon of the site, embedded in the binary so that a build needs no files
// beside the seeds. Package site reads them through FS; a user overrides any of
// them by name with `timeline build --templates DIR` (see site's README).
package templates

import (
	"embed"
	"io/fs"
)

//go:embed *.html *.css *.js *.svg
var files embed.FS

// FS returns the built-in templates and assets, read-only.
func FS() fs.FS { return files }
