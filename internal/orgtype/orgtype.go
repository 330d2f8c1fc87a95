// Package orgtype holds the small value types of the organisation registry
// that are stored as JSON and exposed as GraphQL enums.
package orgtype

import (
	"fmt"
	"io"
	"strconv"
)

// ServiceField is an area an organisation serves in (服务领域).
type ServiceField string

// The service fields, in the order the registry form lists them.
const (
	Education        ServiceField = "EDUCATION"
	Culture          ServiceField = "CULTURE"
	Sport            ServiceField = "SPORT"
	CommunityService ServiceField = "COMMUNITY_SERVICE"
	ElderlyCare      ServiceField = "ELDERLY_CARE"
	Disability       ServiceField = "DISABILITY"
	HardshipRelief   ServiceField = "HARDSHIP_RELIEF"
	Charity          ServiceField = "CHARITY"
	Environment      ServiceField = "ENVIRONMENT"
	Other            ServiceField = "OTHER"
)

// AllServiceFields lists every valid ServiceField.
var AllServiceFields = []ServiceField{
	Education, Culture, Sport, CommunityService, ElderlyCare,
	Disability, HardshipRelief, Charity, Environment, Other,
}

// Valid reports whether f is one of AllServiceFields.
func (f ServiceField) Valid() bool {
	for _, v := range AllServiceFields {
		if f == v {
			return true
		}
	}
	return false
}

// MarshalGQL writes the field as a GraphQL enum value.
func (f ServiceField) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(f))) }

// UnmarshalGQL reads a GraphQL enum value, rejecting unknown ones.
func (f *ServiceField) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("service field must be a string, got %T", v)
	}
	if !ServiceField(s).Valid() {
		return fmt.Errorf("%q is not a valid service field", s)
	}
	*f = ServiceField(s)
	return nil
}
