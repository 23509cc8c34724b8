// Package ingest reads corpus files into Documents: it walks a folder, detects the format
// and the character encoding, extracts the article text and its metadata, and reports the
// files it cannot use instead of stopping.
//
// # Use
//
// List returns the files under a root of an fs.FS (os.DirFS for a folder, an embed.FS for the
// built-in sample: the same code reads both) in a deterministic order; ReadFile reads one of
// them. The two are separate so that a caller can read files in parallel and keep the
// results in List order:
//
//	paths, listErrs := ingest.List(fsys, ".")
//	for _, p := range paths {
//		docs, warnings, err := ingest.ReadFile(fsys, p, ingest.Config{})
//		// err != nil: the file is skipped; err is a *FileError printing "path: reason"
//	}
//
// # Formats
//
// Chosen by extension (FormatOf), after removing a final ".gz" (the file is then gunzipped):
//
//   - .txt, .md: optional front matter — a first line "---", "key: value" lines, a closing
//     "---" — giving title, author, date, source (field names as in Config) and encoding;
//     other keys are dropped. Markdown markup is reduced to its text; a leading "# heading"
//     is the title when front matter has none. Without front matter the text is treated as
//     a possibly scraped page: a "skip to main content" line at the top, share-button and
//     category ("التسميات: …") lines, and everything from a comments or popular/related-posts
//     heading on are removed; the first line is the title when it is shaped like a headline;
//     on a page with such furniture, a closing line of 1–4 words without punctuation is the
//     author's name.
//   - .html, .htm: the text of the article — the itemprop=articleBody / post-body element,
//     else the <article>, else <main>, else the whole page — without script, style, nav,
//     aside, header, footer, form, or elements whose class or id names comments, sidebars,
//     widgets, popular or related posts, sharing buttons. Paragraphs (p, headings, list
//     items, divs, br) are separated by a blank line. Title from og:title, the article's h1
//     or <title>; author from meta author or byline elements; date from
//     article:published_time or <time datetime>; source from og:site_name.
//   - .json: an object (one document), an array of objects, or an object holding such an
//     array (under "articles", "documents", …); .jsonl: one object per line. The body is the
//     first of Config.TextFields present (a string, or an array of strings joined as
//     paragraphs); metadata likewise.
//
// Document.Text is UTF-8 with LF line ends and paragraphs separated by one blank line; the
// title and byline are not part of it; byte order marks and bidirectional format marks are
// removed. Dates are normalised to ISO 8601 by ParseDate.
//
// # Encodings
//
// A byte order mark (UTF-8, UTF-16 LE/BE) decides; otherwise Config.Encoding when set;
// otherwise UTF-16 without a BOM is recognised from its high bytes, valid UTF-8 is taken as
// UTF-8, UTF-8 with a few invalid bytes is decoded with U+FFFD and a warning (ErrInvalidUTF8),
// an encoding declared in the file (front matter "encoding:", HTML meta charset) is used,
// and text that is none of these is decoded as Windows-1256 or ISO-8859-6, whichever gives
// the more plausible Arabic letter frequencies. Decoding uses golang.org/x/text/encoding.
//
// # Skipped files and warnings
//
// A file is skipped — ReadFile returns a *FileError wrapping one of the Err* reasons — when
// it is empty, binary (NUL bytes or many control bytes), undecodable, unreadable (e.g.
// permission denied), larger than Config.MaxFileSize (64 MiB by default; checked before
// reading and again after decompression, so memory stays bounded), a truncated or corrupt
// gzip, of an unsupported extension (ErrUnsupported: List does not filter by extension, so
// such files are reported rather than silently ignored), or without any text. A malformed
// JSONL line, a JSON record without text and an unreadable date are warnings naming the line
// (FileError.Line; Col, when set, counts bytes); the other records are read.
//
// # Limits and concurrency
//
// List ends on symbolic link loops (a linked directory already listed is reported, not
// entered again) and stops 64 levels deep. HTML is read from the token stream with a
// bounded element stack, so deeply nested or huge pages take linear time. ReadFile holds one
// file in memory at a time (at most MaxFileSize bytes plus its decoded text). All functions
// are safe for concurrent use; Config is read only.
package ingest
