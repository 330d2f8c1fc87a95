package db

import (
	"regexp"
	"slices"
	"strings"

	"ariga.io/atlas/sql/postgres"
	atlas "ariga.io/atlas/sql/schema"
	"ariga.io/atlas/sql/sqlite"
	entschema "entgo.io/ent/dialect/sql/schema"
)

// SamePartialIndexes is a diff hook that drops the re-creation of a
// partial index whose predicate the database only reformatted. PostgreSQL
// stores `status = 'ACTIVE'` as `((status)::text = 'ACTIVE'::text)`, so a
// plain diff of the migrated database against ent/schema would drop and
// re-create every partial index (the incubation programme's "one active
// tenancy per organisation and centre", for one) on every comparison and
// in every generated migration. Indexes are the same when their name,
// uniqueness, columns and normalised predicate are.
func SamePartialIndexes(next entschema.Differ) entschema.Differ {
	return entschema.DiffFunc(func(current, desired *atlas.Schema) ([]atlas.Change, error) {
		changes, err := next.Diff(current, desired)
		if err != nil {
			return nil, err
		}
		out := changes[:0]
		for _, c := range changes {
			mt, ok := c.(*atlas.ModifyTable)
			if !ok {
				out = append(out, c)
				continue
			}
			mt.Changes = dropReformatted(mt.Changes)
			if len(mt.Changes) > 0 {
				out = append(out, mt)
			}
		}
		return out, nil
	})
}

func dropReformatted(cs []atlas.Change) []atlas.Change {
	drops := map[string]*atlas.Index{}
	for _, c := range cs {
		if d, ok := c.(*atlas.DropIndex); ok {
			drops[d.I.Name] = d.I
		}
	}
	same := map[string]bool{}
	for _, c := range cs {
		if a, ok := c.(*atlas.AddIndex); ok {
			if d := drops[a.I.Name]; d != nil && sameIndex(d, a.I) {
				same[a.I.Name] = true
			}
		}
	}
	return slices.DeleteFunc(cs, func(c atlas.Change) bool {
		switch c := c.(type) {
		case *atlas.ModifyIndex:
			return sameIndex(c.From, c.To)
		case *atlas.DropIndex:
			return same[c.I.Name]
		case *atlas.AddIndex:
			return same[c.I.Name]
		}
		return false
	})
}

func sameIndex(a, b *atlas.Index) bool {
	if a.Unique != b.Unique || len(a.Parts) != len(b.Parts) {
		return false
	}
	for i := range a.Parts {
		if a.Parts[i].C == nil || b.Parts[i].C == nil || a.Parts[i].C.Name != b.Parts[i].C.Name {
			return false
		}
	}
	pa, pb := predicate(a), predicate(b)
	return pa != "" && normalise(pa) == normalise(pb)
}

func predicate(i *atlas.Index) string {
	for _, at := range i.Attrs {
		switch p := at.(type) {
		case *postgres.IndexPredicate:
			return p.P
		case *sqlite.IndexPredicate:
			return p.P
		}
	}
	return ""
}

// casts are PostgreSQL's added casts; normalise removes them, brackets and
// spacing, and case.
var casts = regexp.MustCompile(`::[a-z ]+(\[\])?`)

func normalise(p string) string {
	p = casts.ReplaceAllString(strings.ToLower(p), "")
	return strings.NewReplacer("(", "", ")", "", " ", "").Replace(p)
}
