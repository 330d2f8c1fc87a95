// Package authz answers "may this viewer do that?" in two layers:
//
//   - type level: Casbin (RBAC with domains, policies/) decides whether one of
//     the viewer's roles in their domain permits an action on an object type;
//   - row level: ent privacy rules (rules.go) add filters so a viewer only
//     sees and changes rows of their own domain, or of their own organisation.
//
// Everything not allowed is denied: Casbin denies without a matching p line,
// and every ent policy built here ends in a deny.
package authz

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/casbin/casbin/v2"
	"github.com/casbin/casbin/v2/model"
	"github.com/casbin/casbin/v2/persist"

	"hatchery/internal/viewer"
	"hatchery/policies"
)

// Object types named in policies/policy.csv.
const (
	ObjDomain         = "domain"
	ObjUser           = "user"
	ObjRoleAssignment = "role_assignment"
	ObjOrganization   = "organization"
	ObjMembership     = "membership"
	ObjAuditLog       = "audit_log"
	ObjDocument       = "document"
	ObjServiceItem    = "service_item"
	ObjCase           = "case"
	ObjCalendar       = "calendar"
	// ObjIncubation is a centre's set-up: centres, spaces, maturity criteria.
	ObjIncubation = "incubation"
	// ObjTenancy is an organisation's stay in a centre and all around it:
	// tenancies, plans, assessments, waitlist, offers, alumni reports.
	ObjTenancy = "tenancy"
	// ObjFund is the money: funds, their yearly budgets and the ledger.
	ObjFund = "fund"
	// ObjGrantCall is a venture-grant call and its budget lines.
	ObjGrantCall = "grant_call"
	// ObjProposal is a venture-grant proposal, its award and objections.
	ObjProposal = "proposal"
	// ObjReview is review panels: members, assignments, scores, conflicts.
	ObjReview = "review"
	// ObjParty is party-building coverage: party organisations, each
	// organisation's coverage history, guidance officers, their
	// assignments and the county's party-building settings.
	ObjParty = "party"
	// ObjPartyWork is what party-building work records: visits and their
	// follow-ups, activities, volunteers and their point ledger.
	ObjPartyWork = "party_work"
)

// Actions named in policies/policy.csv.
const (
	ActRead        = "read"
	ActReadOwn     = "read_own"
	ActCreate      = "create"
	ActUpdate      = "update"
	ActUpdateOwn   = "update_own"
	ActCreateOwn   = "create_own"
	ActDelete      = "delete"
	ActCrossDomain = "cross_domain"
	// ActHandle is the window officer's work on a case: pre-review,
	// acceptance, notices, consultations, delivery.
	ActHandle = "handle"
	// ActDecide is deciding a case whose item is not delegated to the window.
	ActDecide = "decide"
	// ActReadAssigned is reading the records one is assigned to review.
	ActReadAssigned = "read_assigned"
)

// Objects and Actions list every object type and action, for the matrix test.
var (
	Objects = []string{ObjDomain, ObjUser, ObjRoleAssignment, ObjOrganization, ObjMembership, ObjAuditLog, ObjDocument, ObjServiceItem, ObjCase, ObjCalendar, ObjIncubation, ObjTenancy, ObjFund, ObjGrantCall, ObjProposal, ObjReview, ObjParty, ObjPartyWork}
	Actions = []string{ActRead, ActReadOwn, ActCreate, ActCreateOwn, ActUpdate, ActUpdateOwn, ActDelete, ActCrossDomain, ActHandle, ActDecide, ActReadAssigned}
)

// Roles, as stored on RoleAssignment (upper case) and named in Casbin (lower case).
var Roles = []string{
	"PLATFORM_ADMIN", "BUREAU_ADMIN", "INCUBATOR_STAFF", "NGO_MEMBER",
	"EXPERT", "PARTY_OFFICER", "PURCHASER", "FINANCE", "GUIDANCE_OFFICER",
}

// RoleName is the Casbin subject of a role.
func RoleName(role string) string { return strings.ToLower(role) }

// Grant is one role assignment: a Casbin g line.
type Grant struct {
	UserID   int
	Role     string // upper case, as in Roles
	DomainID int
}

// casbinDomain is where a grant applies: platform admins everywhere.
func (g Grant) casbinDomain() string {
	if g.Role == "PLATFORM_ADMIN" {
		return viewer.AnyDomain
	}
	return viewer.Domain(g.DomainID)
}

// GrantSource loads every role assignment from the store of record.
type GrantSource func(ctx context.Context) ([]Grant, error)

// Authorizer is the process-wide Casbin enforcer plus the way to reload it.
//
// Casbin's model holds the p lines of policy.csv only. The role assignments
// (the g lines, one per account that holds a role: tens of thousands in a
// province) go straight into our role manager (role_links.go), which is all
// the matcher's g() asks. Loaded into the model as well, they were held
// twice more: Casbin's policy table and its index of lines took about 9 MB
// of the idle server's 18 MB live heap at province scale, heap the
// collector marks on every cycle. A reload builds a new role manager aside
// and swaps it in whole, so a request never sees half of one.
type Authorizer struct {
	enf    *casbin.SyncedEnforcer
	source GrantSource
	mu     sync.Mutex // serialises reloads; Enforce stays concurrent
	notify bool       // announce changes to other nodes (PostgreSQL)
	// answers holds Casbin's answers under the role links now loaded.
	answers atomic.Pointer[decisions]
}

