package entity

import "testing"

// TestCountryCanonicalName checks that a country whose CLDR name is not the one Arabic
// writers use carries the writers' name: CLDR calls PS الأراضي الفلسطينية ("the
// Palestinian territories"), Arabic op-eds فلسطين ("Palestine"). Countries without the
// override keep CLDR's name (DZ: الجزائر, "Algeria").
func TestCountryCanonicalName(t *testing.T) {
	r := New()
	for _, tc := range []struct{ id, ar, en string }{
		{"PS", "فلسطين", "Palestine"},
		{"DZ", "الجزائر", "Algeria"},
	} {
		e, ok := r.Lookup(tc.id)
		if !ok {
			t.Fatalf("Lookup(%q) found nothing", tc.id)
		}
		if e.Name != tc.ar || e.NameEn != tc.en {
			t.Errorf("Lookup(%q) = %q / %q, want %q / %q", tc.id, e.Name, e.NameEn, tc.ar, tc.en)
		}
	}
}
