// Package partydata holds the party-building values stored in ent fields
// (ent/schema imports it, so it imports nothing of the project).
package partydata

import (
	"fmt"
	"io"
	"slices"
	"strconv"
)

// ActivityType is the kind of a "party building + public benefit"
// (党建+公益) activity.
type ActivityType string

// The activity types.
const (
	DisasterPrevention   ActivityType = "DISASTER_PREVENTION"
	LegalOutreach        ActivityType = "LEGAL_OUTREACH"
	CivilisedTraffic     ActivityType = "CIVILISED_TRAFFIC"
	HeritageProtection   ActivityType = "HERITAGE_PROTECTION"
	RiverCleaning        ActivityType = "RIVER_CLEANING"
	MartyrsCommemoration ActivityType = "MARTYRS_COMMEMORATION"
	CommunityBuilding    ActivityType = "COMMUNITY_BUILDING"
	Other                ActivityType = "OTHER"
)

// ActivityTypes lists every type in the order screens show them.
var ActivityTypes = []ActivityType{DisasterPrevention, LegalOutreach, CivilisedTraffic, HeritageProtection,
	RiverCleaning, MartyrsCommemoration, CommunityBuilding, Other}

// Values of the ActivityType, for ent.
func (ActivityType) Values() []string {
	out := make([]string, len(ActivityTypes))
	for i, t := range ActivityTypes {
		out[i] = string(t)
	}
	return out
}

// MarshalGQL writes the type as a GraphQL enum value.
func (t ActivityType) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(t))) }

// UnmarshalGQL reads a type, refusing one the API does not list.
func (t *ActivityType) UnmarshalGQL(v any) error {
	s, _ := v.(string)
	if !slices.Contains(ActivityTypes, ActivityType(s)) {
		return fmt.Errorf("%q is not an activity type", s)
	}
	*t = ActivityType(s)
	return nil
}
