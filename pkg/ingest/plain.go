package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Page furniture of scraped blogs and news sites, compared with foldKey. A line equal to one
// of skipLinks at the top is dropped; a line equal to one of cutMarkers (optionally with a
// count, "3 تعليقات") ends the article: it and everything after it are dropped; a line
// equal to one of shareLines is dropped wherever it is.
var (
	skipLinks = foldSet(
		"التخطي إلى المحتوى الرئيسي", "التخطي إلى المحتوى", "تخطي إلى المحتوى", "تخطي إلى المحتوى الرئيسي",
		"الانتقال إلى المحتوى", "الانتقال إلى المحتوى الرئيسي", "انتقل إلى المحتوى", "انتقل إلى المحتوى الرئيسي",
		"تجاوز إلى المحتوى", "Skip to main content", "Skip to content", "Jump to content",
		"Aller au contenu principal", "Aller au contenu",
	)
	cutMarkers = foldSet(
		// comments
		"تعليقات", "التعليقات", "تعليق", "أضف تعليق", "أضف تعليقا", "أضف تعليقك", "اترك تعليقا", "اترك تعليقاً",
		"اترك ردا", "اترك رداً", "إرسال تعليق", "نشر تعليق", "ليست هناك تعليقات", "لا توجد تعليقات",
		"Comments", "Comment", "Leave a comment", "Leave a Reply", "Post a Comment", "No comments",
		"Commentaires", "Laisser un commentaire",
		// popular and related posts
		"المشاركات الشائعة من هذه المدونة", "المشاركات الشائعة", "المشاركات الأكثر رواجا",
		"مقالات ذات صلة", "مواضيع ذات صلة", "أخبار ذات صلة", "تدوينات ذات صلة", "مقالات مشابهة",
		"الأكثر قراءة", "الأكثر مشاهدة", "قد يعجبك أيضا", "قد يهمك أيضا", "قد يعجبك أيضاً", "قد يهمك أيضاً",
		"Popular posts", "Popular posts from this blog", "Related posts", "Related articles",
		"You may also like", "Most read", "Articles similaires",
	)
	shareLines = foldSet(
		"مشاركة", "شارك", "شارك المقال", "الحصول على الرابط", "فيسبوك", "تويتر", "إكس", "بينتيريست",
		"البريد الإلكتروني", "التطبيقات الأخرى", "واتساب", "طباعة", "نسخ الرابط", "تيليجرام", "تلغرام",
		"لينكد إن", "Share", "Get link", "Copy link", "Facebook", "Twitter", "X", "Pinterest", "Email",
		"Other Apps", "WhatsApp", "Telegram", "LinkedIn", "Reddit", "Print",
	)
	// labelPrefixes open a blog's category line ("التسميات: سياسة، اقتصاد"), dropped as a whole.
	labelPrefixes  = []string{"التسميات:", "التصنيفات:", "الوسوم:", "الكلمات المفتاحية:", "Labels:", "Tags:", "Categories:"}
	bylinePrefixes = []string{"بقلم:", "بقلم :", "بقلم", "كتبه:", "كتبه", "الكاتب:", "الكاتب", "كتب:", "By ", "by ", "Par ", "—", "-", "–"}
)

// maxMarkerBytes bounds the length of a line that may be a furniture marker: the longest
// marker, "المشاركات الشائعة من هذه المدونة", takes 60 bytes; a count and spaces may be added.
const maxMarkerBytes = 120

func foldSet(items ...string) map[string]bool {
	m := make(map[string]bool, len(items))
	for _, s := range items {
		m[foldKey(s)] = true
	}
	return m
}

// isCutMarker reports a line that opens a comments or related-posts block; a count before
// or after the words ("3 تعليقات", "Comments (2)") is allowed.
func isCutMarker(line string) bool {
	if len(line) > maxMarkerBytes {
		return false
	}
	k := foldKey(toASCIIDigits(line))
	k = strings.TrimSpace(strings.TrimFunc(k, func(r rune) bool { return unicode.IsDigit(r) || r == ' ' }))
	return k != "" && cutMarkers[k]
}

// isLabelLine reports a short line listing a post's categories or tags.
func isLabelLine(l string) bool {
	if len(l) > 300 {
		return false
	}
	for _, p := range labelPrefixes {
		if strings.HasPrefix(l, p) || strings.HasPrefix(l, strings.TrimSuffix(p, ":")+" :") {
			return true
		}
	}
	return false
}

// plainOptions say which scraped-page heuristics cleanPlain applies.
type plainOptions struct {
	inferTitle  bool       // the first line, if it looks like a headline, is the title
	inferAuthor bool       // a name line at the end of a scraped page is the author
	excerpts    *[]excerpt // when not nil, receives the teasers of a popular/related-posts block
}

