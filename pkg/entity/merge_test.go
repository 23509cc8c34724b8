package entity_test

import (
	"testing"

	"github.com/tahlil-nlp/tahlil/pkg/entity"
)

func TestMergeEntities(t *testing.T) {
	// Document 1 names "Samir Haddad" without a title; document 2 calls him
	// the Tunisian foreign minister.
	doc1 := []entity.Entity{
		{ID: "person:سمير-حداد", Type: entity.Person, Name: "سمير حداد"},
		{ID: "DZ", Type: entity.Country, Name: "الجزائر", NameEn: "Algeria", Country: "DZ"},
	}
	doc2 := []entity.Entity{
		{ID: "TN", Type: entity.Country, Name: "تونس", NameEn: "Tunisia", Country: "TN"},
		{ID: "person:سمير-حداد", Type: entity.Official, Name: "سمير حداد", Role: "وزير الخارجية", RoleEn: "foreign minister", Country: "TN"},
	}
	got := entity.MergeEntities(doc1, doc2)
	if len(got) != 3 || got[0].ID != "DZ" || got[1].ID != "TN" {
		t.Fatalf("MergeEntities = %+v", got)
	}
	p := got[2]
	if p.Type != entity.Official || p.RoleEn != "foreign minister" || p.Country != "TN" {
		t.Errorf("merged person = %+v", p)
	}
}
