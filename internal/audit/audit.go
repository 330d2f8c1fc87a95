// Package audit records who changed what. Hook is installed on the ent client
// (see internal/db) so that every mutation of every audited entity writes one
// AuditLog row through the mutation's own client: inside the transaction of
// the change, committed or rolled back with it. Record writes the events that
// are not entity changes (logins, password changes).
package audit

import (
	"context"
	"fmt"
	"reflect"
	"sort"
	"strconv"

	"entgo.io/ent/dialect/sql"
	"entgo.io/ent/privacy"

	gen "hatchery/ent"
	"hatchery/ent/auditlog"
	"hatchery/internal/requestid"
	"hatchery/internal/viewer"
)

// notAudited are the entity types whose changes are not entity edits: the
// trail itself, sessions and login attempts (logins, failed ones and logouts
// are recorded as events), the job scheduler's bookkeeping (job runs are
// their own record), and notifications (each follows from an audited change,
// such as a case step, and marking one read is the recipient's own
// bookkeeping), and the organisation tallies (database triggers keep them
// from the organisations' own audited changes; nothing writes them through
// ent).
var notAudited = map[string]bool{"AuditLog": true, "Session": true, "LoginAttempt": true, "JobRun": true, "Notification": true,
	"OrganizationTally": true}

// unrecorded fields change on every edit or carry no meaning for a reader.
var unrecorded = map[string]bool{"updated_at": true, "version": true}

// sensitive fields are recorded as changed, never with their value.
var sensitive = map[string]bool{"password_hash": true, "token_hash": true}

type quietKey struct{}

// Quiet returns ctx under which the hook records nothing: for bookkeeping
// writes (failed-login counters) that are recorded as events instead.
func Quiet(ctx context.Context) context.Context { return context.WithValue(ctx, quietKey{}, true) }

func quiet(ctx context.Context) bool { q, _ := ctx.Value(quietKey{}).(bool); return q }

// Hook returns the ent hook that audits every mutation: one row per changed
// record, carrying the record's id and the record's own domain. Bulk updates
// and deletes (the casework steps are conditional UPDATE … WHERE) are
// resolved to their ids before they run and narrowed to exactly those ids,
// so the rows written are the rows changed.
func Hook() gen.Hook {
	return func(next gen.Mutator) gen.Mutator {
		return gen.MutateFunc(func(ctx context.Context, m gen.Mutation) (gen.Value, error) {
			if notAudited[m.Type()] || quiet(ctx) {
				return next.Mutate(ctx, m)
			}
			cm, ok := m.(auditable)
			if !ok {
				return nil, fmt.Errorf("audit: %s mutation cannot be audited", m.Type())
			}
			var before []target
			if !m.Op().Is(gen.OpCreate) {
				var err error
				if before, err = targetsBefore(ctx, cm); err != nil {
					return nil, fmt.Errorf("audit: %w", err)
				}
			}
			v, err := next.Mutate(ctx, m)
			if err != nil {
				return v, err
			}
			changed, err := targetsAfter(ctx, cm, v, before)
			if err != nil {
				return nil, fmt.Errorf("audit: %w", err)
			}
			e := Entry{Operation: operation(m.Op()), EntityType: m.Type(), Entity: true}
			e.Fields, e.Changes = changes(m)
			for _, t := range changed {
				e.EntityID, e.DomainID = strconv.Itoa(t.id), t.domain
				if err := Record(ctx, cm.Client(), e); err != nil {
					return nil, fmt.Errorf("audit: %w", err)
				}
			}
			return v, nil
		})
	}
}

// auditable is what every generated mutation offers the hook.
type auditable interface {
	gen.Mutation
	Client() *gen.Client
	ID() (int, bool)
	IDs(context.Context) ([]int, error)
	WhereP(...func(*sql.Selector))
}

// targetsBefore finds the records an update or delete will change, past
// privacy (the mutation's own policy still narrows it), and pins a bulk
// mutation to them so that no row it changes escapes the trail.
func targetsBefore(ctx context.Context, m auditable) ([]target, error) {
	if m.Op().Is(gen.OpUpdateOne) {
		return nil, nil // the updated entity comes back with its domain
	}
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	ids, err := m.IDs(sys)
	if err != nil {
		return nil, err
	}
	if m.Op().Is(gen.OpUpdate | gen.OpDelete) {
		m.WhereP(sql.FieldIn("id", ids...))
	}
	return load(sys, m.Client(), m.Type(), ids)
}

// targetsAfter returns the records m changed. A create or a single update
// returns its entity; a
// bulk mutation that changed fewer rows than it matched was narrowed by
// privacy: deleted rows are those now gone, updated rows those the viewer's
// policy lets them see.
func targetsAfter(ctx context.Context, m auditable, v gen.Value, before []target) ([]target, error) {
	if m.Op().Is(gen.OpCreate | gen.OpUpdateOne) {
		if v == nil || reflect.ValueOf(v).Kind() != reflect.Pointer {
			id, _ := m.ID()
			return load(privacy.DecisionContext(ctx, privacy.Allow), m.Client(), m.Type(), []int{id})
		}
		return []target{targetOf(m.Type(), v)}, nil
	}
	n, bulk := v.(int)
	if !bulk || n == len(before) {
		return before, nil
	}
	ids := make([]int, len(before))
	for i, t := range before {
		ids[i] = t.id
	}
	var keep []target
	if m.Op().Is(gen.OpDelete) {
		left, err := load(privacy.DecisionContext(ctx, privacy.Allow), m.Client(), m.Type(), ids)
		if err != nil {
			return nil, err
		}
		gone := map[int]bool{}
		for _, t := range before {
			gone[t.id] = true
		}
		for _, t := range left {
			delete(gone, t.id)
		}
		for _, t := range before {
			if gone[t.id] {
				keep = append(keep, t)
			}
		}
		return keep, nil
	}
	seen, err := visible(ctx, m, ids)
	if err != nil {
		return nil, err
	}
	for _, t := range before {
		if seen[t.id] {
			keep = append(keep, t)
		}
	}
	return keep, nil
}

// Entry is one audit event.
type Entry struct {
	Operation  auditlog.Operation
	EntityType string
	EntityID   string
	DomainID   *int
	// Entity marks a change of a record: its DomainID is the record's
	// (nil for platform-wide records), never the viewer's.
	Entity  bool
	Fields  []string
	Changes map[string]any
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
		if e.DomainID == nil && !e.Entity {
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
