package authz

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"time"

	"entgo.io/ent/privacy"

	gen "hatchery/ent"
	"hatchery/ent/organization"
	"hatchery/internal/apperr"
)

// registryFields are an organisation's registered facts: what the bureau
// registered and decides (its name, code, kind, legal representative,
// registration date, charity status, standing on the abnormal list) and
// its incubation stage. organization:update_own (an NGO member) keeps the
// organisation's contacts, address, town and fields of service, and may
// send the registered facts unchanged (the edit form sends every field),
// but not change them: a member took their own organisation off the
// abnormal list and so past the venture-grant checks.
var registryFields = []string{
	organization.FieldName, organization.FieldUscc, organization.FieldKind, organization.FieldStage,
	organization.FieldRegisteredOn, organization.FieldLegalRepresentative, organization.FieldCharityStatus,
	organization.FieldStatus, organization.FieldDomainID,
}

// guardOwnOrgUpdate is OrganizationPolicy's extra check on updates: a
// viewer without organization:update changes no registered fact.
func guardOwnOrgUpdate(ctx context.Context, m gen.Mutation) error {
	om, ok := m.(*gen.OrganizationMutation)
	if !ok || !om.Op().Is(gen.OpUpdate|gen.OpUpdateOne) || can(ctx, ObjOrganization, ActUpdate) {
		return nil
	}
	// Only an organisation the viewer may change is compared: any other is
	// the update's own NOT_FOUND, never a sign that the id exists.
	if id, ok := om.ID(); ok {
		mine, err := om.Client().Organization.Query().Where(organization.ID(id)).Exist(ctx)
		if err != nil && !errors.Is(err, privacy.Deny) {
			return err
		}
		if !mine {
			return nil
		}
	}
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	for _, f := range registryFields {
		v, set := om.Field(f)
		cleared := om.FieldCleared(f)
		if !set && !cleared {
			continue
		}
		if !om.Op().Is(gen.OpUpdateOne) {
			return deny(errRegistered(f))
		}
		old, err := om.OldField(sys, f)
		if err != nil {
			return err
		}
		if cleared && !isNil(old) || set && !sameValue(v, old) {
			return deny(errRegistered(f))
		}
	}
	return nil
}

func errRegistered(field string) *apperr.Error {
	return apperr.New(apperr.Forbidden,
		fmt.Sprintf("%s is registered by the bureau: ask the civil-affairs bureau to change it", field),
		"该项为登记事项，请向民政部门申请变更").WithReason("REGISTERED_FACT").With("field", field)
}

// sameValue compares a field's new value with its old one, which ent
// gives as a pointer for an optional field.
func sameValue(v, old any) bool {
	o := reflect.ValueOf(old)
	if o.Kind() == reflect.Pointer {
		if o.IsNil() {
			return false
		}
		old = o.Elem().Interface()
	}
	if a, ok := v.(time.Time); ok { // registered_on is a date: the web app sends it at midnight UTC
		b, ok := old.(time.Time)
		return ok && a.UTC().Format(time.DateOnly) == b.UTC().Format(time.DateOnly)
	}
	return reflect.DeepEqual(v, old)
}

func isNil(v any) bool {
	if v == nil {
		return true
	}
	r := reflect.ValueOf(v)
	return r.Kind() == reflect.Pointer && r.IsNil()
}
