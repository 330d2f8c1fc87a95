// Package registry holds the rules of the organisation registry that must
// hold whatever the entry point: a clean USCC unique within its domain, a
// valid set of service fields, and memberships that stay inside one domain.
package registry

import (
	"context"
	"strings"

	"entgo.io/ent/privacy"

	gen "hatchery/ent"
	"hatchery/ent/organization"
	"hatchery/ent/user"
	"hatchery/internal/apperr"
	"hatchery/internal/orgtype"
	"hatchery/internal/uscc"
)

// NormalizeOrganization trims and upper-cases the USCC (people paste codes
// with spaces and lower case), trims the name, and de-duplicates service fields,
// rejecting unknown ones. It runs before ent's field validators.
func NormalizeOrganization() gen.Hook {
	return func(next gen.Mutator) gen.Mutator {
		return gen.MutateFunc(func(ctx context.Context, m gen.Mutation) (gen.Value, error) {
			om, ok := m.(*gen.OrganizationMutation)
			if !ok {
				return next.Mutate(ctx, m)
			}
			if code, ok := om.Uscc(); ok {
				om.SetUscc(uscc.Normalize(code))
			}
			if name, ok := om.Name(); ok {
				om.SetName(strings.TrimSpace(name))
			}
			if fields, ok := om.ServiceFields(); ok {
				clean, err := cleanFields(fields)
				if err != nil {
					return nil, err
				}
				om.SetServiceFields(clean)
			}
			if fields, ok := om.AppendedServiceFields(); ok {
				if _, err := cleanFields(fields); err != nil {
					return nil, err
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}

func cleanFields(fields []orgtype.ServiceField) ([]orgtype.ServiceField, error) {
	seen := map[orgtype.ServiceField]bool{}
	out := make([]orgtype.ServiceField, 0, len(fields))
	for _, f := range fields {
		if !f.Valid() {
			return nil, apperr.Invalidf("serviceFields", "%q is not a service field", "“%s”不是有效的服务领域", f)
		}
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out, nil
}

// ErrDuplicateUSCC is returned when another organisation of the domain has the code.
var ErrDuplicateUSCC = apperr.New(apperr.Conflict,
	"another organisation in this county already has this unified social credit code",
	"本区县已有其他组织使用该统一社会信用代码").OnField("uscc")

// UniqueUSCC gives a clear error when the USCC is taken in the domain. The
// unique index (domain_id, uscc) still guards against two racing creates.
func UniqueUSCC() gen.Hook {
	return func(next gen.Mutator) gen.Mutator {
		return gen.MutateFunc(func(ctx context.Context, m gen.Mutation) (gen.Value, error) {
			om, ok := m.(*gen.OrganizationMutation)
			if !ok {
				return next.Mutate(ctx, m)
			}
			code, ok := om.Uscc()
			if !ok || !m.Op().Is(gen.OpCreate|gen.OpUpdateOne) {
				return next.Mutate(ctx, m)
			}
			// The check must see every organisation of the domain, including
			// ones the viewer cannot read (an NGO member sees only their own).
			sys := privacy.DecisionContext(ctx, privacy.Allow)
			var domainID int
			if d, ok := om.DomainID(); ok {
				domainID = d
			} else if id, ok := om.ID(); ok {
				// The organisation as the viewer reads it: another county's
				// is the update's NOT_FOUND, never a check of its codes
				// (which would tell whether a code is registered there).
				o, err := om.Client().Organization.Get(ctx, id)
				if err != nil {
					return next.Mutate(ctx, m) // the update itself will report it
				}
				domainID = o.DomainID
			}
			q := om.Client().Organization.Query().Where(organization.DomainID(domainID), organization.Uscc(code))
			if id, ok := om.ID(); ok {
				q = q.Where(organization.IDNEQ(id))
			}
			taken, err := q.Exist(sys)
			if err != nil {
				return nil, err
			}
			if taken {
				return nil, ErrDuplicateUSCC
			}
			return next.Mutate(ctx, m)
		})
	}
}

// MembershipSameDomain refuses to link a user and an organisation of
// different domains, or either to a domain other than the membership's.
func MembershipSameDomain() gen.Hook {
	return func(next gen.Mutator) gen.Mutator {
		return gen.MutateFunc(func(ctx context.Context, m gen.Mutation) (gen.Value, error) {
			mm, ok := m.(*gen.MembershipMutation)
			if !ok || !m.Op().Is(gen.OpCreate) {
				return next.Mutate(ctx, m)
			}
			domainID, _ := mm.DomainID()
			userID, _ := mm.UserID()
			orgID, _ := mm.OrganizationID()
			sys := privacy.DecisionContext(ctx, privacy.Allow)
			userOK, err := mm.Client().User.Query().Where(user.ID(userID), user.DomainID(domainID)).Exist(sys)
			if err != nil {
				return nil, err
			}
			orgOK, err := mm.Client().Organization.Query().Where(organization.ID(orgID), organization.DomainID(domainID)).Exist(sys)
			if err != nil {
				return nil, err
			}
			if !userOK || !orgOK {
				return nil, apperr.New(apperr.BadUserInput,
					"the user and the organisation must both belong to your county",
					"用户和组织必须属于本区县")
			}
			return next.Mutate(ctx, m)
		})
	}
}
