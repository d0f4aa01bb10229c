// Package ingest reads seed articles: front matter, Markdown, clean-up of
// page furniture, bylines and datelines, paragraphs and sentences with their
// byte offsets in the original file. It is the first step of the pipeline and
// knows nothing of events.
//
// Parse reads one seed and ReadDir a folder of them, in parallel. Every
// offset indexes into Article.Text, which is the file byte for byte: a
// byte-order mark, CRLF line ends and no-break spaces are stepped over, never
// rewritten, so Text[s.Start:s.End] is a sentence as it stands in the file.
//
// The steps, one file each:
//
//   - frontmatter.go: the opening `---` YAML block (go.yaml.in/yaml/v3);
//     date.go reads its date and those of datelines.
//   - blocks_txt.go, blocks_md.go: candidate paragraphs. Plain text is cut on
//     blank lines, then into lines where lines are paragraphs of their own;
//     Markdown blocks come from goldmark's syntax tree.
//   - cleanup.go, byline.go: page furniture is dropped, and bylines,
//     datelines and source lines are dropped after filling Meta.
//   - sentence.go: a rule-based splitter for news prose.
//
// The rules' words live in data/*.txt (abbreviations, sentence openers,
// speech verbs, furniture, byline words, month names), embedded in the
// binary and meant to be read and extended without touching the code.
//
// Tests: go test ./timeline/ingest/ runs table tests, the golden articles in
// testdata/articles (rewrite with -update and review the diff), the cases
// of testdata/sentences.txt, and a check over the news corpora in
// ../shared/corpora when present. Speed, over about 2,500 articles:
//
//	go test -run '^$' -bench ReadDir ./timeline/ingest/
package ingest
