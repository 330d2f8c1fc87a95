package authz

import (
	"context"
	"errors"

	"entgo.io/ent"
	"entgo.io/ent/dialect/sql"
	"entgo.io/ent/entql"
	"entgo.io/ent/privacy"

	gen "hatchery/ent"
	"hatchery/ent/activityorganization"
	"hatchery/ent/guidanceofficer"
	"hatchery/ent/officerassignment"
	"hatchery/ent/partyactivity"
	"hatchery/ent/partyvisit"
	"hatchery/internal/apperr"
	"hatchery/internal/documents/owner"
	"hatchery/internal/viewer"
)

// Who may see and change party-building liaison (internal/party).
//
//   - party: party organisations, each organisation's coverage history,
//     guidance officers, their assignments, the county's settings. The
//     comprehensive committee (party_officer) manages them in its county;
//     bureau admins read them; a guidance officer reads the coverage and
//     assignments of the organisations assigned to them now, their own
//     officer record and the county's party organisations (read_assigned);
//     an NGO member reads their own organisation's coverage, branch and
//     officer (read_own).
//   - party_work: visits and follow-ups, activities, volunteers and their
//     point ledger. The committee records and reads all of its county; a
//     guidance officer reads the records of the organisations assigned to
//     them and writes visits and activities for those only (create_own:
//     the check is partyWorkForAssigned); an NGO member reads those
//     recorded for their organisation; a volunteer with an account reads
//     their own points.
//
// "Assigned" is always a live assignment: when an officer hands an
// organisation over, what they could read through it goes with it.

// assignedOrgs is the subquery of the organisations assigned now to the
// guidance officer whose account is v.
func assignedOrgs(v *viewer.Viewer) *sql.Selector {
	a := sql.Table(officerassignment.Table)
	g := sql.Table(guidanceofficer.Table)
	return sql.Select(a.C(officerassignment.FieldOrganizationID)).From(a).
		Join(g).On(a.C(officerassignment.FieldOfficerID), g.C(guidanceofficer.FieldID)).
		Where(sql.And(sql.EQ(g.C(guidanceofficer.FieldUserID), v.UserID), sql.IsNull(a.C(officerassignment.FieldEndOn))))
}

// myOfficerIDs is the subquery of the officer records of v's account.
func myOfficerIDs(v *viewer.Viewer) *sql.Selector {
	g := sql.Table(guidanceofficer.Table)
	return sql.Select(g.C(guidanceofficer.FieldID)).From(g).Where(sql.EQ(g.C(guidanceofficer.FieldUserID), v.UserID))
}

// orgColumnAssigned narrows rows whose column col names an organisation
// assigned to v.
func orgColumnAssigned(col string) func(v *viewer.Viewer) func(*sql.Selector) {
	return func(v *viewer.Viewer) func(*sql.Selector) {
		return func(s *sql.Selector) { s.Where(sql.In(s.C(col), assignedOrgs(v))) }
	}
}

// CoverageReadableOrgs narrows a query of organisations to those whose
// coverage periods and officer assignments the viewer reads under
// PartyCoveragePolicy, for a filter over those rows that privacy does not
// see: the coverage table's form and officer filters are subqueries in the
// organisations' statement, and an account that lists every organisation
// (staff) but guides a few would otherwise learn every organisation's form
// and who guides it. Nil when the viewer reads them all (party:read).
func CoverageReadableOrgs(ctx context.Context) func(*sql.Selector) {
	if can(ctx, ObjParty, ActRead) {
		return nil
	}
	v := viewer.FromContext(ctx)
	assigned, own := v != nil && can(ctx, ObjParty, ActReadAssigned), v != nil && can(ctx, ObjParty, ActReadOwn)
	return func(s *sql.Selector) {
		var ps []*sql.Predicate
		if assigned {
			ps = append(ps, sql.In(s.C("id"), assignedOrgs(v)))
		}
		if own && len(v.OrgIDs) > 0 {
			ps = append(ps, sql.InInts(s.C("id"), v.OrgIDs...))
		}
		if len(ps) == 0 {
			s.Where(sql.False())
			return
		}
		s.Where(sql.Or(ps...))
	}
}

func ownOrgColumnNamed(col string) func(v *viewer.Viewer) entql.P {
	return func(v *viewer.Viewer) entql.P { return idIn(col, v.OrgIDs) }
}

