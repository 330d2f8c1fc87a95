package incubation

import "hatchery/ent/tenancy"

type tenancyStage = tenancy.Stage
