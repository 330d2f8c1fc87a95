package authz

import (
	"context"
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"testing"

	"github.com/casbin/casbin/v2/rbac"
	defaultrolemanager "github.com/casbin/casbin/v2/rbac/default-role-manager"
)

// TestRoleLinksAnswerAsCasbinsOwn drives roleLinks and Casbin's default
// domain role manager through the same random links (accounts to roles,
// roles to roles, cycles, chains longer than the hierarchy limit, links
// deleted one by one and by domain) and asks both every question after
// every step.
func TestRoleLinksAnswerAsCasbinsOwn(t *testing.T) {
	for seed := range uint64(20) {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			r := rand.New(rand.NewPCG(seed, 7))
			ours, theirs := newRoleLinks(), defaultrolemanager.NewRoleManager(maxHierarchyLevel)
			names := []string{"user:1", "user:2", "user:3", "user:4", "user:5", "user:6"}
			for i := range 14 {
				names = append(names, fmt.Sprint("role", i))
			}
			domains := []string{"domain:1", "domain:2", "*"}
			// A chain of 13 roles in domain:1, deeper than the limit of 10.
			for i := range 12 {
				both(t, ours, theirs, "add", fmt.Sprint("role", i), fmt.Sprint("role", i+1), "domain:1")
			}
			both(t, ours, theirs, "add", "user:1", "role0", "domain:1")
			deleted := false
			for step := range 120 {
				op := "add"
				switch n := r.IntN(10); {
				case n == 0:
					op = "deleteDomain"
					deleted = true
				case n < 3:
					op = "delete"
					deleted = true
				}
				a, b := names[r.IntN(len(names))], names[6+r.IntN(len(names)-6)]
				both(t, ours, theirs, op, a, b, domains[r.IntN(len(domains))])
				if step%10 == 0 || step == 119 {
					compareAnswers(t, ours, theirs, names, domains, !deleted)
				}
			}
		})
	}
}

// both applies one change to both role managers.
func both(t *testing.T, ours, theirs rbac.RoleManager, op, name1, name2, domain string) {
	t.Helper()
	for _, rm := range []rbac.RoleManager{ours, theirs} {
		var err error
		switch op {
		case "add":
			err = rm.AddLink(name1, name2, domain)
		case "delete":
			err = rm.DeleteLink(name1, name2, domain)
		case "deleteDomain":
			err = rm.DeleteDomain(domain)
		}
		if err != nil {
			t.Fatalf("%s %s %s %s: %v", op, name1, name2, domain, err)
		}
	}
}

// compareAnswers asks both every question about every name and domain.
// Casbin keeps a domain's (empty) role manager after its links are gone,
// so GetAllDomains is compared only before anything was deleted.
func compareAnswers(t *testing.T, ours, theirs rbac.RoleManager, names, domains []string, allDomains bool) {
	t.Helper()
	same := func(what string, a, b []string, errA, errB error) {
		t.Helper()
		if errA != nil || errB != nil {
			t.Fatalf("%s: errors %v, %v", what, errA, errB)
		}
		slices.Sort(a)
		slices.Sort(b)
		if !slices.Equal(a, b) {
			t.Fatalf("%s: ours %q, Casbin's %q", what, a, b)
		}
	}
	for _, d := range domains {
		for _, n1 := range names {
			for _, n2 := range names {
				a, errA := ours.HasLink(n1, n2, d)
				b, errB := theirs.HasLink(n1, n2, d)
				if errA != nil || errB != nil || a != b {
					t.Fatalf("HasLink(%s, %s, %s): ours %v, Casbin's %v (%v, %v)", n1, n2, d, a, b, errA, errB)
				}
			}
			a, errA := ours.GetRoles(n1, d)
			b, errB := theirs.GetRoles(n1, d)
			same("GetRoles("+n1+", "+d+")", a, b, errA, errB)
			a, errA = ours.GetUsers(n1, d)
			b, errB = theirs.GetUsers(n1, d)
			same("GetUsers("+n1+", "+d+")", a, b, errA, errB)
			a, errA = ours.GetImplicitRoles(n1, d)
			b, errB = theirs.GetImplicitRoles(n1, d)
			same("GetImplicitRoles("+n1+", "+d+")", a, b, errA, errB)
			a, errA = ours.GetImplicitUsers(n1, d)
			b, errB = theirs.GetImplicitUsers(n1, d)
			same("GetImplicitUsers("+n1+", "+d+")", a, b, errA, errB)
		}
	}
	for _, n := range names {
		a, errA := ours.GetDomains(n)
		b, errB := theirs.GetDomains(n)
		same("GetDomains("+n+")", a, b, errA, errB)
	}
	if allDomains {
		a, errA := ours.GetAllDomains()
		b, errB := theirs.GetAllDomains()
		same("GetAllDomains", a, b, errA, errB)
	}
}

