package ingest

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// arabicMonths maps month names, folded by foldKey, to month numbers: the Gregorian names
// used in Egypt and the Gulf (يناير…), the Syriac names of the Levant and Iraq (كانون
// الثاني…), the French-derived names of Algeria and Tunisia (جانفي، فيفري، أفريل، جوان،
// جويلية، أوت) and of Morocco (ماي، يوليوز، غشت، شتنبر، نونبر، دجنبر), plus English and
// French names.
var arabicMonths = func() map[string]int {
	m := map[string]int{}
	for month, names := range [][]string{
		{"يناير", "كانون الثاني", "جانفي", "january", "jan", "janvier"},
		{"فبراير", "شباط", "فيفري", "february", "feb", "février", "fevrier"},
		{"مارس", "آذار", "march", "mar", "mars"},
		{"أبريل", "ابريل", "إبريل", "نيسان", "أفريل", "افريل", "april", "apr", "avril"},
		{"مايو", "أيار", "ماي", "may", "mai"},
		{"يونيو", "يونيه", "حزيران", "جوان", "june", "jun", "juin"},
		{"يوليو", "يوليه", "تموز", "جويلية", "يوليوز", "july", "jul", "juillet"},
		{"أغسطس", "اغسطس", "آب", "أوت", "اوت", "غشت", "august", "aug", "août", "aout"},
		{"سبتمبر", "أيلول", "شتنبر", "september", "sep", "sept", "septembre"},
		{"أكتوبر", "اكتوبر", "تشرين الأول", "october", "oct", "octobre"},
		{"نوفمبر", "تشرين الثاني", "نونبر", "november", "nov", "novembre"},
		{"ديسمبر", "كانون الأول", "دجنبر", "december", "dec", "décembre", "decembre"},
	} {
		for _, n := range names {
			m[foldKey(n)] = month + 1
		}
	}
	return m
}()

// weekdays are skipped in dates such as "الأحد 14 مايو 2023".
var weekdays = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range []string{"الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
		"أحد", "اثنين", "ثلاثاء", "أربعاء", "خميس", "جمعة", "سبت",
		"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
		"sun", "mon", "tue", "wed", "thu", "fri", "sat"} {
		m[foldKey(n)] = true
	}
	return m
}()

// ParseDate normalises a date to ISO 8601: "YYYY-MM-DD", "YYYY-MM" or "YYYY". It accepts ISO
// dates and timestamps (2023-05-14, 2023-05-14T09:30:00Z, 2023/05/14), day-first numeric
// dates (14/05/2023, 14-05-2023, 14.05.2023; month-first when the first number cannot be a
// month... the second one can't), month names in Arabic (Egyptian/Gulf, Levantine and Maghreb
// names), English and French in either order ("14 مايو 2023", "مايو 14, 2023", "May 2023"),
// an optional weekday, Arabic-Indic digits, and a bare year. ok is false when s is not a
// recognisable valid date.
func ParseDate(s string) (iso string, ok bool) {
	s = strings.TrimSpace(toASCIIDigits(s))
	if s == "" || len(s) > 100 {
		return "", false
	}
	// ISO date or timestamp: take the leading date.
	if len(s) >= 4 && isDigits(s[:4]) && (len(s) == 4 || s[4] == '-' || s[4] == '/' || s[4] == '.') {
		return parseYMD(s)
	}
	// Numeric day-first (or month-first) dates.
	if f := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '-' || r == '.' }); len(f) == 3 {
		// The year may be followed by a time: "14/05/2023 10:30".
		year, _, _ := strings.Cut(f[2], " ")
		if isDigits(f[0]) && isDigits(f[1]) && isDigits(year) && len(f[0]) <= 2 && len(f[1]) <= 2 {
			d, _ := strconv.Atoi(f[0])
			m, _ := strconv.Atoi(f[1])
			y, _ := strconv.Atoi(year)
			if m > 12 && d <= 12 {
				d, m = m, d
			}
			return ymd(y, m, d, len(year))
		}
	}
	return parseWords(s)
}

