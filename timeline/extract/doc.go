// Package extract finds events in ingested articles: who met whom, who went
// where, who said what, and when. It is the extract step of the pipeline
// (seeds → ingest → extract → model → render → public).
//
// The engine is small and the language lives in tables (tables/*.txt,
// embedded, each explaining its own format): trigger words per event type
// (triggers.txt), irregular verbs (verbs.txt), titles (titles.txt),
// closed-class words (words.txt), and gazetteers of countries with their
// capitals and demonyms, regions, places, organizations and the words that
// end organization and place names.
//
// An article is read sentence by sentence:
//
//   - names: capitalized words are chunked (with "of", "bin", initials) and
//     classified with the gazetteers: a run after a title is a person
//     ("Army General Mark Milley"), a run ending with "Ministry" or "Inc." an
//     organization, a capital acting stands for its government. Roles come
//     from titles before a name ("CIA director William Burns") and from
//     appositions ("Zakir Jalali, an official from …").
//   - triggers: a verb of triggers.txt in any inflection, checked for what
//     makes it no report (negation, a modal, an infinitive, "if" and
//     "until" clauses, questions, a noun reading), or an event noun with an
//     actor ("Wafa's visit", "has had a secret meeting"). Mentions of a
//     kind of event are no report (generic.go): a trigger noun used as a
//     verb ("and deal with"), a generic plural ("their attacks"), a habit
//     ("frequently"), a count ("15 times"), a demand ("demanding that X
//     withdraw") or a state counted in agents ("ratified by 155 countries").
//   - the actor: the name before the verb group, across appositions and
//     adjuncts set off by commas, an inverted speaker ("…,” said X"), a
//     pronoun (the last person who was a subject), a description ("the
//     defense secretary"); then objects, places and the quotation. Several
//     places go in the event's Places, and in Place joined by ", ".
//   - the title: the actor, the verb and what was said or done, never a
//     bare pronoun ("attacked him" names the other person or leaves the
//     object out) and never a time (the date is shown apart); what was said
//     before an inverted speaker is the gist ("Norway was right, Iceland
//     said Friday in reply …").
//   - the date: the time expression governing the clause (package timex;
//     "since" and "after" open the span up to the article's date; a "when"
//     clause takes the time it hangs from, "three years later" counts from
//     the time before it: anchor.go), else the
//     time the narrative has reached, else the tense and the article's date
//     (a past report: the two weeks before it), else undated. The basis says
//     which, in words.
//
// Names are resolved within an article (a surname or a title and surname
// joins the full name; people who share a surname stay apart) and across
// articles by the alias table: tables/aliases.txt, extended by the user's
// table given to WithAliases, one group per line, names separated by "=",
// the first being the one shown:
//
//	Islamic State Khorasan = Daesh-K = ISIS-K = IS-Khorasan
//
// Merge then folds the reports of one event from several articles into one
// event (see Merge for the rules and for why ids stay stable).
package extract
