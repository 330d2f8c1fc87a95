package schema

import (
	"entgo.io/ent"

	"hatchery/internal/auth"
	"hatchery/internal/authz"
	"hatchery/internal/casework"
	"hatchery/internal/documents"
	"hatchery/internal/optimistic"
	"hatchery/internal/registry"
)

// Privacy policies and hooks of every entity, in one place. The rules
// themselves live in internal/authz (who may do what) and the programme
// packages (what must hold); this file only attaches them.

// Hooks of the DomainMixin.
func (DomainMixin) Hooks() []ent.Hook { return []ent.Hook{authz.SetDomainOnCreate()} }

// Hooks of the VersionMixin.
func (VersionMixin) Hooks() []ent.Hook { return []ent.Hook{optimistic.Hook()} }

// Policy of the Domain.
func (Domain) Policy() ent.Policy { return authz.DomainEntityPolicy() }

// Policy of the User.
func (User) Policy() ent.Policy { return authz.UserPolicy() }

// Hooks of the User: a disabled account loses its sessions at once; the
// last active platform admin cannot be disabled.
func (User) Hooks() []ent.Hook {
	return []ent.Hook{auth.RevokeSessionsOnDisable(), auth.KeepAPlatformAdmin()}
}

// Policy of the RoleAssignment.
func (RoleAssignment) Policy() ent.Policy { return authz.RoleAssignmentPolicy() }

// Hooks of the RoleAssignment: the last platform admin's role stays;
// Casbin reloads once the change commits.
func (RoleAssignment) Hooks() []ent.Hook {
	return []ent.Hook{auth.KeepAPlatformAdmin(), authz.ReloadOnRoleChange()}
}

// Policy of the Session.
func (Session) Policy() ent.Policy { return authz.SystemOnlyPolicy() }

// JobRun rows are written and read by the job scheduler alone.
func (JobRun) Policy() ent.Policy { return authz.SystemOnlyPolicy() }

// Policy of the Organization.
func (Organization) Policy() ent.Policy { return authz.OrganizationPolicy() }

// Hooks of the Organization.
func (Organization) Hooks() []ent.Hook {
	return []ent.Hook{registry.NormalizeOrganization(), registry.UniqueUSCC()}
}

// Policy of the Membership.
func (Membership) Policy() ent.Policy { return authz.MembershipPolicy() }

// Hooks of the Membership.
func (Membership) Hooks() []ent.Hook { return []ent.Hook{registry.MembershipSameDomain()} }

// Policy of the AuditLog.
func (AuditLog) Policy() ent.Policy { return authz.AuditLogPolicy() }

// Policy of the Document.
func (Document) Policy() ent.Policy { return authz.DocumentPolicy() }

// Policy of the DocumentVersion.
func (DocumentVersion) Policy() ent.Policy { return authz.DocumentVersionPolicy() }

// Policy of the DocumentUpload.
func (DocumentUpload) Policy() ent.Policy { return authz.DocumentUploadPolicy() }

// Hooks of the Document: expiry dates are dates, a document a submitted case
// relies on stays, and the legacy owner columns follow the generic owner.
func (Document) Hooks() []ent.Hook {
	return []ent.Hook{documents.DateOnlyExpiry(), casework.KeepCaseMaterials(), documents.LegacyOwnerColumns()}
}

// Policy of the ServiceItem.
func (ServiceItem) Policy() ent.Policy { return authz.ServiceItemPolicy() }

// Policy of the ServiceCase.
func (ServiceCase) Policy() ent.Policy { return authz.CasePolicy() }

// Policy of the CaseEvent.
func (CaseEvent) Policy() ent.Policy { return authz.CaseSatellitePolicy() }

// Policy of the CaseNotice.
func (CaseNotice) Policy() ent.Policy { return authz.CaseSatellitePolicy() }

// Policy of the Consultation.
func (Consultation) Policy() ent.Policy { return authz.ConsultationPolicy() }

// Policy of the CalendarDay.
func (CalendarDay) Policy() ent.Policy { return authz.CalendarPolicy() }

// Policy of the CaseCounter.
func (CaseCounter) Policy() ent.Policy { return authz.SystemOnlyPolicy() }

// Policy of the OrganizationTally.
func (OrganizationTally) Policy() ent.Policy { return authz.OrganizationTallyPolicy() }

// Policy of the Notification: its recipient reads and marks it; only
// internal/notify (as the system) writes one.
func (Notification) Policy() ent.Policy { return authz.NotificationPolicy() }

// Incubation (internal/authz/incubation.go; internal/incubation writes).

// Policy of the IncubationCentre.
func (IncubationCentre) Policy() ent.Policy { return authz.IncubationConfigPolicy() }

// Policy of the IncubationSpace.
func (IncubationSpace) Policy() ent.Policy { return authz.IncubationConfigPolicy() }

// Policy of the MaturityCriterion.
func (MaturityCriterion) Policy() ent.Policy { return authz.IncubationConfigPolicy() }

// Policy of the Tenancy.
func (Tenancy) Policy() ent.Policy { return authz.TenancyPolicy() }