// cleanPlain turns plain text into paragraphs separated by one blank line and removes page
// furniture: a "skip to content" line at the top, share-button and label lines, and
// everything from a comments or related-posts heading on. It fills missing metadata from
// the text when asked: the headline (first line: at most 20 words and 200 characters, not
// ending in . , ، : ; ؛ unless in an ellipsis), a byline ("بقلم …") or date line right under
// it, and — on a page recognised as scraped (furniture found) — a name line of 1–4 words
// without punctuation closing the article.
func cleanPlain(text string, meta *Meta, opt plainOptions) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimFunc(l, func(r rune) bool { return unicode.IsSpace(r) || isFormatMark(r) })
	}
	first := firstNonEmpty(lines, 0)
	scraped := false
	if first >= 0 && len(lines[first]) <= maxMarkerBytes && skipLinks[foldKey(lines[first])] {
		lines[first] = ""
		scraped = true
		first = firstNonEmpty(lines, first)
	}
	for i := first + 1; first >= 0 && i < len(lines); i++ {
		if isCutMarker(lines[i]) {
			if opt.excerpts != nil {
				*opt.excerpts = relatedExcerpts(lines[i:])
			}
			lines = lines[:i]
			scraped = true
			break
		}
	}
	for i, l := range lines {
		if l != "" && len(l) < 40 && shareLines[foldKey(l)] || isLabelLine(l) {
			lines[i] = ""
		}
	}
	if opt.inferTitle && meta.Title == "" && first >= 0 && isHeadline(lines[first]) && firstNonEmpty(lines, first+1) >= 0 {
		meta.Title = lines[first]
		lines[first] = ""
		// A byline or a date directly under the headline.
		for n := 0; n < 2; n++ {
			next := firstNonEmpty(lines, first+1)
			if next < 0 || next-first > 3 {
				break
			}
			if name, ok := byline(lines[next], true); ok && meta.Author == "" {
				meta.Author = name
				lines[next] = ""
				continue
			}
			if d, ok := ParseDate(lines[next]); ok && meta.Date == "" {
				meta.Date = d
				lines[next] = ""
				continue
			}
			break
		}
	}
	if opt.inferAuthor && scraped && meta.Author == "" {
		if last := lastNonEmpty(lines); last >= 0 && last > firstNonEmpty(lines, 0) && (last == 0 || lines[last-1] == "") {
			if name, ok := byline(lines[last], false); ok {
				meta.Author = name
				lines[last] = ""
			}
		}
	}
	return joinParagraphs(lines)
}

// isHeadline reports a line shaped like a title: short, not ending with a full stop, a comma
// or a colon (an ellipsis is allowed), not a list item.
func isHeadline(l string) bool {
	if l == "" || utf8.RuneCountInString(l) > 200 || len(strings.Fields(l)) > 20 {
		return false
	}
	// A final ellipsis ("..", "...", "…") is common in news headlines; a single full stop
	// ends a sentence.
	ellipsis := strings.HasSuffix(l, "..") || strings.HasSuffix(l, "…")
	last, _ := utf8.DecodeLastRuneInString(l)
	if !ellipsis && strings.ContainsRune(".,،:;؛", last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(l)
	return !strings.ContainsRune("•*-–—·", first)
}

// byline recognises an author line: an optional prefix ("بقلم:", "By", a dash), then 1–4
// words made only of letters and marks. Without a prefix the line must not need one when
// needPrefix is false.
func byline(l string, needPrefix bool) (string, bool) {
	name := l
	prefixed := false
	for _, p := range bylinePrefixes {
		if strings.HasPrefix(name, p) {
			name = strings.TrimSpace(strings.TrimPrefix(name, p))
			prefixed = true
			break
		}
	}
	if needPrefix && !prefixed {
		return "", false
	}
	words := strings.Fields(name)
	if len(words) < 1 || len(words) > 4 || utf8.RuneCountInString(name) > 50 {
		return "", false
	}
	for _, w := range words {
		for _, r := range w {
			if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) && r != 'ـ' {
				return "", false
			}
		}
	}
	if shareLines[foldKey(name)] || cutMarkers[foldKey(name)] {
		return "", false
	}
	return strings.Join(words, " "), true
}

func firstNonEmpty(lines []string, from int) int {
	for i := from; i < len(lines); i++ {
		if lines[i] != "" {
			return i
		}
	}
	return -1
}

func lastNonEmpty(lines []string) int {
	for i := len(lines) - 1; i >= 0; i-- {
		if lines[i] != "" {
			return i
		}
	}
	return -1
}

// joinParagraphs joins trimmed lines: consecutive non-empty lines stay one paragraph, one
// line each; paragraphs are separated by exactly one blank line; no blank line at either
// end.
func joinParagraphs(lines []string) string {
	var b strings.Builder
	n := 0
	for _, l := range lines {
		n += len(l) + 2
	}
	b.Grow(n)
	blank := false
	for _, l := range lines {
		if l == "" {
			blank = true
			continue
		}
		if b.Len() > 0 {
			if blank {
				b.WriteString("\n\n")
			} else {
				b.WriteByte('\n')
			}
		}
		blank = false
		b.WriteString(l)
	}
	return b.String()
}

// cleanInline removes format marks and collapses white space inside one line of metadata.
func cleanInline(s string) string {
	s = strings.Map(func(r rune) rune {
		if isFormatMark(r) {
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}
