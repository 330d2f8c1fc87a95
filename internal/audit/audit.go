// Package audit records who changed what. Hook is installed on the ent client
// (see internal/db) so that every mutation of every audited entity writes one
// AuditLog row through the mutation's own client: inside the transaction of
// the change, committed or rolled back with it. Record writes the events that
// are not entity changes (logins, password changes).
package audit

import (
	"context"
	"fmt"
	"sort"
	"strconv"

	"entgo.io/ent/privacy"

	gen "hatchery/ent"
	"hatchery/ent/auditlog"
	"hatchery/internal/requestid"
	"hatchery/internal/viewer"
)

// notAudited are the entity types whose changes are not entity edits: the
// trail itself, and sessions (logins and logouts are recorded as events).
var notAudited = map[string]bool{"AuditLog": true, "Session": true}

// unrecorded fields change on every edit or carry no meaning for a reader.
var unrecorded = map[string]bool{"updated_at": true, "version": true}

// sensitive fields are recorded as changed, never with their value.
var sensitive = map[string]bool{"password_hash": true, "token_hash": true}

type quietKey struct{}

// Quiet returns ctx under which the hook records nothing: for bookkeeping
// writes (failed-login counters) that are recorded as events instead.
func Quiet(ctx context.Context) context.Context { return context.WithValue(ctx, quietKey{}, true) }

func quiet(ctx context.Context) bool { q, _ := ctx.Value(quietKey{}).(bool); return q }

type clientMutation interface {
	gen.Mutation
	Client() *gen.Client
}

// Hook returns the ent hook that audits every mutation.
func Hook() gen.Hook {
	return func(next gen.Mutator) gen.Mutator {
		return gen.MutateFunc(func(ctx context.Context, m gen.Mutation) (gen.Value, error) {
			if notAudited[m.Type()] || quiet(ctx) {
				return next.Mutate(ctx, m)
			}
			cm, ok := m.(clientMutation)
			if !ok {
				return nil, fmt.Errorf("audit: %s mutation has no client", m.Type())
			}
			// For deletes the row is gone afterwards: find its domain first.
			var domainID *int
			if m.Op().Is(gen.OpDeleteOne) {
				domainID = domainOf(ctx, m, nil)
			}
			v, err := next.Mutate(ctx, m)
			if err != nil {
				return v, err
			}
			if domainID == nil {
				domainID = domainOf(ctx, m, v)
			}
			e := Entry{
				Operation:  operation(m.Op()),
				EntityType: m.Type(),
				DomainID:   domainID,
			}
			if idm, ok := m.(interface{ ID() (int, bool) }); ok {
				if id, ok := idm.ID(); ok {
					e.EntityID = strconv.Itoa(id)
				}
			}
			e.Fields, e.Changes = changes(m)
			if err := Record(ctx, cm.Client(), e); err != nil {
				return nil, fmt.Errorf("audit: %w", err)
			}
			return v, nil
		})
	}
}

// Entry is one audit event.
type Entry struct {
	Operation  auditlog.Operation
	EntityType string
	EntityID   string
	DomainID   *int
	Fields     []string
	Changes    map[string]any
	// ActorID and ActorUsername default to the viewer in the context.
	ActorID       *int
	ActorUsername string
	// ActingDomainID defaults to the domain the viewer acts in (a platform
	// admin's chosen one): apart from DomainID, the entity's domain.
	ActingDomainID *int
}

// Record writes e through client (pass the transaction's client to make it
// part of the transaction).
func Record(ctx context.Context, client *gen.Client, e Entry) error {
	if v := viewer.FromContext(ctx); v != nil && e.ActorID == nil {
		id, acting := v.UserID, v.DomainID
		e.ActorID, e.ActorUsername = &id, v.Username
		e.ActingDomainID = &acting
		if e.DomainID == nil {
			d := v.DomainID
			e.DomainID = &d
		}
	}
	var username *string // null for the system
	if e.ActorUsername != "" {
		username = &e.ActorUsername
	}
	return client.AuditLog.Create().
		SetOperation(e.Operation).
		SetEntityType(e.EntityType).
		SetEntityID(e.EntityID).
		SetNillableDomainID(e.DomainID).
		SetNillableActorID(e.ActorID).
		SetNillableActingDomainID(e.ActingDomainID).
		SetNillableActorUsername(username).
		SetChangedFields(e.Fields).
		SetChanges(e.Changes).
		SetRequestID(requestid.FromContext(ctx)).
		Exec(privacy.DecisionContext(ctx, privacy.Allow))
}

func operation(op gen.Op) auditlog.Operation {
	switch {
	case op.Is(gen.OpCreate):
		return auditlog.OperationCREATE
	case op.Is(gen.OpDelete | gen.OpDeleteOne):
		return auditlog.OperationDELETE
	default:
		return auditlog.OperationUPDATE
	}
}

func changes(m gen.Mutation) ([]string, map[string]any) {
	vals := map[string]any{}
	for _, f := range m.Fields() {
		if unrecorded[f] {
			continue
		}
		if sensitive[f] {
			vals[f] = "[redacted]"
			continue
		}
		vals[f], _ = m.Field(f)
	}
	for _, f := range m.AddedFields() {
		if !unrecorded[f] {
			vals[f], _ = m.AddedField(f)
		}
	}
	for _, f := range m.ClearedFields() {
		if !unrecorded[f] {
			vals[f] = nil
		}
	}
	names := make([]string, 0, len(vals))
	for f := range vals {
		names = append(names, f)
	}
	sort.Strings(names)
	return names, vals
}