// Policy of the WaitlistEntry.
func (WaitlistEntry) Policy() ent.Policy { return authz.TenancyPolicy() }

// Policy of the SpaceOffer.
func (SpaceOffer) Policy() ent.Policy { return authz.TenancyPolicy() }

// Policy of the TenancySpace.
func (TenancySpace) Policy() ent.Policy { return authz.TenancyPartPolicy() }

// Policy of the TenancyMilestone.
func (TenancyMilestone) Policy() ent.Policy { return authz.TenancyPartPolicy() }

// Policy of the TenancyService.
func (TenancyService) Policy() ent.Policy { return authz.TenancyPartPolicy() }

// Policy of the TenancyExtension.
func (TenancyExtension) Policy() ent.Policy { return authz.TenancyPartPolicy() }

// Policy of the MaturityAssessment.
func (MaturityAssessment) Policy() ent.Policy { return authz.TenancyPartPolicy() }

// Policy of the AlumniReport.
func (AlumniReport) Policy() ent.Policy { return authz.TenancyPartPolicy() }

// Policy of the AdmissionAssessment.
func (AdmissionAssessment) Policy() ent.Policy { return authz.AdmissionAssessmentPolicy() }

// Policy of the CertificateCounter: internal/incubation writes it as the system.
func (CertificateCounter) Policy() ent.Policy { return authz.SystemOnlyPolicy() }

// Venture grants (internal/grant) and review panels (internal/review):
// see internal/authz/grant.go.

// Policy of the Fund.
func (Fund) Policy() ent.Policy { return authz.FundPolicy() }

// Policy of the FundBudget.
func (FundBudget) Policy() ent.Policy { return authz.FundPolicy() }

// Policy of the LedgerEntry.
func (LedgerEntry) Policy() ent.Policy { return authz.LedgerPolicy() }

// Hooks of the LedgerEntry: append-only.
func (LedgerEntry) Hooks() []ent.Hook { return []ent.Hook{authz.LedgerAppendOnly()} }

// Policy of the GrantCall.
func (GrantCall) Policy() ent.Policy { return authz.GrantCallPolicy() }

// Policy of the GrantCallFund.
func (GrantCallFund) Policy() ent.Policy { return authz.GrantCallFundPolicy() }

// Policy of the Proposal.
func (Proposal) Policy() ent.Policy { return authz.ProposalPolicy() }

// Policy of the Award.
func (Award) Policy() ent.Policy { return authz.AwardPolicy() }

// Policy of the Objection.
func (Objection) Policy() ent.Policy { return authz.ObjectionPolicy() }

// Policy of the ReviewPanel.
func (ReviewPanel) Policy() ent.Policy { return authz.ReviewPolicy() }

// Policy of the PanelMember.
func (PanelMember) Policy() ent.Policy { return authz.PanelMemberPolicy() }

// Policy of the ReviewAssignment.
func (ReviewAssignment) Policy() ent.Policy { return authz.ReviewAssignmentPolicy() }

// Policy of the ConflictDeclaration.
func (ConflictDeclaration) Policy() ent.Policy { return authz.ReviewAssignmentPolicy() }

// Party-building liaison (internal/party; rules in internal/authz/party.go).

// Policy of the PartyOrganization.
func (PartyOrganization) Policy() ent.Policy { return authz.PartyOrganizationPolicy() }

// Policy of the PartyCoverage.
func (PartyCoverage) Policy() ent.Policy { return authz.PartyCoveragePolicy() }

// Policy of the GuidanceOfficer.
func (GuidanceOfficer) Policy() ent.Policy { return authz.GuidanceOfficerPolicy() }

// Policy of the OfficerAssignment.
func (OfficerAssignment) Policy() ent.Policy { return authz.PartyCoveragePolicy() }

// Policy of the PartySettings.
func (PartySettings) Policy() ent.Policy { return authz.PartySettingsPolicy() }

// Policy of the PartyPointRule.
func (PartyPointRule) Policy() ent.Policy { return authz.PartySettingsPolicy() }

// Policy of the PartyVisit.
func (PartyVisit) Policy() ent.Policy { return authz.PartyVisitPolicy() }

// Policy of the VisitFollowUp.
func (VisitFollowUp) Policy() ent.Policy { return authz.PartyVisitPolicy() }

// Policy of the PartyActivity.
func (PartyActivity) Policy() ent.Policy { return authz.PartyActivityPolicy() }

// Policy of the PartyVolunteer.
func (PartyVolunteer) Policy() ent.Policy { return authz.PartyVolunteerPolicy() }

// Policy of the VolunteerPointEntry.
func (VolunteerPointEntry) Policy() ent.Policy { return authz.VolunteerPointPolicy() }

// Hooks of the VolunteerPointEntry: the ledger is append-only.
func (VolunteerPointEntry) Hooks() []ent.Hook { return []ent.Hook{authz.PointLedgerAppendOnly()} }

// Policy of the ActivityOrganization: read and written like its activity.
func (ActivityOrganization) Policy() ent.Policy { return authz.ActivityOrganizationPolicy() }
