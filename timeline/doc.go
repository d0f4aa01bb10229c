// Package timeline is the model at the centre of the pipeline
// (seeds → ingest → extract → model → render → public): the sources that were
// read, the events found in them, when each happened, who took part and where,
// and the sentences that report them.
//
// The model knows nothing of how it was filled (package extract) or how it is
// shown (package site); both depend on it, never the other way round. Its JSON
// form is the contract in the README ("timeline extract", public/timeline.json).
package timeline
