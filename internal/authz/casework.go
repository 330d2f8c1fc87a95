package authz

import (
	"context"

	"entgo.io/ent"
	"entgo.io/ent/entql"
	"entgo.io/ent/privacy"

	gen "hatchery/ent"
	"hatchery/internal/viewer"
)

// Who may see and change casework. A case is read by staff of its domain
// (case:read), by the applicant organisation's members (case:read_own) and
// by the units it was sent to for consultation. Changes to a case row are
// allowed to handlers (case:handle) and the applicant's members
// (case:update_own); which change is legal in which state, and who may make
// it, is internal/casework's state machine, which writes the case's events,
// notice and consultations as the system once the case change was allowed.

// consultedBy matches cases sent to the viewer for consultation.
func consultedBy(v *viewer.Viewer) entql.P {
	return entql.HasEdgeWith("consultations", entql.FieldEQ("assignee_id", v.UserID))
}

// CasePolicy governs cases.
func CasePolicy() ent.Policy {
	p := typePolicy{
		obj: ObjCase,
		filters: rowFilters{
			domainColumn: "domain_id",
			ownOrg:       func(v *viewer.Viewer) entql.P { return idIn("organization_id", v.OrgIDs) },
			self:         consultedBy,
		},
		read:   []grant{{ActRead, scopeDomain}, {ActReadOwn, scopeOwnOrg}, {anyViewer, scopeSelf}},
		update: []grant{{ActHandle, scopeDomain}, {ActUpdateOwn, scopeOwnOrg}},
	}
	return privacy.Policy{
		Query:    privacy.QueryPolicy{p},
		Mutation: privacy.MutationPolicy{caseCreateRule{}, p},
	}
}

// caseCreateRule: a case is opened for an organisation by someone who may
// apply for it (case:create_own for one's own organisation).
type caseCreateRule struct{}

func (caseCreateRule) EvalMutation(ctx context.Context, m ent.Mutation) error {
	cm, ok := m.(*gen.ServiceCaseMutation)
	if !ok || !m.Op().Is(ent.OpCreate) {
		return privacy.Skip
	}
	if err := check(ctx); !isSkip(err) {
		return err
	}
	orgID, _ := cm.OrganizationID()
	return mayCreateFor(ctx, cm.Client(), ObjCase, orgID)
}

// caseRowFilters scope rows that hang off a case (edge service_case): the
// domain's, the applicant organisation's, and self as given.
func caseRowFilters(self func(v *viewer.Viewer) entql.P) rowFilters {
	return rowFilters{
		domainColumn: "domain_id",
		ownOrg: func(v *viewer.Viewer) entql.P {
			return entql.HasEdgeWith("service_case", idIn("organization_id", v.OrgIDs))
		},
		self: self,
	}
}

// CaseSatellitePolicy governs a case's events and notice: read with their
// case, written only by internal/casework as the system.
func CaseSatellitePolicy() ent.Policy {
	p := typePolicy{
		obj:     ObjCase,
		filters: caseRowFilters(func(v *viewer.Viewer) entql.P { return entql.HasEdgeWith("service_case", consultedBy(v)) }),
		read:    []grant{{ActRead, scopeDomain}, {ActReadOwn, scopeOwnOrg}, {anyViewer, scopeSelf}},
	}
	return privacy.Policy{
		Query:    privacy.QueryPolicy{p},
		Mutation: privacy.MutationPolicy{denyIfNoViewer{}, privacy.AlwaysDenyRule()},
	}
}

// ConsultationPolicy: read with the case; a consulted unit sees (and
// answers) only its own consultations.
func ConsultationPolicy() ent.Policy {
	p := typePolicy{
		obj:     ObjCase,
		filters: caseRowFilters(func(v *viewer.Viewer) entql.P { return entql.FieldEQ("assignee_id", v.UserID) }),
		read:    []grant{{ActRead, scopeDomain}, {ActReadOwn, scopeOwnOrg}, {anyViewer, scopeSelf}},
		update:  []grant{{anyViewer, scopeSelf}},
	}
	return privacy.Policy{
		Query:    privacy.QueryPolicy{p},
		Mutation: privacy.MutationPolicy{p},
	}
}

// ServiceItemPolicy: everyone reads their domain's catalogue; admins edit it.
func ServiceItemPolicy() ent.Policy {
	return typePolicy{
		obj:     ObjServiceItem,
		filters: rowFilters{domainColumn: "domain_id"},
		read:    []grant{{ActRead, scopeDomain}},
		create:  []grant{{ActCreate, scopeNone}},
		update:  []grant{{ActUpdate, scopeDomain}},
	}
}

// CalendarPolicy: the national calendar is read by everyone and edited by
// whoever holds calendar:update (platform administrators).
func CalendarPolicy() ent.Policy {
	return typePolicy{
		obj:    ObjCalendar,
		read:   []grant{{anyViewer, scopeNone}},
		create: []grant{{ActUpdate, scopeNone}},
		update: []grant{{ActUpdate, scopeNone}},
		delete: []grant{{ActUpdate, scopeNone}},
	}
}
