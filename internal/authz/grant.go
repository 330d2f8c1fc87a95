package authz

import (
	"context"

	"entgo.io/ent"
	"entgo.io/ent/dialect/sql"
	"entgo.io/ent/entql"

	"hatchery/internal/apperr"
	"hatchery/internal/viewer"
)

// Who may see and change venture grants (internal/grant) and review
// panels (internal/review).
//
//   - fund: funds, their yearly budgets and the append-only ledger. Bureau
//     admins set them up; staff and finance read them. Balances and ledger
//     entries are written only by internal/grant (as the system), never
//     through the generated mutations.
//   - grant_call: calls and their budget lines. Bureau admins and staff
//     set them up and run them; NGO members and experts read published
//     calls of their county (the public page reads as the system).
//   - proposal: proposals, awards, objections. Staff read and decide them;
//     an NGO member reads their own organisation's (read_own) and writes
//     its form through the case; an expert reads only the proposals they
//     are assigned to and have no declared conflict with (scopeSelf).
//   - review: panels, assignments, scores, conflict declarations. Staff
//     manage them; an expert reads and scores their own assignments
//     (read_own / update_own) and never anyone else's.

// FundPolicy governs funds and fund budgets.
func FundPolicy() ent.Policy {
	return typePolicy{
		obj:     ObjFund,
		filters: rowFilters{domainColumn: "domain_id"},
		read:    []grant{{ActRead, scopeDomain}},
		create:  []grant{{ActCreate, scopeNone}},
		update:  []grant{{ActUpdate, scopeDomain}},
	}
}

// LedgerPolicy: ledger entries are read like funds and written only by
// internal/grant with the system's decision; nobody changes or deletes
// one (LedgerAppendOnly refuses it even to the system).
func LedgerPolicy() ent.Policy {
	return typePolicy{
		obj:     ObjFund,
		filters: rowFilters{domainColumn: "domain_id"},
		read:    []grant{{ActRead, scopeDomain}},
	}
}

// GrantCallPolicy governs calls and their budget lines: staff see every
// call of their county; others (read_own) only published ones.
func GrantCallPolicy() ent.Policy {
	return typePolicy{
		obj: ObjGrantCall,
		filters: rowFilters{domainColumn: "domain_id", self: func(*viewer.Viewer) entql.P {
			return entql.FieldEQ("status", "PUBLISHED")
		}},
		read:   []grant{{ActUpdate, scopeDomain}, {ActRead, scopeSelf}},
		create: []grant{{ActCreate, scopeNone}},
		update: []grant{{ActUpdate, scopeDomain}},
	}
}

// GrantCallFundPolicy: a call's budget lines, seen by those who manage calls.
func GrantCallFundPolicy() ent.Policy {
	return typePolicy{
		obj:     ObjGrantCall,
		filters: rowFilters{domainColumn: "domain_id"},
		read:    []grant{{ActUpdate, scopeDomain}, {ActRead, scopeDomain}},
		create:  []grant{{ActUpdate, scopeNone}},
		update:  []grant{{ActUpdate, scopeDomain}},
	}
}

// assignedItems narrows proposals to those the viewer (an expert) holds a
// live assignment of on a grant-call panel and has declared no conflict
// with: one subquery in the same statement, whatever the page.
func assignedItems(v *viewer.Viewer) func(*sql.Selector) {
	return func(s *sql.Selector) {
		a := sql.Table("review_assignments")
		p := sql.Table("review_panels")
		k := sql.Table("conflict_declarations")
		held := sql.Select(a.C("item_id")).From(a).Join(p).On(a.C("panel_id"), p.C("id")).
			Where(sql.And(sql.EQ(a.C("expert_id"), v.UserID), sql.NEQ(a.C("status"), "REMOVED"),
				sql.EQ(p.C("subject_kind"), "grant_call")))
		conflicted := sql.Select(k.C("item_id")).From(k).Where(sql.EQ(k.C("expert_id"), v.UserID))
		s.Where(sql.And(sql.In(s.C("id"), held), sql.NotIn(s.C("id"), conflicted)))
	}
}