// PartyOrganizationPolicy: the committee manages party organisations;
// officers read the county's; an NGO member reads the branch their
// organisation set up or is covered by now.
func PartyOrganizationPolicy() ent.Policy {
	return typePolicy{
		obj: ObjParty,
		filters: rowFilters{domainColumn: "domain_id", ownOrg: func(v *viewer.Viewer) entql.P {
			return entql.Or(idIn("organization_id", v.OrgIDs),
				entql.HasEdgeWith("coverages", entql.And(idIn("organization_id", v.OrgIDs), entql.FieldNil("end_on"))))
		}},
		read:   []grant{{ActRead, scopeDomain}, {ActReadAssigned, scopeDomain}, {ActReadOwn, scopeOwnOrg}},
		create: []grant{{ActCreate, scopeNone}},
		update: []grant{{ActUpdate, scopeDomain}},
	}
}

// PartyCoveragePolicy governs coverage periods and officer assignments:
// rows that name their organisation.
func PartyCoveragePolicy() ent.Policy {
	return typePolicy{
		obj: ObjParty,
		filters: rowFilters{domainColumn: "domain_id", ownOrg: ownOrgColumnNamed("organization_id"),
			selfSQL: orgColumnAssigned("organization_id")},
		read:   []grant{{ActRead, scopeDomain}, {ActReadAssigned, scopeSelf}, {ActReadOwn, scopeOwnOrg}},
		create: []grant{{ActUpdate, scopeNone}},
		update: []grant{{ActUpdate, scopeDomain}},
	}
}

// GuidanceOfficerPolicy: the committee keeps the roster; an officer reads
// their own record and those of the officers who guided their
// organisations before them (whose visits they read); an NGO member reads
// the officers who have guided their organisation (their name, unit and
// phone are how the organisation reaches them).
func GuidanceOfficerPolicy() ent.Policy {
	return typePolicy{
		obj: ObjParty,
		filters: rowFilters{domainColumn: "domain_id",
			selfSQL: func(v *viewer.Viewer) func(*sql.Selector) {
				return func(s *sql.Selector) {
					a := sql.Table(officerassignment.Table)
					guided := sql.Select(a.C(officerassignment.FieldOfficerID)).From(a).
						Where(sql.In(a.C(officerassignment.FieldOrganizationID), assignedOrgs(v)))
					s.Where(sql.Or(sql.EQ(s.C(guidanceofficer.FieldUserID), v.UserID), sql.In(s.C(guidanceofficer.FieldID), guided)))
				}
			},
			ownOrg: func(v *viewer.Viewer) entql.P {
				return entql.HasEdgeWith("assignments", idIn("organization_id", v.OrgIDs))
			}},
		read:   []grant{{ActRead, scopeDomain}, {ActReadAssigned, scopeSelf}, {ActReadOwn, scopeOwnOrg}},
		create: []grant{{ActCreate, scopeNone}},
		update: []grant{{ActUpdate, scopeDomain}},
	}
}

// PartySettingsPolicy governs the county's settings and point rules: the
// committee's; internal/party reads them as the system where work needs
// them (the load limit, points).
func PartySettingsPolicy() ent.Policy {
	return typePolicy{
		obj:     ObjParty,
		filters: rowFilters{domainColumn: "domain_id"},
		read:    []grant{{ActRead, scopeDomain}},
		create:  []grant{{ActUpdate, scopeNone}},
		update:  []grant{{ActUpdate, scopeDomain}},
	}
}

// PartyVisitPolicy governs visits and their follow-ups.
func PartyVisitPolicy() ent.Policy {
	return typePolicy{
		obj: ObjPartyWork,
		filters: rowFilters{domainColumn: "domain_id", ownOrg: ownOrgColumnNamed("organization_id"),
			selfSQL: orgColumnAssigned("organization_id")},
		read:   []grant{{ActRead, scopeDomain}, {ActReadAssigned, scopeSelf}, {ActReadOwn, scopeOwnOrg}},
		create: []grant{{ActCreate, scopeNone}, {ActCreateOwn, scopeNone}},
		update: []grant{{ActUpdate, scopeDomain}, {ActCreateOwn, scopeSelf}},
		extra:  partyWorkForAssigned,
	}
}

// activitiesAssigned narrows activities to those involving an
// organisation assigned to v, or recorded by v.
func activitiesAssigned(v *viewer.Viewer) func(*sql.Selector) {
	return func(s *sql.Selector) {
		j := sql.Table(activityorganization.Table)
		involved := sql.Select(j.C(activityorganization.FieldActivityID)).From(j).
			Where(sql.In(j.C(activityorganization.FieldOrganizationID), assignedOrgs(v)))
		s.Where(sql.Or(sql.In(s.C(partyactivity.FieldID), involved),
			sql.In(s.C(partyactivity.FieldOfficerID), myOfficerIDs(v))))
	}
}

