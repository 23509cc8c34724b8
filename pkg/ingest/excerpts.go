package ingest

import "strings"

// relatedMarkers open a block of teasers for other posts ("popular posts", "related
// articles") on a scraped page; a subset of cutMarkers, compared with foldKey.
var relatedMarkers = foldSet(
	"المشاركات الشائعة من هذه المدونة", "المشاركات الشائعة", "المشاركات الأكثر رواجا",
	"مقالات ذات صلة", "مواضيع ذات صلة", "أخبار ذات صلة", "تدوينات ذات صلة", "مقالات مشابهة",
	"الأكثر قراءة", "الأكثر مشاهدة", "قد يعجبك أيضا", "قد يهمك أيضا", "قد يعجبك أيضاً", "قد يهمك أيضاً",
	"Popular posts", "Popular posts from this blog", "Related posts", "Related articles",
	"You may also like", "Most read", "Articles similaires",
)

// excerpt is the teaser of another post found on a scraped page: its headline and the
// opening of its text.
type excerpt struct {
	title, text string
}

// relatedExcerpts finds the first popular/related-posts block in lines (the furniture cut
// off the end of an article) and returns its teasers. A teaser is a headline line followed
// by its text up to the next headline; a comments block or another marker ends the block.
func relatedExcerpts(lines []string) []excerpt {
	start := -1
	for i, l := range lines {
		if len(l) <= maxMarkerBytes && relatedMarkers[foldKey(l)] {
			start = i + 1
			break
		}
	}
	if start < 0 {
		return nil
	}
	var out []excerpt
	var cur *excerpt
	var body []string
	flush := func() {
		if cur != nil && len(body) > 0 {
			cur.text = strings.Join(body, "\n\n")
			out = append(out, *cur)
		}
		cur, body = nil, nil
	}
	for _, l := range lines[start:] {
		switch {
		case l == "":
			continue
		case isCutMarker(l):
			flush()
			return out
		case shareLines[foldKey(l)] || isLabelLine(l):
			continue
		case (isHeadline(l) || endsCut(body)) && (cur == nil || len(body) > 0):
			// A teaser's text is cut off with an ellipsis: the line after it is the next
			// teaser's headline even when it is too long to look like one.
			flush()
			cur = &excerpt{title: l}
		case cur != nil:
			body = append(body, l)
		}
	}
	flush()
	return out
}

// endsCut reports whether the last line of a teaser's text ends with an ellipsis.
func endsCut(body []string) bool {
	if len(body) == 0 {
		return false
	}
	l := strings.TrimSpace(body[len(body)-1])
	return strings.HasSuffix(l, "...") || strings.HasSuffix(l, "…")
}
