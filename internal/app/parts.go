package app

import (
	"context"
	"net/http"

	"hatchery/internal/jobs"
)

// Part is what one area contributes to the platform besides its services,
// which its build function sets on the App.
type Part struct {
	// Jobs are its periodic jobs; each runs once per period across nodes.
	Jobs []jobs.Job
	// Routes are its public HTTP routes, served without a login (the
	// viewer middleware does not run on them).
	Routes []Route
}

// Route is one public HTTP route.
type Route struct {
	// Pattern is an http.ServeMux pattern, method first: "GET /verify/{token}".
	Pattern string
	Handler http.Handler
}

// parts are the platform's areas in the order they are built (a part may
// use the services of the parts before it). The organisation registry has
// no entry: its rules are ent hooks, and it has no service, job or public
// route.
//
// Adding a programme: its package under internal/, a field on App for its
// service, a file here (named for the programme) with its build function,
// and one line in this list.
var parts = []struct {
	name  string
	build func(context.Context, *App) (Part, error)
}{
	{"accounts", accountsPart},
	{"documents", documentsPart},
	{"casework", caseworkPart},
	{"incubation", incubationPart},
	{"grants", grantPart},
	{"party", partyPart},
}
