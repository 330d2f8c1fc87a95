package authz_test

import (
	"context"
	"runtime"
	"testing"

	"hatchery/internal/authz"
)

// provinceGrants is about the role assignments of the province data set
// (bench/gen: 35,000 accounts in ten counties, one role each). None is a
// platform admin: there are a handful of those, not thousands.
func provinceGrants() []authz.Grant {
	const n = 35000
	grants := make([]authz.Grant, n)
	for i := range grants {
		grants[i] = authz.Grant{UserID: i + 1, Role: authz.Roles[1+i%(len(authz.Roles)-1)], DomainID: 1 + i%10}
	}
	return grants
}

// BenchmarkAuthorizerReload is what a role change costs a node at province
// scale (every change reloads every assignment), and what the loaded
// Authorizer keeps on the heap, which the collector marks on every cycle.
func BenchmarkAuthorizerReload(b *testing.B) {
	grants := provinceGrants()
	source := func(context.Context) ([]authz.Grant, error) { return grants, nil }

	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	a, err := authz.New(b.Context(), source)
	if err != nil {
		b.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	if !a.Allowed(grants[0].UserID, grants[0].DomainID, authz.ObjUser, authz.ActRead) {
		b.Fatal("a bureau admin may not read users: the grants did not load")
	}

	for b.Loop() {
		if err := a.Reload(b.Context()); err != nil {
			b.Fatal(err)
		}
	}
	runtime.KeepAlive(a)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/float64(len(grants)), "heap-bytes/grant")
}
