package casework

import (
	"time"

	"hatchery/internal/casework/casedata"
)

// Finding is a handler's finding on one material.
type Finding struct {
	Key    string
	Status casedata.Status
	Note   *string
}

// ConsultRequest sends a case to one unit.
type ConsultRequest struct {
	Unit       string
	AssigneeID int
	DueDays    int
}

// ClockView is the working-day clock of a case as clients see it.
type ClockView struct {
	DueOn           *time.Time
	DueIfResumedOn  time.Time
	PromisedDays    int
	WorkingDaysUsed int
	WorkingDaysLeft int
	Overdue         bool
	DueSoon         bool
	Paused          bool
	Provisional     bool
}

// Statistics are casework figures over closed cases.
type Statistics struct {
	Closed             int
	OnTime             int
	OnTimeRate         float64
	Early              int
	EarlyRate          float64
	AverageWorkingDays float64
	PromisedDays       int
	ActualDays         int
	SpeedUp            float64
	Rated              int
	Satisfied          int
	SatisfactionRate   float64
}
