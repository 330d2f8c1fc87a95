package app

import (
	"context"

	"hatchery/internal/incubation"
)

// incubationPart builds the incubation programme and registers it with
// casework, whose admission cases it decides.
func incubationPart(_ context.Context, a *App) (Part, error) {
	a.Incubation = incubation.New(a.Casework.Calendars, a.Casework.Notify, a.Log)
	a.Casework.Register(a.Incubation)
	return Part{}, nil
}
