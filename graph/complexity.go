package graph

import (
	"entgo.io/contrib/entgql"

	"hatchery/ent"
)

// membershipsEstimate is what an organisation's member list is assumed to
// cost as a multiple of one member: the list is not paginated.
const membershipsEstimate = 10

// pageCost is a connection's complexity: its page size times what each row asks for.
func pageCost(child int, first, last *int) int {
	n := DefaultPage
	if first != nil {
		n = *first
	} else if last != nil {
		n = *last
	}
	if n < 1 {
		n = 1
	}
	return 1 + n*child
}

// complexity makes the complexity limit count rows, not fields: a page of
// 200 organisations costs 200 times one organisation.
func complexity() ComplexityRoot {
	var c ComplexityRoot
	c.Query.Organizations = func(child int, _ *entgql.Cursor[int], first *int, _ *entgql.Cursor[int], last *int, _ *ent.OrganizationOrder, _ *ent.OrganizationWhereInput) int {
		return pageCost(child, first, last)
	}
	c.Query.Users = func(child int, _ *entgql.Cursor[int], first *int, _ *entgql.Cursor[int], last *int, _ *ent.UserOrder, _ *ent.UserWhereInput) int {
		return pageCost(child, first, last)
	}
	c.Query.AuditLogs = func(child int, _ *entgql.Cursor[int], first *int, _ *entgql.Cursor[int], last *int, _ *ent.AuditLogOrder, _ *ent.AuditLogWhereInput) int {
		return pageCost(child, first, last)
	}
	c.Query.Domains = func(child int, _ *entgql.Cursor[int], first *int, _ *entgql.Cursor[int], last *int, _ *ent.DomainOrder, _ *ent.DomainWhereInput) int {
		return pageCost(child, first, last)
	}
	c.Query.RoleAssignments = func(child int, _ *entgql.Cursor[int], first *int, _ *entgql.Cursor[int], last *int, _ *ent.RoleAssignmentOrder, _ *ent.RoleAssignmentWhereInput) int {
		return pageCost(child, first, last)
	}
	c.Query.Nodes = func(child int, ids []int) int { return 1 + len(ids)*child }
	c.Organization.Memberships = func(child int) int { return 1 + membershipsEstimate*child }
	return c
}
