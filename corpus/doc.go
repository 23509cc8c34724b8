// Package corpus embeds tahlil's sample corpus: Arabic opinion pieces written for the
// project (fictional authors and outlets; see README.md in this folder).
//
// The articles live under articles/ in several formats (front-matter text, Markdown, scraped
// HTML pages, JSON Lines, one Windows-1256 file) so that the sample exercises ingestion too.
package corpus
