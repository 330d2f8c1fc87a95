package party

import (
	"time"

	gen "hatchery/ent"
	"hatchery/ent/organization"
	"hatchery/ent/partycoverage"
	"hatchery/ent/partyorganization"
	"hatchery/internal/party/partydata"
)

// CoverageRow is one organisation's line in the coverage table.
type CoverageRow struct {
	ID                int // the organisation's
	Organization      *gen.Organization
	Form              partycoverage.Form
	Since             *time.Time
	PartyOrganization *gen.PartyOrganization
	Assignment        *gen.OfficerAssignment
	LastVisitOn       *time.Time
}

// CoverageEdge is a row with its cursor.
type CoverageEdge struct {
	Cursor gen.Cursor
	Node   *CoverageRow
}

// CoverageConnection is a page of the coverage table.
type CoverageConnection struct {
	Edges      []*CoverageEdge
	PageInfo   gen.PageInfo
	TotalCount int
}

// CoverageFilter narrows the coverage table.
type CoverageFilter struct {
	Form      *partycoverage.Form
	Town      *string
	Kind      *organization.Kind
	Search    *string
	OfficerID *int
}

// Status is an organisation's party-building status on its record.
type Status struct {
	Form              partycoverage.Form
	Since             *time.Time
	PartyOrganization *gen.PartyOrganization
	Officer           *gen.GuidanceOfficer
	Uncovered         bool
}

// FormCount is a count by coverage form.
type FormCount struct {
	Form  partycoverage.Form
	Count int
}

// Group is the coverage of one town or organisation kind.
type Group struct {
	Key     string
	Total   int
	Covered int
	Rate    float64
	ByForm  []FormCount
}

// Month is coverage at the end of a month.
type Month struct {
	Month   string
	Total   int
	Covered int
	Rate    float64
}

// OfficerLoad is an officer's load now.
type OfficerLoad struct {
	Officer *gen.GuidanceOfficer
	Load    int
}

// MonthCount is a count in a month.
type MonthCount struct {
	Month string
	Count int
}

// TypeCount is the activities of one type in a year.
type TypeCount struct {
	Type             partydata.ActivityType
	Count            int
	VolunteerMinutes int
}

// OrgKindCount is the party organisations of one kind.
type OrgKindCount struct {
	Kind                partyorganization.Kind
	Count               int
	FullMembers         int
	ProbationaryMembers int
}

// Statistics are the committee's figures.
type Statistics struct {
	Year               int
	Total              int
	Covered            int
	Rate               float64
	ByForm             []FormCount
	ByTown             []Group
	ByKind             []Group
	Trend              []Month
	PartyOrganizations []OrgKindCount
	OfficerLoads       []OfficerLoad
	MaxLoad            int
	VisitsByMonth      []MonthCount
	ActivitiesByType   []TypeCount
	VolunteerMinutes   int
	PointsAwarded      int
}

// LeaderboardRow is one line of the volunteer leaderboard.
type LeaderboardRow struct {
	Rank      int
	Volunteer *gen.PartyVolunteer
	Points    int
	Minutes   int
}

// VolunteerRecord is a volunteer's own record of a year.
type VolunteerRecord struct {
	Volunteer *gen.PartyVolunteer
	Year      int
	Points    int
	Minutes   int
	Rank      *int
	Entries   []*gen.VolunteerPointEntry
}

// PointRule is the points per hour of one activity type.
type PointRule struct {
	Type          partydata.ActivityType
	PointsPerHour int
}

// OrgInput is a party organisation as the committee enters it.
type OrgInput struct {
	Kind                partyorganization.Kind
	Name                string
	ParentID            *int
	OrganizationID      *int
	Secretary           *string
	SecretaryPhone      *string
	FullMembers         int
	ProbationaryMembers *int
	FoundedOn           time.Time
}

// OfficerInput is a new guidance officer.
type OfficerInput struct {
	UserID int
	Name   string
	Unit   *string
	Phone  *string
}

// OfficerUpdate changes an officer.
type OfficerUpdate struct {
	Name   *string
	Unit   *string
	Phone  *string
	Active *bool
}

// FollowUpInput is one follow-up of a visit.
type FollowUpInput struct {
	Action string
	DueOn  time.Time
}

// VisitInput is a visit as an officer logs it.
type VisitInput struct {
	OrganizationID int
	VisitedOn      time.Time
	Topics         string
	Findings       *string
	FollowUps      []*FollowUpInput
}

// ActivityInput is an activity as recorded.
type ActivityInput struct {
	Type             partydata.ActivityType
	Title            string
	HeldOn           time.Time
	Place            *string
	Description      *string
	OrganizationIDs  []int
	Participants     int
	VolunteerMinutes int
}

// VolunteerTime is one volunteer's time in an activity.
type VolunteerTime struct {
	VolunteerID int
	Minutes     int
}

// SettingsInput changes the county's settings.
type SettingsInput struct {
	MaxOfficerLoad *int
	PointsPerHour  *int
	Rules          []*PointRule
}

// VolunteerInput is a new volunteer.
type VolunteerInput struct {
	Name                string
	PartyOrganizationID int
	UserID              *int
}
