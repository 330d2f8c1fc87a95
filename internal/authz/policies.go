package authz

import (
	"entgo.io/ent"
	"entgo.io/ent/entql"
	"entgo.io/ent/privacy"

	"hatchery/internal/viewer"
)

// anyViewer marks a grant every authenticated viewer holds without a role.
const anyViewer = ""

// idIn matches rows whose col is one of ids (none when ids is empty).
func idIn(col string, ids []int) entql.P {
	if len(ids) == 0 {
		return entql.FieldEQ(col, 0) // ids start at 1: matches nothing
	}
	vs := make([]any, len(ids))
	for i, id := range ids {
		vs[i] = id
	}
	return entql.FieldIn(col, vs...)
}

// DomainEntityPolicy governs Domain rows: everyone sees their own domain;
// only platform admins create or change domains.
func DomainEntityPolicy() ent.Policy {
	f := rowFilters{domainColumn: "id", everyDomainWhenActing: true}
	return typePolicy{
		obj:     ObjDomain,
		filters: f,
		read:    []grant{{ActRead, scopeDomain}, {anyViewer, scopeDomain}},
		create:  []grant{{ActCreate, scopeNone}},
		update:  []grant{{ActUpdate, scopeDomain}},
	}
}

// UserPolicy: staff read users of their domain; anyone reads themselves and
// the fellow members of their organisations. An update (profile, status,
// password) also needs every right the account holds (accounts.go).
func UserPolicy() ent.Policy {
	f := rowFilters{
		domainColumn: "domain_id",
		self: func(v *viewer.Viewer) entql.P {
			return entql.Or(entql.FieldEQ("id", v.UserID),
				entql.HasEdgeWith("memberships", idIn("organization_id", v.OrgIDs)))
		},
	}
	return typePolicy{
		obj:     ObjUser,
		filters: f,
		read:    []grant{{ActRead, scopeDomain}, {anyViewer, scopeSelf}},
		create:  []grant{{ActCreate, scopeNone}},
		update:  []grant{{ActUpdate, scopeDomain}},
		extra:   guardUserUpdate,
	}
}

// RoleAssignmentPolicy: admins manage assignments of their domain; anyone
// reads their own. Granting a role needs every right the role carries, and
// granting or revoking needs every right the account holds (accounts.go):
// only a viewer acting across domains grants or revokes PLATFORM_ADMIN.
func RoleAssignmentPolicy() ent.Policy {
	f := rowFilters{
		domainColumn: "domain_id",
		self:         func(v *viewer.Viewer) entql.P { return entql.FieldEQ("user_id", v.UserID) },
	}
	return typePolicy{
		obj:     ObjRoleAssignment,
		filters: f,
		read:    []grant{{ActRead, scopeDomain}, {anyViewer, scopeSelf}},
		create:  []grant{{ActCreate, scopeNone}},
		delete:  []grant{{ActDelete, scopeDomain}},
		extra:   guardRoleChange,
	}
}

// OrganizationPolicy: staff see and edit every organisation of their domain;
// an NGO member only their own.
func OrganizationPolicy() ent.Policy {
	f := rowFilters{
		domainColumn: "domain_id",
		ownOrg:       func(v *viewer.Viewer) entql.P { return idIn("id", v.OrgIDs) },
		// A guidance officer reads the organisations assigned to them now.
		selfSQL: orgColumnAssigned("id"),
	}
	return typePolicy{
		obj:     ObjOrganization,
		filters: f,
		read:    []grant{{ActRead, scopeDomain}, {ActReadOwn, scopeOwnOrg}, {ActReadAssigned, scopeSelf}},
		create:  []grant{{ActCreate, scopeNone}},
		update:  []grant{{ActUpdate, scopeDomain}, {ActUpdateOwn, scopeOwnOrg}},
		delete:  []grant{{ActDelete, scopeDomain}},
		extra:   guardOwnOrgUpdate,
	}
}

// OrganizationTallyPolicy: a domain's organisation counts are read by those
// who read every organisation of the domain (organization:read, the widest
// grant of OrganizationPolicy), narrowed to their domain as the
// organisations are, so a count from the tallies is the count of the rows
// that viewer's organisation list shows. Nobody writes them: the
// database's triggers do.
func OrganizationTallyPolicy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{typePolicy{
			obj:     ObjOrganization,
			filters: rowFilters{domainColumn: "domain_id"},
			read:    []grant{{ActRead, scopeDomain}},
		}},
		Mutation: privacy.MutationPolicy{denyIfNoViewer{}, privacy.AlwaysDenyRule()},
	}
}

// MembershipPolicy: staff see memberships of their domain; an NGO member sees
// those of their own organisations; anyone sees their own.
func MembershipPolicy() ent.Policy {
	f := rowFilters{
		domainColumn: "domain_id",
		ownOrg:       func(v *viewer.Viewer) entql.P { return idIn("organization_id", v.OrgIDs) },
		self:         func(v *viewer.Viewer) entql.P { return entql.FieldEQ("user_id", v.UserID) },
	}
	return typePolicy{
		obj:     ObjMembership,
		filters: f,
		read:    []grant{{ActRead, scopeDomain}, {ActReadOwn, scopeOwnOrg}, {anyViewer, scopeSelf}},
		create:  []grant{{ActCreate, scopeNone}},
		delete:  []grant{{ActDelete, scopeDomain}},
	}
}

// AuditLogPolicy: admins read the trail of their domain; rows are written
// only by the audit hook (with a privacy.Allow decision) and never changed.
func AuditLogPolicy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{typePolicy{
			obj:     ObjAuditLog,
			filters: rowFilters{domainColumn: "domain_id"},
			read:    []grant{{ActRead, scopeDomain}},
		}},
		Mutation: privacy.MutationPolicy{denyIfNoViewer{}, privacy.AlwaysDenyRule()},
	}
}
