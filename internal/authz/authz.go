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
type Authorizer struct {
	enf    *casbin.SyncedEnforcer
	source GrantSource
	mu     sync.Mutex // serialises reloads; Enforce stays concurrent
	notify bool       // announce changes to other nodes (PostgreSQL)
	// answers holds Casbin's answers under the policy now loaded.
	answers atomic.Pointer[decisions]
}

// New builds an Authorizer from the embedded policy files and grants from source.
func New(ctx context.Context, source GrantSource) (*Authorizer, error) {
	m, err := model.NewModelFromString(policies.Model)
	if err != nil {
		return nil, fmt.Errorf("authz: casbin model: %w", err)
	}
	a := &Authorizer{source: source}
	enf, err := casbin.NewSyncedEnforcer(m)
	if err != nil {
		return nil, fmt.Errorf("authz: casbin enforcer: %w", err)
	}
	if err := load(enf.Enforcer, &adapter{a: a, ctx: ctx}); err != nil {
		return nil, fmt.Errorf("authz: casbin enforcer: %w", err)
	}
	a.enf = enf
	a.answers.Store(new(decisions))
	return a, nil
}

// Reload re-reads the role assignments. It is safe under concurrent Enforce
// calls: SyncedEnforcer swaps the policy under its write lock.
func (a *Authorizer) Reload(ctx context.Context) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	ad := &adapter{a: a, ctx: ctx}
	a.enf.SetAdapter(ad)
	err := a.enf.LoadPolicy()
	// Whether or not the load succeeded, what Casbin answers may have
	// changed: forget every answer given before.
	a.answers.Store(new(decisions))
	return err
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
	m, err := model.NewModelFromString(policies.Model)
	if err != nil {
		return false, err
	}
	enf, err := newEnforcer(m, &adapter{grants: []Grant{{UserID: 1, Role: role, DomainID: 1}}})
	if err != nil {
		return false, err
	}
	return enf.Enforce(viewer.Subject(1), viewer.Domain(1), obj, act)
}

// newEnforcer is a Casbin enforcer of model m with the policy ad loads.
func newEnforcer(m model.Model, ad persist.Adapter) (*casbin.Enforcer, error) {
	enf, err := casbin.NewEnforcer(m)
	if err != nil {
		return nil, err
	}
	return enf, load(enf, ad)
}

// load gives enf our role manager (role_links.go) and the policy ad loads.
// The role manager goes in first: given the adapter at construction, Casbin
// would build its own from every role assignment only to drop it.
func load(enf *casbin.Enforcer, ad persist.Adapter) error {
	enf.SetRoleManager(newRoleLinks())
	enf.SetAdapter(ad)
	return enf.LoadPolicy()
}

// adapter is a read-only Casbin adapter: p lines from the embedded
// policy.csv, g lines from the database (or from a fixed list).
type adapter struct {
	a      *Authorizer
	ctx    context.Context
	grants []Grant
}

func (ad *adapter) LoadPolicy(m model.Model) error {
	for _, line := range strings.Split(policies.Policy, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := persist.LoadPolicyLine(line, m); err != nil {
			return fmt.Errorf("authz: policy.csv line %q: %w", line, err)
		}
	}
	grants := ad.grants
	if ad.a != nil && ad.a.source != nil {
		var err error
		if grants, err = ad.a.source(ad.ctx); err != nil {
			return fmt.Errorf("authz: loading role assignments: %w", err)
		}
	}
	for _, g := range grants {
		if err := persist.LoadPolicyArray([]string{"g", viewer.Subject(g.UserID), RoleName(g.Role), g.casbinDomain()}, m); err != nil {
			return err
		}
	}
	return nil
}

var errReadOnly = fmt.Errorf("authz: policies are changed through role assignments, not the enforcer")

func (ad *adapter) SavePolicy(model.Model) error                              { return errReadOnly }
func (ad *adapter) AddPolicy(string, string, []string) error                  { return errReadOnly }
func (ad *adapter) RemovePolicy(string, string, []string) error               { return errReadOnly }
func (ad *adapter) RemoveFilteredPolicy(string, string, int, ...string) error { return errReadOnly }

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