// PartyActivityPolicy governs activities.
func PartyActivityPolicy() ent.Policy {
	return typePolicy{
		obj: ObjPartyWork,
		filters: rowFilters{domainColumn: "domain_id",
			ownOrg: func(v *viewer.Viewer) entql.P {
				return entql.HasEdgeWith("involvements", idIn("organization_id", v.OrgIDs))
			},
			selfSQL: activitiesAssigned},
		read:   []grant{{ActRead, scopeDomain}, {ActReadAssigned, scopeSelf}, {ActReadOwn, scopeOwnOrg}},
		create: []grant{{ActCreate, scopeNone}, {ActCreateOwn, scopeNone}},
		update: []grant{{ActUpdate, scopeDomain}, {ActCreateOwn, scopeSelf}},
		extra:  partyWorkForAssigned,
	}
}

// ActivityOrganizationPolicy governs the organisations involved in an
// activity: seen by whoever reads a party-work record of the organisation;
// an officer involves only organisations assigned to them.
func ActivityOrganizationPolicy() ent.Policy {
	return typePolicy{
		obj: ObjPartyWork,
		filters: rowFilters{domainColumn: "domain_id", ownOrg: ownOrgColumnNamed("organization_id"),
			selfSQL: orgColumnAssigned("organization_id")},
		read:   []grant{{ActRead, scopeDomain}, {ActReadAssigned, scopeSelf}, {ActReadOwn, scopeOwnOrg}},
		create: []grant{{ActCreate, scopeNone}, {ActCreateOwn, scopeNone}},
		delete: []grant{{ActUpdate, scopeDomain}, {ActCreateOwn, scopeSelf}},
		extra:  partyWorkForAssigned,
	}
}

// PartyVolunteerPolicy governs volunteers: the committee and officers
// (who sign volunteers up to activities) read the county's; a volunteer
// with an account reads their own record.
func PartyVolunteerPolicy() ent.Policy {
	return typePolicy{
		obj: ObjPartyWork,
		filters: rowFilters{domainColumn: "domain_id",
			self: func(v *viewer.Viewer) entql.P { return entql.FieldEQ("user_id", v.UserID) }},
		read:   []grant{{ActRead, scopeDomain}, {ActReadAssigned, scopeDomain}, {anyViewer, scopeSelf}},
		create: []grant{{ActCreate, scopeNone}, {ActCreateOwn, scopeNone}},
		update: []grant{{ActUpdate, scopeDomain}},
	}
}

// VolunteerPointPolicy: the point ledger is read like volunteers (a
// volunteer reads their own lines) and written only by internal/party as
// the system; PointLedgerAppendOnly refuses every change.
func VolunteerPointPolicy() ent.Policy {
	return typePolicy{
		obj: ObjPartyWork,
		filters: rowFilters{domainColumn: "domain_id",
			self: func(v *viewer.Viewer) entql.P {
				return entql.HasEdgeWith("volunteer", entql.FieldEQ("user_id", v.UserID))
			}},
		read: []grant{{ActRead, scopeDomain}, {ActReadAssigned, scopeDomain}, {anyViewer, scopeSelf}},
	}
}

// partyWorkForAssigned: a guidance officer (party_work:create_own without
// create) records visits and activities only for organisations assigned to
// them now, and changes only what they recorded.
func partyWorkForAssigned(ctx context.Context, m ent.Mutation) error {
	if can(ctx, ObjPartyWork, ActCreate) {
		return nil
	}
	v := viewer.FromContext(ctx)
	c := m.(interface{ Client() *gen.Client }).Client()
	var orgs []int
	switch m := m.(type) {
	case *gen.PartyVisitMutation:
		if id, ok := m.OrganizationID(); ok {
			orgs = append(orgs, id)
		}
		if m.Op().Is(ent.OpCreate) {
			if id, ok := m.OfficerID(); !ok || !isMyOfficer(ctx, c, v, id) {
				return deny(apperr.New(apperr.Forbidden, "a visit is recorded under your own name",
					"走访只能以本人名义记录"))
			}
		}
	case *gen.VisitFollowUpMutation:
		if id, ok := m.OrganizationID(); ok {
			orgs = append(orgs, id)
		}
	case *gen.PartyActivityMutation:
		if m.Op().Is(ent.OpCreate) {
			if id, ok := m.OfficerID(); !ok || !isMyOfficer(ctx, c, v, id) {
				return deny(apperr.New(apperr.Forbidden, "an activity is recorded under your own name",
					"活动只能以本人名义记录"))
			}
		}
	case *gen.ActivityOrganizationMutation:
		if id, ok := m.OrganizationID(); ok {
			orgs = append(orgs, id)
		}
	}
	if len(orgs) == 0 {
		return nil
	}
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	n, err := c.OfficerAssignment.Query().Where(officerassignment.OrganizationIDIn(orgs...),
		officerassignment.EndOnIsNil(), officerassignment.HasOfficerWith(guidanceofficer.UserID(v.UserID))).Count(sys)
	if err != nil {
		return err
	}
	if n < len(dedupe(orgs)) {
		return deny(apperr.New(apperr.Forbidden, "you may record visits and activities only for the organisations assigned to you",
			"只能为分配给您的社会组织记录走访和活动").WithReason("NOT_ASSIGNED"))
	}
	return nil
}