func parseYMD(s string) (string, bool) {
	if len(s) == 4 {
		y, _ := strconv.Atoi(s)
		return ymd(y, 0, 0, 4)
	}
	sep := s[4]
	rest := s[5:]
	end := strings.IndexFunc(rest, func(r rune) bool { return r != rune(sep) && (r < '0' || r > '9') })
	if end >= 0 {
		// Only a time part may follow: "T09:30", " 09:30:00".
		tail := rest[end:]
		if tail[0] != 'T' && tail[0] != ' ' && tail[0] != 't' {
			return "", false
		}
		rest = rest[:end]
	}
	parts := strings.Split(rest, string(sep))
	y, _ := strconv.Atoi(s[:4])
	switch len(parts) {
	case 1:
		m, err := strconv.Atoi(parts[0])
		if err != nil || len(parts[0]) > 2 {
			return "", false
		}
		return ymd(y, m, 0, 4)
	case 2:
		m, err1 := strconv.Atoi(parts[0])
		d, err2 := strconv.Atoi(parts[1])
		if err1 != nil || err2 != nil || len(parts[0]) > 2 || len(parts[1]) > 2 {
			return "", false
		}
		return ymd(y, m, d, 4)
	}
	return "", false
}

// parseWords reads dates written with a month name.
func parseWords(s string) (string, bool) {
	fields := strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '،' || r == '/' || r == '-' || r == '.'
	})
	var nums []string
	month := 0
	for i := 0; i < len(fields); i++ {
		f := fields[i]
		if isDigits(f) {
			nums = append(nums, f)
			continue
		}
		k := foldKey(f)
		if i+1 < len(fields) {
			if m, ok := arabicMonths[k+" "+foldKey(fields[i+1])]; ok {
				if month != 0 && month != m {
					return "", false
				}
				month = m
				i++
				continue
			}
		}
		if m, ok := arabicMonths[k]; ok {
			// "أيار/مايو" names one month twice; a different second month is an error.
			if month != 0 && month != m {
				return "", false
			}
			month = m
			continue
		}
		if weekdays[k] || k == "في" || k == "le" || k == "the" || k == "of" || k == "م" {
			continue
		}
		// Ordinal suffixes: 1st, 2nd, 14th.
		if n := strings.TrimRight(strings.ToLower(f), "stndrh"); n != f && isDigits(n) {
			nums = append(nums, n)
			continue
		}
		return "", false
	}
	if month == 0 {
		return "", false
	}
	switch len(nums) {
	case 1:
		y, _ := strconv.Atoi(nums[0])
		return ymd(y, month, 0, len(nums[0]))
	case 2:
		a, b := nums[0], nums[1]
		if len(a) == 4 {
			a, b = b, a
		}
		d, _ := strconv.Atoi(a)
		y, _ := strconv.Atoi(b)
		return ymd(y, month, d, len(b))
	}
	return "", false
}

// ymd validates and formats; m or d of 0 means unknown. ylen is the number of year digits
// written: two-digit years are not accepted.
func ymd(y, m, d, ylen int) (string, bool) {
	if ylen != 4 || y < 1000 || y > 2999 || m < 0 || m > 12 || d < 0 || d > 31 || (m == 0 && d != 0) {
		return "", false
	}
	switch {
	case m == 0:
		return fmt.Sprintf("%04d", y), true
	case d == 0:
		return fmt.Sprintf("%04d-%02d", y, m), true
	}
	if t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC); t.Day() != d {
		return "", false
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d), true
}

func isDigits(s string) bool {
	if s == "" || len(s) > 4 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// toASCIIDigits maps Arabic-Indic (٠–٩) and Extended Arabic-Indic (۰–۹) digits to ASCII.
func toASCIIDigits(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '٠' && r <= '٩':
			return '0' + (r - '٠')
		case r >= '۰' && r <= '۹':
			return '0' + (r - '۰')
		}
		return r
	}, s)
}
