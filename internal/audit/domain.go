package audit

import (
	"context"
	"errors"
	"fmt"
	"reflect"

	"entgo.io/ent/entql"
	"entgo.io/ent/privacy"

	gen "hatchery/ent"
)

// target is one changed record: its id and the domain it belongs to (nil
// for platform-wide records such as calendar days).
type target struct {
	id     int
	domain *int
}

// filterable is what every generated query's Filter() returns.
type filterable interface{ Where(entql.P) }

// load reads, as ctx may, the records ids of entity type typ and returns
// them with their domains. It finds the typed client and query by the
// entity's name (gen.Client has one field per type), so a new entity needs
// nothing here.
func load(ctx context.Context, c *gen.Client, typ string, ids []int) ([]target, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	tc := reflect.ValueOf(c).Elem().FieldByName(typ)
	if !tc.IsValid() {
		return nil, fmt.Errorf("no client for entity type %s", typ)
	}
	q := tc.MethodByName("Query").Call(nil)[0]
	f, ok := q.MethodByName("Filter").Call(nil)[0].Interface().(filterable)
	if !ok {
		return nil, fmt.Errorf("%s query has no filter", typ)
	}
	vs := make([]any, len(ids))
	for i, id := range ids {
		vs[i] = id
	}
	f.Where(entql.FieldIn("id", vs...))
	out := q.MethodByName("All").Call([]reflect.Value{reflect.ValueOf(ctx)})
	if err, _ := out[1].Interface().(error); err != nil {
		return nil, err
	}
	rows := out[0]
	ts := make([]target, rows.Len())
	for i := range ts {
		ts[i] = targetOf(typ, rows.Index(i).Interface())
	}
	return ts, nil
}

// targetOf reads the id and domain of a loaded or returned entity: a
// domain is its own domain; other records carry DomainID (int, or *int
// where optional); records without it are platform-wide.
func targetOf(typ string, e any) target {
	v := reflect.Indirect(reflect.ValueOf(e))
	t := target{id: int(v.FieldByName("ID").Int())}
	if typ == "Domain" {
		id := t.id
		t.domain = &id
		return t
	}
	switch d := v.FieldByName("DomainID"); {
	case !d.IsValid():
	case d.Kind() == reflect.Int:
		id := int(d.Int())
		t.domain = &id
	case d.Kind() == reflect.Pointer && !d.IsNil():
		id := int(d.Elem().Int())
		t.domain = &id
	}
	return t
}

// visible returns which of ids the viewer in ctx may read.
func visible(ctx context.Context, m auditable, ids []int) (map[int]bool, error) {
	ts, err := load(ctx, m.Client(), m.Type(), ids)
	if err != nil && !errors.Is(err, privacy.Deny) {
		return nil, err
	}
	out := map[int]bool{}
	for _, t := range ts {
		out[t.id] = true
	}
	return out, nil
}
