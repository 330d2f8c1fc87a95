package party

import (
	"cmp"
	"context"
	"errors"
	"strings"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/dialect/sql"
	"entgo.io/ent/privacy"

	gen "hatchery/ent"
	"hatchery/ent/guidanceofficer"
	"hatchery/ent/officerassignment"
	"hatchery/ent/organization"
	"hatchery/ent/partycoverage"
	"hatchery/ent/partyorganization"
	"hatchery/ent/partyvisit"
	"hatchery/ent/predicate"
	"hatchery/internal/authz"
	"hatchery/internal/fanout"
	"hatchery/internal/selection"
	"hatchery/internal/viewer"
)

// counted is the organisations coverage counts: all but deregistered ones.
// The statement cache writes the status into the statement (internal/db's
// reshape), so a platform admin's page binds nothing and PostgreSQL plans it
// once a connection: bound, it planned the page anew each time.
func counted() predicate.Organization {
	return organization.StatusNEQ(organization.StatusDEREGISTERED)
}

// withForm narrows organisations to those whose current form is f (no
// recorded period counts as UNCOVERED): one subquery, in the page's
// statement.
func withForm(f partycoverage.Form) func(*sql.Selector) {
	return func(s *sql.Selector) {
		t := sql.Table(partycoverage.Table)
		if f == partycoverage.FormUNCOVERED {
			covered := sql.Select(t.C(partycoverage.FieldOrganizationID)).From(t).Where(sql.And(
				sql.IsNull(t.C(partycoverage.FieldEndOn)), sql.NEQ(t.C(partycoverage.FieldForm), string(partycoverage.FormUNCOVERED))))
			s.Where(sql.NotIn(s.C(organization.FieldID), covered))
			return
		}
		with := sql.Select(t.C(partycoverage.FieldOrganizationID)).From(t).Where(sql.And(
			sql.IsNull(t.C(partycoverage.FieldEndOn)), sql.EQ(t.C(partycoverage.FieldForm), string(f))))
		s.Where(sql.In(s.C(organization.FieldID), with))
	}
}

// withOfficer narrows organisations to those officer id guides now.
func withOfficer(id int) func(*sql.Selector) {
	return func(s *sql.Selector) {
		t := sql.Table(officerassignment.Table)
		s.Where(sql.In(s.C(organization.FieldID), sql.Select(t.C(officerassignment.FieldOrganizationID)).From(t).
			Where(sql.And(sql.EQ(t.C(officerassignment.FieldOfficerID), id), sql.IsNull(t.C(officerassignment.FieldEndOn))))))
	}
}

// narrow applies the coverage table's filter f to q and reports whether
// any part of it narrowed the table (a blank town or search does not). A
// filter by form or officer keeps to the organisations whose coverage the
// viewer reads (authz.CoverageReadableOrgs): the rows show nothing of the
// others' coverage, and the filter must not tell it either.
func narrow(ctx context.Context, q *gen.OrganizationQuery, f *CoverageFilter) (narrowed bool) {
	if f == nil {
		return false
	}
	if f.Form != nil || f.OfficerID != nil {
		if p := authz.CoverageReadableOrgs(ctx); p != nil {
			q.Where(p)
		}
	}
	if f.Form != nil {
		q.Where(withForm(*f.Form))
		narrowed = true
	}
	if f.Town != nil && *f.Town != "" {
		q.Where(organization.Town(*f.Town))
		narrowed = true
	}
	if f.Kind != nil {
		q.Where(organization.KindEQ(*f.Kind))
		narrowed = true
	}
	if f.Search != nil && strings.TrimSpace(*f.Search) != "" {
		t := strings.TrimSpace(*f.Search)
		q.Where(organization.Or(organization.NameContains(t), organization.UsccContains(strings.ToUpper(t))))
		narrowed = true
	}
	if f.OfficerID != nil {
		q.Where(withOfficer(*f.OfficerID))
		narrowed = true
	}
	return narrowed
}