// ProposalPolicy governs proposals: staff of the county, the applicant's
// members, and the experts assigned to them.
func ProposalPolicy() ent.Policy {
	return typePolicy{
		obj:     ObjProposal,
		filters: rowFilters{domainColumn: "domain_id", ownOrg: ownOrgColumn, selfSQL: assignedItems},
		read:    []grant{{ActRead, scopeDomain}, {ActReadOwn, scopeOwnOrg}, {ActReadAssigned, scopeSelf}},
		create:  []grant{{ActCreate, scopeNone}},
		update:  []grant{{ActUpdate, scopeDomain}},
	}
}

// AwardPolicy governs awards and objections: staff, and the applicant's
// members reading their own awards.
func AwardPolicy() ent.Policy {
	return typePolicy{
		obj:     ObjProposal,
		filters: rowFilters{domainColumn: "domain_id", ownOrg: ownOrgColumn},
		read:    []grant{{ActRead, scopeDomain}, {ActReadOwn, scopeOwnOrg}},
		create:  []grant{{ActUpdate, scopeNone}},
		update:  []grant{{ActUpdate, scopeDomain}},
	}
}

// ObjectionPolicy: objections are staff's working records.
func ObjectionPolicy() ent.Policy {
	return typePolicy{
		obj:     ObjProposal,
		filters: rowFilters{domainColumn: "domain_id"},
		read:    []grant{{ActUpdate, scopeDomain}},
		create:  []grant{{ActUpdate, scopeNone}},
		update:  []grant{{ActUpdate, scopeDomain}},
	}
}

// ReviewPolicy governs panels: staff manage them; an expert reads the
// panels (their rubric) too.
func ReviewPolicy() ent.Policy {
	return typePolicy{
		obj:     ObjReview,
		filters: rowFilters{domainColumn: "domain_id"},
		read:    []grant{{ActRead, scopeDomain}, {ActReadOwn, scopeDomain}},
		create:  []grant{{ActCreate, scopeNone}},
		update:  []grant{{ActUpdate, scopeDomain}},
		delete:  []grant{{ActUpdate, scopeDomain}},
	}
}

// PanelMemberPolicy governs who sits on a panel: staff see and manage
// every member of their county; an expert sees only their own seat, not
// who else reviews with them.
func PanelMemberPolicy() ent.Policy {
	p := expertsOwnRows()
	p.delete = []grant{{ActUpdate, scopeDomain}} // setPanelReviewers takes members off
	return p
}

// expertColumn narrows to the viewer's own rows as an expert.
func expertColumn(v *viewer.Viewer) entql.P { return entql.FieldEQ("expert_id", v.UserID) }

// ReviewAssignmentPolicy governs assignments and conflict declarations:
// staff see all of their county; an expert only their own.
func ReviewAssignmentPolicy() ent.Policy { return expertsOwnRows() }

// expertsOwnRows is the policy of a panel's rows that name an expert:
// staff read and manage their county's, an expert reads their own.
func expertsOwnRows() typePolicy {
	return typePolicy{
		obj:     ObjReview,
		filters: rowFilters{domainColumn: "domain_id", self: expertColumn},
		read:    []grant{{ActRead, scopeDomain}, {ActReadOwn, scopeSelf}},
		create:  []grant{{ActCreate, scopeNone}},
		update:  []grant{{ActUpdate, scopeDomain}},
	}
}

// LedgerAppendOnly refuses every change and deletion of a ledger entry,
// whoever asks: the ledger is corrected by a new entry, never rewritten.
func LedgerAppendOnly() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if !m.Op().Is(ent.OpCreate) {
				return nil, apperr.New(apperr.Forbidden, "the ledger is append-only: record a new entry instead",
					"台账只能追加，不能修改或删除，请另记一笔")
			}
			return next.Mutate(ctx, m)
		})
	}
}
