package graph_test

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/vektah/gqlparser/v2/ast"

	"hatchery/graph"
	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// filterable is the reviewed decision, per where input, of the fields a
// client may filter on (GraphQL names; ent/schema's Filters annotations make
// it so). Each is a field of the object type that every viewer who can read
// the row may read, and a screen of the web app uses it. Change it only
// together with the schema, after deciding the new filter leaks nothing.
var filterable = map[string][]string{
	"AuditLogWhereInput":        {"id", "actorID", "operation", "entityType", "entityID", "createdAt"},
	"CalendarDayWhereInput":     {"id", "date", "workday"},
	"CaseWhereInput":            {"id", "number", "title", "state", "serviceItemID", "organizationID", "followUp", "dueOn", "submittedAt", "closedAt"},
	"ConsultationWhereInput":    {"id", "answer", "assigneeID"},
	"DocumentWhereInput":        {"id", "category", "expiresOn", "deletedAt"},
	"DocumentVersionWhereInput": {"id"},
	"DomainWhereInput":          {"id"},
	"MembershipWhereInput":      {"id"},
	// serviceField is hand-written (graph/registry.graphqls): one of serviceFields.
	"OrganizationWhereInput":   {"id", "name", "uscc", "kind", "stage", "status", "town", "registeredOn", "serviceField"},
	"RoleAssignmentWhereInput": {"id"},
	"ServiceItemWhereInput":    {"id", "code", "name", "active"},
	"UserWhereInput":           {"id", "username", "displayName", "status"},
	// Incubation: the board, tenant list and waitlist filters.
	"IncubationCentreWhereInput": {"id", "active"},
	"IncubationSpaceWhereInput":  {"id", "kind", "maintenance"},
	"SpaceOfferWhereInput":       {"id", "status"},
	"TenancyWhereInput":          {"id", "status", "stage", "virtual", "centreID", "organizationID"},
	"WaitlistEntryWhereInput":    {"id", "status", "centreID"},
	// Venture grants: the fund, ledger, call, proposal and award lists;
	// expert review: the assignment queue.
	"AwardWhereInput":            {"id", "callID", "organizationID", "status"},
	"FundWhereInput":             {"id", "kind", "active"},
	"FundBudgetWhereInput":       {"id", "fundID", "year"},
	"GrantCallWhereInput":        {"id", "year", "status"},
	"LedgerEntryWhereInput":      {"id", "fundBudgetID", "kind", "callID"},
	"ProposalWhereInput":         {"id", "callID", "caseID", "organizationID", "category", "status"},
	"ReviewAssignmentWhereInput": {"id", "status"},
	// Party-building: the coverage, roster, visit, activity and volunteer
	// lists (what a viewer reads of a row is theirs to filter on).
	"PartyOrganizationWhereInput":    {"id", "kind", "organizationID", "parentID"},
	"PartyCoverageWhereInput":        {"id", "form", "organizationID"},
	"GuidanceOfficerWhereInput":      {"id", "active"},
	"OfficerAssignmentWhereInput":    {"id", "officerID", "organizationID"},
	"PartySettingsWhereInput":        {"id"},
	"PartyPointRuleWhereInput":       {"id"},
	"PartyVisitWhereInput":           {"id", "organizationID", "officerID", "visitedOn"},
	"VisitFollowUpWhereInput":        {"id", "officerID", "organizationID"},
	"PartyActivityWhereInput":        {"id", "type", "heldOn"},
	"ActivityOrganizationWhereInput": {"id", "organizationID"},
	"PartyVolunteerWhereInput":       {"id", "partyOrganizationID"},
	"VolunteerPointEntryWhereInput":  {"id", "volunteerID", "year"},
}

// objectField maps a filter to the object field it reads, where the names differ.
var objectField = map[string]string{"OrganizationWhereInput.serviceField": "serviceFields"}

// predicateSuffixes are entgql's operators, longest first so that
// "ContainsFold" is not taken for "Fold" of a field "…Contains".
var predicateSuffixes = []string{"ContainsFold", "EqualFold", "HasPrefix", "HasSuffix", "Contains", "NotNil", "IsNil", "NotIn", "NEQ", "GTE", "LTE", "GT", "LT", "In"}

