package schema

import "entgo.io/contrib/entgql"

func skipCreateAndWhere() entgql.Annotation {
	return entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipWhereInput)
}