// TestRoleLinksAfterClear: a reload starts from nothing.
func TestRoleLinksAfterClear(t *testing.T) {
	rl := newRoleLinks()
	if err := rl.AddLink("user:1", "ngo_member", "domain:1"); err != nil {
		t.Fatal(err)
	}
	if ok, _ := rl.HasLink("user:1", "ngo_member", "domain:1"); !ok {
		t.Fatal("the link added is not there")
	}
	if ok, _ := rl.HasLink("user:1", "ngo_member", "domain:2"); ok {
		t.Fatal("a link in domain:1 answers for domain:2")
	}
	if err := rl.Clear(); err != nil {
		t.Fatal(err)
	}
	if ok, _ := rl.HasLink("user:1", "ngo_member", "domain:1"); ok {
		t.Fatal("a link survived Clear")
	}
}

// TestEnforcersUseRoleLinks: the Authorizer's Casbin answers through
// roleLinks, not through a default role manager built beside it.
func TestEnforcersUseRoleLinks(t *testing.T) {
	grants := []Grant{{UserID: 7, Role: "NGO_MEMBER", DomainID: 3}, {UserID: 8, Role: "PLATFORM_ADMIN", DomainID: 1}}
	a, err := New(t.Context(), func(ctx context.Context) ([]Grant, error) { return grants, nil })
	if err != nil {
		t.Fatal(err)
	}
	rl, ok := a.enf.GetRoleManager().(*roleLinks)
	if !ok {
		t.Fatalf("the enforcer's role manager is %T", a.enf.GetRoleManager())
	}
	if roles, _ := rl.GetRoles("user:7", "domain:3"); !slices.Equal(roles, []string{"ngo_member"}) {
		t.Fatalf("user:7 holds %q in domain:3 by roleLinks", roles)
	}
	if !a.Allowed(7, 3, ObjOrganization, ActReadOwn) || a.Allowed(7, 3, ObjDomain, ActCreate) {
		t.Fatal("an NGO member's rights are not what policy.csv gives")
	}
	if !a.Allowed(8, 42, ObjDomain, ActCreate) {
		t.Fatal("a platform admin's grant in every domain does not answer in domain 42")
	}
}

// BenchmarkRoleLinksMemory reports the heap that holds 35,000 role
// assignments (the province data set's) with each role manager.
func BenchmarkRoleLinksMemory(b *testing.B) {
	for _, c := range []struct {
		name string
		make func() rbac.RoleManager
	}{
		{"roleLinks", func() rbac.RoleManager { return newRoleLinks() }},
		{"casbin-default", func() rbac.RoleManager { return defaultrolemanager.NewRoleManager(maxHierarchyLevel) }},
	} {
		b.Run(c.name, func(b *testing.B) {
			const n = 35000
			subjects := make([]string, n)
			for i := range subjects {
				subjects[i] = fmt.Sprint("user:", i+1)
			}
			var perGrant float64
			for b.Loop() {
				var before, after runtime.MemStats
				runtime.GC()
				runtime.ReadMemStats(&before)
				rm := c.make()
				for i, s := range subjects {
					_ = rm.AddLink(s, RoleName(Roles[i%len(Roles)]), fmt.Sprint("domain:", i%20))
				}
				runtime.GC()
				runtime.ReadMemStats(&after)
				perGrant = float64(after.HeapAlloc-before.HeapAlloc) / n
				runtime.KeepAlive(rm)
			}
			b.ReportMetric(perGrant, "heap-bytes/grant")
		})
	}
}