// baseField is the field a predicate tests: the longest known field name
// it starts with, followed by nothing or an operator.
func baseField(pred string, fields []string) (string, bool) {
	best := ""
	for _, f := range fields {
		if !strings.HasPrefix(pred, f) || len(f) <= len(best) {
			continue
		}
		rest := pred[len(f):]
		if rest == "" || slices.Contains(predicateSuffixes, rest) {
			best = f
		}
	}
	return best, best != ""
}

// edgePredicate matches entgql's edge predicates (hasOwner, hasOwnerWith).
var edgePredicate = regexp.MustCompile(`^has[A-Z]`)

// TestWhereInputsReachOnlyReadableFields walks every *WhereInput of the
// executable schema: no predicate may follow an edge (hasX, hasXWith: their
// joins bypass privacy), and every field predicate must test a field of the
// object type that the reviewed table above allows.
func TestWhereInputsReachOnlyReadableFields(t *testing.T) {
	s := graph.NewExecutableSchema(graph.Config{}).Schema()
	var inputs []string
	for name, def := range s.Types {
		if def.Kind == ast.InputObject && strings.HasSuffix(name, "WhereInput") {
			inputs = append(inputs, name)
		}
	}
	sort.Strings(inputs)
	require.NotEmpty(t, inputs)
	keys := make([]string, 0, len(filterable))
	for k := range filterable {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	require.Equal(t, keys, inputs, "every where input has a reviewed entry, and every entry a where input")

	predicates := 0
	for _, name := range inputs {
		object := s.Types[strings.TrimSuffix(name, "WhereInput")]
		require.NotNil(t, object, "%s filters an object type", name)
		used := map[string]bool{}
		for _, f := range s.Types[name].Fields {
			switch f.Name {
			case "not", "and", "or":
				require.Equal(t, name, f.Type.Name(), "%s.%s combines the same input", name, f.Name)
				continue
			}
			predicates++
			require.False(t, edgePredicate.MatchString(f.Name), "%s.%s follows an edge: its join bypasses privacy", name, f.Name)
			base, ok := baseField(f.Name, filterable[name])
			require.True(t, ok, "%s.%s tests a field not in the reviewed list", name, f.Name)
			used[base] = true
			field := base
			if m, ok := objectField[name+"."+base]; ok {
				field = m
			}
			require.NotNil(t, object.Fields.ForName(field), "%s.%s tests %s, which %s does not show", name, f.Name, field, object.Name)
		}
		for _, f := range filterable[name] {
			require.True(t, used[f], "%s: the reviewed field %s has no predicate (stale entry)", name, f)
		}
	}
	t.Logf("%d where inputs, %d field predicates, 0 edge predicates", len(inputs), predicates)
}

// The three attacks as they were reported now fail validation: the edge
// predicates they used are not in the schema.
func TestEdgeFiltersAreGone(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		for _, c := range []struct{ user, query string }{
			{"anji", `{ auditLogs(where: {hasActorWith: {phoneHasPrefix: "1"}}) { totalCount } }`},
			{"purchaser", `{ organizations(where: {hasMembershipsWith: {hasUserWith: {phoneHasPrefix: "1"}}}) { totalCount } }`},
			{"purchaser", `{ documents(where: {hasServiceCaseWith: {decisionReasonHasPrefix: "a"}}) { totalCount } }`},
			{"purchaser", `{ documents(where: {hasServiceCase: true}) { totalCount } }`},
			// Nor can a hidden field of a readable row be tested.
			{"ngo", `{ users(where: {phoneHasPrefix: "1"}) { totalCount } }`},
			{"staff", `{ cases(where: {ratingCommentContains: "a"}) { totalCount } }`},
		} {
			r := e.Post(testenv.Request{Token: e.Login(c.user), Query: c.query})
			require.NotEmpty(t, r.Errors, c.query)
			require.Equal(t, "BAD_USER_INPUT", r.Errors[0].Code(), "%s: %s", c.query, r.Errors[0].Message)
			require.Contains(t, r.Errors[0].Message, "not defined", c.query)
		}
		// The filters the web app uses still work.
		var out struct{ Organizations struct{ TotalCount int } }
		e.MustDo(e.Login("staff"), `{ organizations(where: {nameContainsFold: "德清", kind: SOCIAL_GROUP}) { totalCount } }`, nil, &out)
		require.Positive(t, out.Organizations.TotalCount)
	})
}
