package ingest

import (
	"regexp"
	"strings"
)

var (
	mdHeading   = regexp.MustCompile(`^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$`)
	mdSetext    = regexp.MustCompile(`^ {0,3}(?:=+|-+)[ \t]*$`)
	mdRule      = regexp.MustCompile(`^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$`)
	mdFence     = regexp.MustCompile("^ {0,3}(```+|~~~+)")
	mdListItem  = regexp.MustCompile(`^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?`)
	mdQuote     = regexp.MustCompile(`^[ \t]{0,3}(?:>[ \t]?)+`)
	mdRefDef    = regexp.MustCompile(`^ {0,3}\[[^\]]+\]:[ \t]*\S+.*$`)
	mdTableSep  = regexp.MustCompile(`^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$`)
	mdImage     = regexp.MustCompile(`!\[([^\]]*)\]\([^)]*\)`)
	mdLink      = regexp.MustCompile(`\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])`)
	mdAutolink  = regexp.MustCompile(`<((?:https?|mailto):[^>\s]+)>`)
	mdHTMLTag   = regexp.MustCompile(`</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>`)
	mdCode      = regexp.MustCompile("`+([^`]*)`+")
	mdStrong    = regexp.MustCompile(`(\*\*|__)(\S(?:.*?\S)?)(\*\*|__)`)
	mdEmphStar  = regexp.MustCompile(`(^|[^\\*])\*(\S(?:[^*]*?\S)?)\*`)
	mdEmphUnder = regexp.MustCompile(`(^|[^\p{L}\p{N}_\\])_(\S(?:[^_]*?\S)?)_($|[^\p{L}\p{N}_])`)
	mdStrike    = regexp.MustCompile(`~~(\S(?:.*?\S)?)~~`)
	mdEscape    = regexp.MustCompile(`\\([\\` + "`" + `*_{}\[\]()#+\-.!|>~])`)
	mdLeadingHT = regexp.MustCompile(`^(?: {4}|\t)`)
)

// stripMarkdown turns Markdown into plain paragraphs: headings, list markers, block quotes,
// emphasis, code spans, links and images become their text; fenced code blocks, HTML tags,
// horizontal rules, link reference definitions and table separator rows are dropped; table
// pipes become spaces. It returns the text of the first level-1 heading when that heading is
// the first block, and leaves that heading out of the text.
func stripMarkdown(text string) (body, h1 string) {
	lines := strings.Split(text, "\n")
	out := make([]string, 0, len(lines))
	inFence, fence := false, ""
	seenBlock := false
	for _, raw := range lines {
		l := strings.TrimRight(raw, " \t\r")
		if m := mdFence.FindStringSubmatch(l); m != nil {
			switch {
			case !inFence:
				inFence, fence = true, m[1][:1]
			case strings.HasPrefix(strings.TrimSpace(l), fence):
				inFence = false
			}
			out = append(out, "")
			continue
		}
		if inFence {
			continue
		}
		switch {
		case mdRule.MatchString(l), mdRefDef.MatchString(l), mdTableSep.MatchString(l) && strings.Contains(l, "-"):
			out = append(out, "")
			continue
		case mdSetext.MatchString(l) && len(out) > 0 && out[len(out)-1] != "":
			// The previous line was a setext heading; its text stays.
			out = append(out, "")
			continue
		}
		if m := mdHeading.FindStringSubmatch(l); m != nil {
			t := inlineMarkdown(m[2])
			if m[1] == "#" && !seenBlock && h1 == "" && t != "" {
				h1 = t
				seenBlock = true
				out = append(out, "")
				continue
			}
			out = append(out, "", t, "")
			seenBlock = seenBlock || t != ""
			continue
		}
		l = mdQuote.ReplaceAllString(l, "")
		l = mdListItem.ReplaceAllString(l, "")
		l = mdLeadingHT.ReplaceAllString(l, "")
		if strings.Count(l, "|") >= 2 {
			l = strings.Join(strings.Fields(strings.ReplaceAll(strings.Trim(strings.TrimSpace(l), "|"), "|", " ")), " ")
		}
		l = inlineMarkdown(l)
		if strings.TrimSpace(l) != "" {
			seenBlock = true
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n"), h1
}

// inlineMarkdown strips inline markup from one line.
func inlineMarkdown(l string) string {
	if !strings.ContainsAny(l, "*_`[]<>~\\!") {
		return strings.TrimSpace(l)
	}
	l = mdCode.ReplaceAllString(l, "$1")
	l = mdImage.ReplaceAllString(l, "$1")
	l = mdLink.ReplaceAllString(l, "$1")
	l = mdAutolink.ReplaceAllString(l, "$1")
	l = mdHTMLTag.ReplaceAllString(l, "")
	for range 3 {
		n := mdStrong.ReplaceAllString(l, "$2")
		n = mdStrike.ReplaceAllString(n, "$1")
		n = mdEmphStar.ReplaceAllString(n, "$1$2")
		n = mdEmphUnder.ReplaceAllString(n, "$1$2$3")
		if n == l {
			break
		}
		l = n
	}
	l = mdEscape.ReplaceAllString(l, "$1")
	return strings.TrimSpace(l)
}
