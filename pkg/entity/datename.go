package entity

import (
	"strconv"
	"strings"
)

// monthNamesAr are the month names of the Egyptian and Gulf press (يناير …), the
// set most widely read across the Arab world; columnists' Levantine (كانون
// الثاني) and Maghrebi (جانفي، غشت) names are recognised as variants,
// but a DATE entity is named once, in this set.
var monthNamesAr = [13]string{"", "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
	"يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"}

var monthNamesEn = [13]string{"", "January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}

// dateNames gives the Arabic and English display names of a DATE value in the
// forms emitDate writes: 2025, 2025-01, 2025-01-15, --01 (a month of no stated
// year) and --01-15. A value of another shape is its own name.
func dateNames(value string) (ar, en string) {
	yearPart, rest, ok := strings.Cut(value, "-")
	if strings.HasPrefix(value, "--") {
		yearPart, rest, ok = "", value[2:], true
	}
	if !ok {
		return value, value // a bare year
	}
	monthPart, dayPart, hasDay := strings.Cut(rest, "-")
	month, err := strconv.Atoi(monthPart)
	if err != nil || month < 1 || month > 12 {
		return value, value
	}
	day := 0
	if hasDay {
		if day, err = strconv.Atoi(dayPart); err != nil || day < 1 || day > 31 {
			return value, value
		}
	}
	ar, en = monthNamesAr[month], monthNamesEn[month]
	if day > 0 {
		ar = strconv.Itoa(day) + " " + ar
		en = en + " " + strconv.Itoa(day)
	}
	if yearPart != "" {
		ar += " " + strings.TrimLeft(yearPart, "0")
		if day > 0 {
			en += ","
		}
		en += " " + strings.TrimLeft(yearPart, "0")
	}
	return ar, en
}
