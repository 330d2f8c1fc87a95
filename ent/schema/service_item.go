package schema

import (
	"slices"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"hatchery/internal/casework/casedata"
)

// ServiceItem is one entry of a domain's catalogue of services applicants
// apply for (incubation admission, venture-grant proposal, …): the
// materials it needs and its time limits in working days. A case copies
// the item when it is submitted, so later edits never change a case
// already under way.
type ServiceItem struct{ ent.Schema }

// Mixin of the ServiceItem.
func (ServiceItem) Mixin() []ent.Mixin {
	return []ent.Mixin{TimeMixin{}, DomainMixin{}}
}

// Fields of the ServiceItem.
func (ServiceItem) Fields() []ent.Field {
	return []ent.Field{
		// Stable code within the domain, e.g. INCUBATION_ADMISSION.
		field.String("code").Match(serviceItemCodePattern).Validate(oneLine(50)).
			Annotations(entgql.OrderField("CODE")),
		field.String("name").NotEmpty().Validate(oneLine(100)).
			Annotations(entgql.OrderField("NAME")),
		field.Text("description").Optional().Validate(multiLine(5000)),
		// Time limit set by law or regulation (法定时限), working days.
		field.Int("statutory_days").Positive(),
		// Time limit the bureau promises (承诺时限), working days; at most the statutory one.
		field.Int("promised_days").Positive(),
		// Working days an applicant has to supplement after a deficiency notice.
		field.Int("supplement_days").Positive().Default(5),
		// Whether the window officer (审批专员) decides, rather than a bureau admin.
		field.Bool("delegated").Default(false),
		field.JSON("materials", []casedata.Material{}).Default([]casedata.Material{}).
			Annotations(entgql.Type("[Material!]"),
				entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)),
		field.Bool("active").Default(true),
		// The programme the item's applications belong to (a key registered
		// with casework, see internal/casework/programme.go), or "" for a plain
		// service. internal/casework checks the key against its registry when
		// an item is created or changed; cases copy it when opened.
		field.String("programme").Default("").
			Comment("Key of the programme the item's applications belong to; empty for a plain service.").
			Validate(func(s string) error {
				if err := oneLine(50)(s); err != nil {
					return err
				}
				if s != "" && !programmePattern.MatchString(s) {
					return errProgrammeKey
				}
				return nil
			}),
	}
}

// Indexes of the ServiceItem.
func (ServiceItem) Indexes() []ent.Index {
	return append([]ent.Index{index.Fields("domain_id", "code").Unique()}, slices.Concat(orderIndexes("created_at", "code", "name"), filterIndexes("active"))...)
}

// Annotations of the ServiceItem.
func (ServiceItem) Annotations() []schema.Annotation {
	return []schema.Annotation{
		filters("code", "name", "active"),
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
