package site

// SampleTimeline lends the hand-made test timeline to the external tests of
// package site_test (the browser test, which also needs package serve).
var SampleTimeline = sampleTimeline
