// Package extract finds events in ingested articles: who met whom, who went
// where, who said what, and when. It is the extract step of the pipeline
// (seeds → ingest → extract → model → render → public).
//
// The engine is small and the language lives in tables (tables/*.txt,
// embedded): trigger words per event type, verb inflections, titles, and
// gazetteers of countries, places and organizations. An article is read
// sentence by sentence: capitalized names are chunked and classified with the
// gazetteers, a trigger's subject and objects are found by walking the
// clause, names are resolved within the article (surnames, pronouns, "the
// defense secretary") and across articles (the alias table), and each event
// is dated by the time expression that governs its clause, else by tense and
// the article's date. Merge then folds reports of one event from several
// articles together.
package extract
