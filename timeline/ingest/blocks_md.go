package ingest

import (
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// markdownChunks parses src[from:] as CommonMark with goldmark (raw HTML is
// never rendered: only the blocks' source segments are used) and returns its
// headings, paragraphs and list items in reading order. Code blocks, HTML
// blocks and thematic breaks hold no prose and are left out.
func markdownChunks(src string, from int) []chunk {
	body := []byte(src[from:])
	doc := goldmark.New().Parser().Parse(text.NewReader(body))
	var out []chunk
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.Kind() {
		case ast.KindHeading, ast.KindParagraph, ast.KindTextBlock:
		case ast.KindFencedCodeBlock, ast.KindCodeBlock, ast.KindHTMLBlock:
			return ast.WalkSkipChildren, nil
		default:
			return ast.WalkContinue, nil
		}
		lines := n.Lines()
		if lines.Len() == 0 {
			return ast.WalkSkipChildren, nil
		}
		start := from + lines.At(0).Start
		end := from + lines.At(lines.Len()-1).Stop
		out = append(out, chunk{start: start, end: end, heading: n.Kind() == ast.KindHeading})
		return ast.WalkSkipChildren, nil
	})
	return out
}
