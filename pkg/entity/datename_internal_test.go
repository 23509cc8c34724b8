package entity

import "testing"

func TestDateNames(t *testing.T) {
	tests := []struct{ value, ar, en string }{
		{"2025", "2025", "2025"},
		{"2024-01", "يناير 2024", "January 2024"},      // January 2024
		{"2021-05-15", "15 مايو 2021", "May 15, 2021"}, // 15 May 2021
		{"--08", "أغسطس", "August"},                    // August, no year stated
		{"--03-09", "9 مارس", "March 9"},               // 9 March, no year stated
		{"0987-12", "ديسمبر 987", "December 987"},      // a three-digit year keeps no padding
		{"2024-13", "2024-13", "2024-13"},              // not a month: left as it is
	}
	for _, tc := range tests {
		ar, en := dateNames(tc.value)
		if ar != tc.ar || en != tc.en {
			t.Errorf("dateNames(%q) = %q, %q; want %q, %q", tc.value, ar, en, tc.ar, tc.en)
		}
	}
}
