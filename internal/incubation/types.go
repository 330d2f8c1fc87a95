package incubation

import (
	"time"

	gen "hatchery/ent"
)

// The programme's read models, bound to their GraphQL types in gqlgen.yml.

// Occupancy is a centre's occupancy now (GraphQL CentreOccupancy).
type Occupancy struct {
	AreaUsed         int
	AreaAvailable    int
	SeatsUsed        int
	SeatsTotal       int
	ActiveTenancies  int
	VirtualTenancies int
	Waiting          int
	OpenOffers       int
}

// Gap is one thing standing between a tenancy and graduation (GraphQL
// GraduationGap). Message is in the reader's language; MessageZH and
// MessageEN hold both for errors.
type Gap struct {
	Code      string                `json:"code"`
	Message   string                `json:"message"`
	MessageZH string                `json:"messageZH"`
	MessageEN string                `json:"-"`
	Milestone *gen.TenancyMilestone `json:"-"`
	// MilestoneID is the milestone's id for extensions.missing.
	MilestoneID int `json:"milestoneID,omitempty"`
}

// Gap codes.
const (
	GapNotActive    = "NOT_ACTIVE"
	GapNoAssessment = "NO_ASSESSMENT"
	GapScore        = "SCORE_BELOW_THRESHOLD"
	GapMilestone    = "MILESTONE_NOT_MET"
)

// GraduationCheck says whether a tenancy may graduate now (GraphQL
// GraduationCheck).
type GraduationCheck struct {
	Ready       bool
	Threshold   int
	LatestScore *string
	Missing     []Gap
}

// Criterion is one admission readiness criterion (GraphQL
// AdmissionCriterion).
type Criterion struct {
	Key      string
	Name     string
	Weight   int
	Guidance string
}

// Stats are a centre's figures over a period (GraphQL IncubationStats).
type Stats struct {
	From, To                  time.Time
	Occupancy                 []OccupancyPoint
	TenantsByStage            []StageCount
	GraduatedByYear           []YearCount
	AverageMonthsToGraduation *string
	WaitlistLength            int
	AverageWaitDays           *string
	OffersAccepted            int
	OffersDeclined            int
	OffersExpired             int
}

// OccupancyPoint is occupancy at one month's end.
type OccupancyPoint struct {
	On         time.Time
	AreaUsed   int
	AreaTotal  int
	SeatsUsed  int
	SeatsTotal int
}

// StageCount is a number of active tenancies at one stage.
type StageCount struct {
	Stage tenancyStage
	Count int
}

// YearCount is a number of graduations in one year.
type YearCount struct {
	Year  int
	Count int
}

// Occupant is a tenancy's seats in a space (GraphQL SpaceOccupant).
type Occupant struct {
	Tenancy *gen.Tenancy
	Seats   int
}