func isMyOfficer(ctx context.Context, c *gen.Client, v *viewer.Viewer, officerID int) bool {
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	ok, err := c.GuidanceOfficer.Query().Where(guidanceofficer.ID(officerID), guidanceofficer.UserID(v.UserID)).Exist(sys)
	return err == nil && ok
}

func dedupe(ids []int) []int {
	seen := map[int]bool{}
	out := ids[:0:0]
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// PointLedgerAppendOnly refuses every change and deletion of a point
// entry, whoever asks: a wrong line is corrected by a new one.
func PointLedgerAppendOnly() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if !m.Op().Is(ent.OpCreate) {
				return nil, apperr.New(apperr.Forbidden, "the point ledger is append-only: record a correction instead",
					"积分台账只能追加，请另记一笔更正")
			}
			return next.Mutate(ctx, m)
		})
	}
}

// Photos of visits and activities are documents owned by the visit or the
// activity. Whoever may record the visit or activity may attach to it;
// under document:read_own they are read by whoever reads the record
// through an organisation (its NGO, its officer).
const (
	OwnerPartyVisit    = "party_visit"
	OwnerPartyActivity = "party_activity"
)

type partyRecordOwner struct{ kind string }

func init() {
	owner.Register(OwnerPartyVisit, partyRecordOwner{OwnerPartyVisit})
	owner.Register(OwnerPartyActivity, partyRecordOwner{OwnerPartyActivity})
}

func (k partyRecordOwner) MayAttach(ctx context.Context, c *gen.Client, id int) error {
	v := viewer.FromContext(ctx)
	if v == nil {
		return apperr.ErrUnauthenticated
	}
	var ok bool
	var err error
	switch {
	case k.kind == OwnerPartyVisit && can(ctx, ObjPartyWork, ActUpdate):
		ok, err = c.PartyVisit.Query().Where(partyvisit.ID(id)).Exist(ctx)
	case k.kind == OwnerPartyVisit:
		ok, err = c.PartyVisit.Query().Where(partyvisit.ID(id), partyvisit.HasOfficerWith(guidanceofficer.UserID(v.UserID))).Exist(ctx)
	case can(ctx, ObjPartyWork, ActUpdate):
		ok, err = c.PartyActivity.Query().Where(partyactivity.ID(id)).Exist(ctx)
	default:
		ok, err = c.PartyActivity.Query().Where(partyactivity.ID(id), partyactivity.HasOfficerWith(guidanceofficer.UserID(v.UserID))).Exist(ctx)
	}
	if err != nil && !errors.Is(err, privacy.Deny) {
		return err
	}
	if !ok {
		return apperr.ErrNotFound
	}
	return nil
}

// MayReadAll: a visit's or an activity's photos are party work: across
// the county, only those who read all of it (the committee, the bureau)
// read them, not everyone holding document:read (experts, finance).
func (k partyRecordOwner) MayReadAll(ctx context.Context) bool {
	return can(ctx, ObjPartyWork, ActRead)
}

// ReadableOwn: photos of the visits or activities of the viewer's own
// organisations, or of those assigned to them as a guidance officer.
func (k partyRecordOwner) ReadableOwn(v *viewer.Viewer, ownerID string) *sql.Predicate {
	orgs := append([]int{0}, v.OrgIDs...) // 0: never empty
	if k.kind == OwnerPartyVisit {
		t := sql.Table(partyvisit.Table)
		return sql.In(ownerID, sql.Select(t.C(partyvisit.FieldID)).From(t).Where(sql.Or(
			sql.InInts(t.C(partyvisit.FieldOrganizationID), orgs...),
			sql.In(t.C(partyvisit.FieldOrganizationID), assignedOrgs(v)))))
	}
	j := sql.Table(activityorganization.Table)
	return sql.In(ownerID, sql.Select(j.C(activityorganization.FieldActivityID)).From(j).Where(sql.Or(
		sql.InInts(j.C(activityorganization.FieldOrganizationID), orgs...),
		sql.In(j.C(activityorganization.FieldOrganizationID), assignedOrgs(v)))))
}