// New builds an Authorizer from the embedded policy files and grants from source.
func New(ctx context.Context, source GrantSource) (*Authorizer, error) {
	m, err := policyModel()
	if err != nil {
		return nil, err
	}
	enf, err := casbin.NewSyncedEnforcer(m)
	if err != nil {
		return nil, fmt.Errorf("authz: casbin enforcer: %w", err)
	}
	if err := loadPolicy(enf.Enforcer); err != nil {
		return nil, err
	}
	a := &Authorizer{enf: enf, source: source}
	if err := a.Reload(ctx); err != nil {
		return nil, err
	}
	return a, nil
}

// Reload re-reads the role assignments. It is safe under concurrent Enforce
// calls: the new role links are built aside and swapped in under the
// enforcer's write lock. A failed read changes nothing: the links loaded
// before, and the answers given under them, stay.
func (a *Authorizer) Reload(ctx context.Context) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	grants, err := a.source(ctx)
	if err != nil {
		return fmt.Errorf("authz: loading role assignments: %w", err)
	}
	rl := linksOf(grants)
	lock := a.enf.GetLock()
	lock.Lock()
	err = useLinks(a.enf.Enforcer, rl)
	lock.Unlock()
	if err != nil {
		return err
	}
	// What Casbin answers may have changed: forget every answer given
	// before. The swap comes first, so an answer computed under the old
	// links lands in the set forgotten.
	a.answers.Store(new(decisions))
	return nil
}

// useLinks makes rl the role links enf's matcher asks. Casbin's g() reads
// the model's role definition, not the role manager the enforcer was given,
// and the matcher it compiles once keeps g's answers until it is dropped:
// SetRoleManager drops it, and the role definition is pointed at rl here.
// The caller holds the enforcer's write lock, if it has one.
func useLinks(enf *casbin.Enforcer, rl *roleLinks) error {
	g, ok := enf.GetModel()["g"]["g"]
	if !ok {
		return errors.New("authz: the casbin model has no role definition g")
	}
	enf.SetRoleManager(rl)
	g.RM = rl
	return nil
}

// Allowed reports whether user userID, acting in domain domainID, may do act on obj.
func (a *Authorizer) Allowed(userID, domainID int, obj, act string) bool {
	// The set is taken before Casbin is asked: see decisions.
	answers := a.answers.Load()
	key := decisionKey{user: userID, domain: domainID, obj: obj, act: act}
	if allowed, ok := answers.get(key); ok {
		return allowed
	}
	ok, err := a.enf.Enforce(viewer.Subject(userID), viewer.Domain(domainID), obj, act)
	if err != nil {
		return false // not kept: the next call asks again
	}
	answers.put(key, ok)
	return ok
}

// RoleAllows reports whether the role's permissions (policy.csv) include act on obj,
// regardless of any user: the matrix test walks this.
func RoleAllows(role, obj, act string) (bool, error) {
	enf, err := newEnforcer([]Grant{{UserID: 1, Role: role, DomainID: 1}})
	if err != nil {
		return false, err
	}
	return enf.Enforce(viewer.Subject(1), viewer.Domain(1), obj, act)
}

// newEnforcer is a plain enforcer of our model and policy with grants'
// role links, for questions about roles rather than accounts.
func newEnforcer(grants []Grant) (*casbin.Enforcer, error) {
	m, err := policyModel()
	if err != nil {
		return nil, err
	}
	enf, err := casbin.NewEnforcer(m)
	if err != nil {
		return nil, err
	}
	if err := loadPolicy(enf); err != nil {
		return nil, err
	}
	return enf, useLinks(enf, linksOf(grants))
}

func policyModel() (model.Model, error) {
	m, err := model.NewModelFromString(policies.Model)
	if err != nil {
		return nil, fmt.Errorf("authz: casbin model: %w", err)
	}
	return m, nil
}

// loadPolicy loads policy.csv's p lines into enf. Casbin would rebuild the
// role links from the model's g lines on every load; there are none there
// (see Authorizer), so it must not: that would empty ours.
func loadPolicy(enf *casbin.Enforcer) error {
	enf.EnableAutoBuildRoleLinks(false)
	enf.SetAdapter(policyFile{})
	if err := enf.LoadPolicy(); err != nil {
		return fmt.Errorf("authz: casbin policy: %w", err)
	}
	return nil
}

// linksOf is the role links of grants: each account's roles, by domain.
func linksOf(grants []Grant) *roleLinks {
	rl := newRoleLinks()
	for _, g := range grants {
		_ = rl.AddLink(viewer.Subject(g.UserID), RoleName(g.Role), g.casbinDomain())
	}
	return rl
}

// policyFile is a read-only Casbin adapter of the embedded policy.csv.
type policyFile struct{}

func (policyFile) LoadPolicy(m model.Model) error {
	for _, line := range strings.Split(policies.Policy, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := persist.LoadPolicyLine(line, m); err != nil {
			return fmt.Errorf("authz: policy.csv line %q: %w", line, err)
		}
	}
	return nil
}

var errReadOnly = fmt.Errorf("authz: policies are changed through role assignments, not the enforcer")

func (policyFile) SavePolicy(model.Model) error                              { return errReadOnly }
func (policyFile) AddPolicy(string, string, []string) error                  { return errReadOnly }
func (policyFile) RemovePolicy(string, string, []string) error               { return errReadOnly }
func (policyFile) RemoveFilteredPolicy(string, string, int, ...string) error { return errReadOnly }

// Permissions lists what user userID may do in domain domainID, as
// "object:action" strings: the web app shows menus and buttons from this, so
// the policy lives in policy.csv alone.
func (a *Authorizer) Permissions(userID, domainID int) []string {
	var out []string
	for _, obj := range Objects {
		for _, act := range Actions {
			if a.Allowed(userID, domainID, obj, act) {
				out = append(out, obj+":"+act)
			}
		}
	}
	return out
}
