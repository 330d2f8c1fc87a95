package schema

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"math"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"entgo.io/ent"
	"entgo.io/ent/schema/field"
	"github.com/stretchr/testify/require"

	"hatchery/internal/textfield"
)

// schemas are the entities, by type name; entityTypes (parsed from this
// directory) makes sure none is missing.
var schemas = map[string]ent.Interface{

	// Incubation.
	"AdmissionAssessment": AdmissionAssessment{}, "AlumniReport": AlumniReport{}, "CertificateCounter": CertificateCounter{}, "IncubationCentre": IncubationCentre{}, "IncubationSpace": IncubationSpace{}, "MaturityAssessment": MaturityAssessment{}, "MaturityCriterion": MaturityCriterion{}, "SpaceOffer": SpaceOffer{}, "Tenancy": Tenancy{}, "TenancyExtension": TenancyExtension{}, "TenancyMilestone": TenancyMilestone{}, "TenancyService": TenancyService{}, "TenancySpace": TenancySpace{}, "WaitlistEntry": WaitlistEntry{},
	// Venture grants.
	"Award": Award{}, "Fund": Fund{}, "FundBudget": FundBudget{}, "GrantCall": GrantCall{}, "GrantCallFund": GrantCallFund{}, "LedgerEntry": LedgerEntry{}, "Objection": Objection{}, "Proposal": Proposal{},
	// Party-building liaison.
	"ActivityOrganization": ActivityOrganization{}, "GuidanceOfficer": GuidanceOfficer{}, "OfficerAssignment": OfficerAssignment{}, "PartyActivity": PartyActivity{}, "PartyCoverage": PartyCoverage{}, "PartyOrganization": PartyOrganization{}, "PartyPointRule": PartyPointRule{}, "PartySettings": PartySettings{}, "PartyVisit": PartyVisit{}, "PartyVolunteer": PartyVolunteer{}, "VisitFollowUp": VisitFollowUp{}, "VolunteerPointEntry": VolunteerPointEntry{},
	// Expert review.
	"ConflictDeclaration": ConflictDeclaration{}, "PanelMember": PanelMember{}, "ReviewAssignment": ReviewAssignment{}, "ReviewPanel": ReviewPanel{},
	"AuditLog": AuditLog{}, "CalendarDay": CalendarDay{}, "CaseCounter": CaseCounter{},
	"CaseEvent": CaseEvent{}, "CaseNotice": CaseNotice{}, "Consultation": Consultation{},
	"Document": Document{}, "DocumentUpload": DocumentUpload{}, "DocumentVersion": DocumentVersion{},
	"Domain": Domain{}, "JobRun": JobRun{}, "LoginAttempt": LoginAttempt{}, "Membership": Membership{}, "Notification": Notification{}, "Organization": Organization{},
	"OrganizationTally": OrganizationTally{},
	"RoleAssignment":    RoleAssignment{}, "ServiceCase": ServiceCase{}, "ServiceItem": ServiceItem{},
	"Session": Session{}, "User": User{},
}

// entityTypes lists the types of this package that embed ent.Schema.
func entityTypes(t *testing.T) []string {
	files, err := os.ReadDir(".")
	require.NoError(t, err)
	var names []string
	for _, fi := range files {
		if !strings.HasSuffix(fi.Name(), ".go") || strings.HasSuffix(fi.Name(), "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), fi.Name(), nil, 0)
		require.NoError(t, err)
		ast.Inspect(f, func(n ast.Node) bool {
			ts, ok := n.(*ast.TypeSpec)
			if !ok {
				return true
			}
			if st, ok := ts.Type.(*ast.StructType); ok {
				for _, fl := range st.Fields.List {
					if sel, ok := fl.Type.(*ast.SelectorExpr); ok && len(fl.Names) == 0 && sel.Sel.Name == "Schema" {
						if x, ok := sel.X.(*ast.Ident); ok && x.Name == "ent" {
							names = append(names, ts.Name.Name)
						}
					}
				}
			}
			return true
		})
	}
	sort.Strings(names)
	return names
}

// TestEveryStringFieldHasTheTextRule walks every string field of every
// entity (mixins included) and fails unless it has oneLine (field.String)
// or multiLine (field.Text), and no byte-counting MaxLen.
func TestEveryStringFieldHasTheTextRule(t *testing.T) {
	types := entityTypes(t)
	require.NotEmpty(t, types)
	var fields, lines, blocks int
	for _, name := range types {
		s, ok := schemas[name]
		if !ok {
			t.Errorf("%s: add it to schemas", name)
			continue
		}
		var all []ent.Field
		for _, m := range s.Mixin() {
			all = append(all, m.Fields()...)
		}
		all = append(all, s.Fields()...)
		for _, f := range all {
			d := f.Descriptor()
			if d.Info.Type != field.TypeString {
				continue
			}
			fields++
			key := name + "." + d.Name
			multi := d.Size == math.MaxInt32 // field.Text
			if !multi && d.Size != 0 {
				t.Errorf("%s: MaxLen/MaxRuneLen: use oneLine instead", key)
			}
			probe := func(s string) *textfield.Error {
				for _, v := range d.Validators {
					var e *textfield.Error
					if errors.As(v.(func(string) error)(s), &e) {
						return e
					}
				}
				return nil
			}
			if e := probe("a\x1bb"); e == nil || e.Char != 0x1b {
				t.Errorf("%s: no text rule (oneLine or multiLine)", key)
				continue
			}
			if e := probe(strings.Repeat("字", 10001)); e == nil || e.Max > 10000 {
				t.Errorf("%s: no character limit of at most 10000", key)
			}
			switch e := probe("a\nb"); {
			case multi && e != nil:
				t.Errorf("%s: field.Text refuses line breaks: use multiLine", key)
			case !multi && e == nil:
				t.Errorf("%s: one-line field accepts line breaks: use oneLine", key)
			case multi:
				blocks++
			default:
				lines++
			}
		}
	}
	for name := range schemas {
		if !slices.Contains(types, name) {
			t.Errorf("schemas lists %s, which is not an entity", name)
		}
	}
	t.Logf("%d entities, %d string fields: %d one-line, %d multi-line", len(types), fields, lines, blocks)
}
