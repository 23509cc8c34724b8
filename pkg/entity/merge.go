package entity

import (
	"cmp"
	"slices"
)

// MergeEntities merges the entity lists of several documents into one list
// sorted by ID. Entities sharing an ID become one: OFFICIAL wins over PERSON
// (a person titled in one document is an official everywhere), and empty
// fields are filled from later lists. The result does not depend on the order
// of lists except for which non-empty Name or Role is kept, which is the
// first one seen: pass lists in document order for deterministic output.
func MergeEntities(lists ...[]Entity) []Entity {
	byID := make(map[string]int)
	var out []Entity
	for _, l := range lists {
		for _, e := range l {
			i, ok := byID[e.ID]
			if !ok {
				byID[e.ID] = len(out)
				out = append(out, e)
				continue
			}
			m := &out[i]
			if m.Type == Person && e.Type == Official {
				m.Type = Official
				if m.Role == "" {
					m.Role, m.RoleEn = e.Role, e.RoleEn
				}
			}
			if m.Name == "" {
				m.Name = e.Name
			}
			if m.NameEn == "" {
				m.NameEn = e.NameEn
			}
			if m.Country == "" {
				m.Country = e.Country
			}
			if m.Role == "" && e.Role != "" {
				m.Role, m.RoleEn = e.Role, e.RoleEn
			}
			if m.Year == 0 {
				m.Year = e.Year
			}
			if m.Value == "" {
				m.Value = e.Value
			}
		}
	}
	slices.SortFunc(out, func(a, b Entity) int { return cmp.Compare(a.ID, b.ID) })
	return out
}