// CoverageTable is a page of the organisations the viewer may read (the
// committee: its county; an officer: theirs; an NGO member: their own),
// by name, each with its form, branch, officer and last visit. A page
// costs the same six statements whatever its size: the page and its total,
// then one each for coverages, branches, live assignments with officers
// and last visits of the page's organisations. Read with the pool's
// client, the page and its total, then the three parts, are read side by
// side when the server has time to spare (internal/fanout). The total of
// the whole table, for a viewer who reads every organisation of their
// domain (or of every domain), is the sum of the domain's tallies, a few
// rows whatever the county's size; a filtered table, or an officer's or a
// member's, counts its rows.
//
// cols are the columns the caller will read of each row's parts (the table
// adds those it needs itself); a nil part is read whole. The rest are left
// zero, so a caller passes them only when it knows what it reads.
func (s *Service) CoverageTable(ctx context.Context, c *gen.Client, after *gen.Cursor, first *int, f *CoverageFilter, cols CoverageColumns) (*CoverageConnection, error) {
	// Up front, not only when a row's parts are read: a query asking for
	// the total or the page info alone reads no part, and would otherwise
	// count the organisations for a viewer who may not read the table.
	if !mayReadParty(ctx) {
		return nil, forbidden("the coverage table is for the party committee, guidance officers and organisations' own members",
			"党建覆盖情况仅对综合党委、党建工作指导员和本组织成员开放")
	}
	q := c.Organization.Query().Where(counted())
	if cols.Organization != nil {
		// The page orders by name (the pager adds it) and keys rows by id.
		q.Select(selection.Columns(cols.Organization, organization.FieldID)...)
	}
	narrowed := narrow(ctx, q, f)
	order := gen.WithOrganizationOrder(&gen.OrganizationOrder{Direction: entgql.OrderDirectionAsc, Field: gen.OrganizationOrderFieldName})
	// The whole table's total is the sum of the domain's tallies when the
	// viewer reads every organisation of it: the pager then reads the page
	// alone instead of counting every organisation on each request.
	pageCtx, totalAsked, ok := pageOnly(ctx)
	if !ok || narrowed || !authz.Can(ctx, authz.ObjOrganization, authz.ActRead) {
		pageCtx, totalAsked = ctx, false
	}
	// The tallies do not depend on the page: the two are read side by side.
	var (
		page            *gen.OrganizationConnection
		total           int
		errPage, errTot error
	)
	fanout.Do(totalAsked && s.pooled(c), func() {
		page, errPage = q.Paginate(pageCtx, after, first, nil, nil, order)
	}, func() {
		if totalAsked {
			total, errTot = tallied(ctx, c)
		}
	})
	if err := cmp.Or(errPage, errTot); err != nil {
		return nil, err
	}
	if totalAsked {
		page.TotalCount = total
	}
	orgs := make([]*gen.Organization, 0, len(page.Edges))
	for _, e := range page.Edges {
		orgs = append(orgs, e.Node)
	}
	rows, err := s.rowsFor(ctx, c, orgs, cols)
	if err != nil {
		return nil, err
	}
	out := &CoverageConnection{PageInfo: page.PageInfo, TotalCount: page.TotalCount}
	for i, e := range page.Edges {
		out.Edges = append(out.Edges, &CoverageEdge{Cursor: e.Cursor, Node: rows[i]})
	}
	return out, nil
}

// CoverageColumns are the columns a caller of CoverageTable reads of each
// row's organisation, branch, assignment and the assignment's officer; nil
// for a part means every column.
type CoverageColumns struct {
	Organization, Branch, Assignment, Officer []string
}

// rowsFor builds the coverage rows of orgs with a fixed number of queries,
// read as the viewer (privacy narrows what they see of each part). Of a
// coverage period it reads only what a row shows; of the other parts, the
// columns cols names.
func (s *Service) rowsFor(ctx context.Context, c *gen.Client, orgs []*gen.Organization, cols CoverageColumns) ([]*CoverageRow, error) {
	rows := make([]*CoverageRow, len(orgs))
	if len(orgs) == 0 {
		return rows, nil
	}
	ids := make([]int, len(orgs))
	for i, o := range orgs {
		ids[i] = o.ID
	}
	covq := c.PartyCoverage.Query().Where(partycoverage.OrganizationIDIn(ids...), partycoverage.EndOnIsNil()).
		Select(partycoverage.FieldID, partycoverage.FieldOrganizationID, partycoverage.FieldForm,
			partycoverage.FieldStartOn, partycoverage.FieldPartyOrganizationID).
		WithPartyOrganization(func(q *gen.PartyOrganizationQuery) {
			if cols.Branch != nil {
				q.Select(selection.Columns(cols.Branch, partyorganization.FieldID)...)
			}
		})
	live := c.OfficerAssignment.Query().Where(officerassignment.OrganizationIDIn(ids...), officerassignment.EndOnIsNil()).
		WithOfficer(func(q *gen.GuidanceOfficerQuery) {
			if cols.Officer != nil {
				q.Select(selection.Columns(cols.Officer, guidanceofficer.FieldID)...)
			}
		})
	if cols.Assignment != nil {
		live.Select(selection.Columns(cols.Assignment, officerassignment.FieldID,
			officerassignment.FieldOrganizationID, officerassignment.FieldOfficerID)...)
	}
	since := s.today().AddDate(-1, 0, 0)
	visq := c.PartyVisit.Query().Where(partyvisit.OrganizationIDIn(ids...), partyvisit.VisitedOnGTE(since)).
		Select(partyvisit.FieldOrganizationID, partyvisit.FieldVisitedOn)
	// The three parts depend only on the page: read side by side.
	var (
		covs                   []*gen.PartyCoverage
		asgs                   []*gen.OfficerAssignment
		visits                 []*gen.PartyVisit
		errCov, errAsg, errVis error
	)
	fanout.Do(s.pooled(c), func() {
		covs, errCov = covq.All(ctx)
	}, func() {
		asgs, errAsg = live.All(ctx)
	}, func() {
		// A viewer who may not read visits sees none.
		if visits, errVis = visq.All(ctx); errors.Is(errVis, privacy.Deny) {
			visits, errVis = nil, nil
		}
	})
	if err := cmp.Or(errCov, errAsg, errVis); err != nil {
		return nil, err
	}
	byCov := map[int]*gen.PartyCoverage{}
	for _, p := range covs {
		byCov[p.OrganizationID] = p
	}
	byAsg := map[int]*gen.OfficerAssignment{}
	for _, a := range asgs {
		byAsg[a.OrganizationID] = a
	}
	last := map[int]*gen.PartyVisit{}
	for _, v := range visits {
		if l := last[v.OrganizationID]; l == nil || v.VisitedOn.After(l.VisitedOn) {
			last[v.OrganizationID] = v
		}
	}
	for i, o := range orgs {
		r := &CoverageRow{ID: o.ID, Organization: o, Form: partycoverage.FormUNCOVERED, Assignment: byAsg[o.ID]}
		if p := byCov[o.ID]; p != nil {
			r.Form, r.Since, r.PartyOrganization = p.Form, &p.StartOn, p.Edges.PartyOrganization
		}
		if v := last[o.ID]; v != nil {
			r.LastVisitOn = &v.VisitedOn
		}
		rows[i] = r
	}
	return rows, nil
}

