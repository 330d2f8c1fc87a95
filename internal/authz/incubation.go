package authz

import (
	"context"

	"entgo.io/ent"
	"entgo.io/ent/entql"
	"entgo.io/ent/privacy"

	gen "hatchery/ent"
	"hatchery/ent/organization"
	"hatchery/internal/viewer"
)

// Who may see and change the incubation programme (internal/incubation).
//
//   - incubation: a centre's set-up (the centre, its spaces, its maturity
//     criteria). Staff of the domain read and manage it; NGO members read
//     it (a centre's name and rooms are what an offer names).
//   - tenancy: everything about an organisation's stay — tenancies and
//     their parts (seats, plan, services, extensions, assessments, alumni
//     reports), waitlist entries, offers and admission assessments. Staff
//     and bureau admins manage them in their domain; party officers read
//     them (party-building coverage); an NGO member reads their own
//     organisation's (tenancy:read_own). What an NGO member may change
//     (answering an offer, an alumni report) internal/incubation checks
//     with tenancy:update_own and writes as the system.

// IncubationConfigPolicy governs centres, spaces and maturity criteria.
func IncubationConfigPolicy() ent.Policy {
	return typePolicy{
		obj:     ObjIncubation,
		filters: rowFilters{domainColumn: "domain_id"},
		read:    []grant{{ActRead, scopeDomain}},
		create:  []grant{{ActCreate, scopeNone}},
		update:  []grant{{ActUpdate, scopeDomain}},
	}
}

// ownOrgColumn narrows to rows whose organization_id is one of the viewer's.
func ownOrgColumn(v *viewer.Viewer) entql.P { return idIn("organization_id", v.OrgIDs) }

// TenancyPolicy governs tenancies, waitlist entries and offers: rows that
// name their organisation.
func TenancyPolicy() ent.Policy {
	return typePolicy{
		obj:     ObjTenancy,
		filters: rowFilters{domainColumn: "domain_id", ownOrg: ownOrgColumn},
		read:    []grant{{ActRead, scopeDomain}, {ActReadOwn, scopeOwnOrg}},
		create:  []grant{{ActCreate, scopeNone}},
		update:  []grant{{ActUpdate, scopeDomain}},
	}
}

// TenancyPartPolicy governs the rows that hang off a tenancy (edge
// "tenancy"): read with their tenancy; written by staff.
func TenancyPartPolicy() ent.Policy {
	return typePolicy{
		obj: ObjTenancy,
		filters: rowFilters{domainColumn: "domain_id", ownOrg: func(v *viewer.Viewer) entql.P {
			return entql.HasEdgeWith("tenancy", ownOrgColumn(v))
		}},
		read:   []grant{{ActRead, scopeDomain}, {ActReadOwn, scopeOwnOrg}},
		create: []grant{{ActCreate, scopeNone}},
		update: []grant{{ActUpdate, scopeDomain}},
		delete: []grant{{ActUpdate, scopeDomain}},
	}
}

// AdmissionAssessmentPolicy: staff's working assessment of an admission
// case, read and written by staff only — those who may change tenancies.
// tenancy:read alone is not enough: the party committee reads tenancies
// for its coverage work, not staff's scores and comments on an applicant.
func AdmissionAssessmentPolicy() ent.Policy {
	return typePolicy{
		obj:     ObjTenancy,
		filters: rowFilters{domainColumn: "domain_id"},
		read:    []grant{{ActUpdate, scopeDomain}},
		create:  []grant{{ActCreate, scopeNone}},
		update:  []grant{{ActUpdate, scopeDomain}},
	}
}

// MayActForOrganization reports whether the viewer may change tenancy
// records of organisation orgID: staff of its domain (tenancy:update) or
// one of its members holding tenancy:update_own. internal/incubation asks
// before it writes an NGO's answer as the system.
func MayActForOrganization(ctx context.Context, c *gen.Client, orgID int) bool {
	v := viewer.FromContext(ctx)
	if v == nil {
		return false
	}
	if can(ctx, ObjTenancy, ActUpdateOwn) && v.MemberOf(orgID) {
		return true
	}
	if !can(ctx, ObjTenancy, ActUpdate) {
		return false
	}
	if crossDomain(ctx) {
		return true
	}
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	ok, err := c.Organization.Query().
		Where(organization.ID(orgID), organization.DomainID(v.DomainID)).Exist(sys)
	return err == nil && ok
}
