// Package report computes and renders tahlil's report on a corpus.
//
// Build runs the whole path — ingest, annotation (pipeline), statistics (analysis) and
// the topic model (topic) — and returns a Report: a plain struct whose JSON encoding is
// the documented, versioned schema (SchemaVersion; docs/json.md and docs/schema.json).
// Write renders a Report as text, JSON, JSON Lines or HTML; WriteHTML writes the
// self-contained right-to-left HTML page (inline SVG charts, no network); WriteTopics
// renders only the topic model.
//
// Every list in a Report is sorted with explicit tie-breaks and no field holds a time or
// a machine-dependent value, so the same corpus and Options give byte-identical output
// whatever the number of workers. Offsets are not part of the report; counts are of
// tokens after clitic segmentation. Build is safe to call from several goroutines; a
// Report is not modified by the renderers.
package report