// mayReadCoverageOf reports whether the viewer reads organisation org's
// party-building status: the committee and bureau admins (party:read),
// its own members, or its officer now.
func mayReadCoverageOf(ctx context.Context, c *gen.Client, org *gen.Organization) (bool, error) {
	v := viewer.FromContext(ctx)
	switch {
	case v == nil:
		return false, nil
	case authz.Can(ctx, authz.ObjParty, authz.ActRead):
		return true, nil
	case authz.Can(ctx, authz.ObjParty, authz.ActReadOwn) && v.MemberOf(org.ID):
		return true, nil
	case authz.Can(ctx, authz.ObjParty, authz.ActReadAssigned):
		return c.OfficerAssignment.Query().Where(assignmentLive(org.ID)...).Exist(ctx)
	}
	return false, nil
}

// Status is organisation org's party-building status for its record; nil
// for a viewer who may not read it.
func (s *Service) Status(ctx context.Context, c *gen.Client, org *gen.Organization) (*Status, error) {
	if ok, err := mayReadCoverageOf(ctx, c, org); err != nil || !ok {
		return nil, err
	}
	rows, err := s.rowsFor(ctx, c, []*gen.Organization{org}, CoverageColumns{})
	if err != nil {
		return nil, err
	}
	r := rows[0]
	st := &Status{Form: r.Form, Since: r.Since, PartyOrganization: r.PartyOrganization, Uncovered: r.Form == partycoverage.FormUNCOVERED}
	if r.Assignment != nil {
		st.Officer = r.Assignment.Edges.Officer
	}
	return st, nil
}

// CoverageHistory lists organisation orgID's coverage periods, the latest
// first, as the viewer may read them.
func (s *Service) CoverageHistory(ctx context.Context, c *gen.Client, orgID int) ([]*gen.PartyCoverage, error) {
	return c.PartyCoverage.Query().Where(partycoverage.OrganizationID(orgID)).WithPartyOrganization().
		Order(partycoverage.ByStartOn(sql.OrderDesc()), partycoverage.ByID(sql.OrderDesc())).Limit(200).All(ctx)
}

// AssignmentHistory lists organisation orgID's officer assignments, the
// latest first.
func (s *Service) AssignmentHistory(ctx context.Context, c *gen.Client, orgID int) ([]*gen.OfficerAssignment, error) {
	return c.OfficerAssignment.Query().Where(officerassignment.OrganizationID(orgID)).WithOfficer().
		Order(officerassignment.ByStartOn(sql.OrderDesc()), officerassignment.ByID(sql.OrderDesc())).Limit(200).All(ctx)
}

// OfficerAssignments lists officer id's assignments (live ones unless
// all), the latest first, with their organisations.
func (s *Service) OfficerAssignments(ctx context.Context, c *gen.Client, id int, all bool) ([]*gen.OfficerAssignment, error) {
	q := c.OfficerAssignment.Query().Where(officerassignment.OfficerID(id))
	if !all {
		q.Where(officerassignment.EndOnIsNil())
	}
	return q.WithOrganization().Order(officerassignment.ByStartOn(sql.OrderDesc()), officerassignment.ByID(sql.OrderDesc())).Limit(200).All(ctx)
}
