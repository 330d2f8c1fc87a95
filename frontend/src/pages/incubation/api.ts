import { graphql } from '../../gql';

// Every incubation page's reads and writes. Pages refetch after a change
// (urql's document cache drops queries holding a changed type).

export const CentresDocument = graphql(`
  query IncubationCentres {
    incubationCentres(first: 5) {
      edges {
        node {
          id
          name
          address
          totalArea
          staffCount
          graduationThreshold
          defaultTermMonths
          offerDays
          assessmentIntervalMonths
          active
          occupancy {
            areaUsed
            areaAvailable
            seatsUsed
            seatsTotal
            activeTenancies
            virtualTenancies
            waiting
            openOffers
          }
          spaces {
            id
            code
            kind
            floor
            area
            seats
            seatsFree
            status
            facilities
            maintenance
            occupants {
              seats
              tenancy {
                id
                endsOn
                organization {
                  id
                  name
                }
              }
            }
            openOffers {
              id
              seats
              respondBy
              entry {
                id
                organization {
                  id
                  name
                }
              }
            }
          }
          criteria {
            id
            key
            nameZh
            nameEn
            guidance
            weight
            position
            active
          }
        }
      }
    }
  }
`);

export const TenanciesDocument = graphql(`
  query Tenancies($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: TenancyWhereInput) {
    tenancies(first: $first, after: $after, last: $last, before: $before, where: $where, orderBy: { field: ENDS_ON, direction: ASC }) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          id
          stage
          virtual
          status
          endsOn
          organization {
            id
            name
          }
          mentor {
            id
            displayName
          }
          seats {
            id
            seats
            space {
              id
              code
            }
          }
          latestAssessment {
            id
            total
          }
          graduationCheck {
            ready
          }
        }
      }
    }
  }
`);

export const TenancyDocument = graphql(`
  query Tenancy($id: ID!) {
    node(id: $id) {
      __typename
      ... on Tenancy {
        id
        stage
        virtual
        status
        startOn
        endsOn
        termMonths
        notes
        endedOn
        endReason
        certificateNo
        certificateURL
        certificateVerifyURL
        serviceHours
        assessmentDue
        organization {
          id
          name
        }
        centre {
          id
          name
          graduationThreshold
          criteria {
            id
            nameZh
            nameEn
            weight
            active
          }
        }
        mentor {
          id
          displayName
        }
        agreement {
          id
          title
        }
        seats {
          id
          seats
          space {
            id
            code
          }
        }
        milestones {
          id
          key
          title
          dueOn
          mandatory
          metOn
          evidence
        }
        services {
          id
          kind
          title
          heldOn
          hours
          note
        }
        extensions {
          id
          months
          reason
          newEndsOn
          extendedByName
          createdAt
        }
        assessments {
          id
          assessedOn
          total
          comment
          assessorName
          scores {
            criterionID
            name
            weight
            score
          }
        }
        graduationCheck {
          ready
          threshold
          latestScore
          missing {
            code
            message
            milestone {
              id
              title
            }
          }
        }
        alumniReports {
          id
          year
          stillActive
          staffCount
          projects
          fundingWon
          note
        }
      }
    }
  }
`);

export const WaitlistDocument = graphql(`
  query Waitlist($centreID: ID!, $includeClosed: Boolean, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    waitlist(centreID: $centreID, includeClosed: $includeClosed, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          id
          position
          priority
          priorityReason
          seatsNeeded
          stage
          status
          joinedAt
          organization {
            id
            name
          }
          openOffer {
            id
            respondBy
            seats
            space {
              id
              code
            }
          }
        }
      }
    }
  }
`);

export const MyOffersDocument = graphql(`
  query MySpaceOffers {
    spaceOffers(first: 20, status: OPEN) {
      edges {
        node {
          id
          status
          seats
          respondBy
          space {
            id
            code
            centre {
              id
              name
            }
          }
          entry {
            id
            organization {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const StatsDocument = graphql(`
  query IncubationStats($centreID: ID!, $from: Time!, $to: Time!) {
    incubationStats(centreID: $centreID, from: $from, to: $to) {
      occupancy {
        on
        areaUsed
        areaTotal
        seatsUsed
        seatsTotal
      }
      tenantsByStage {
        stage
        count
      }
      graduatedByYear {
        year
        count
      }
      averageMonthsToGraduation
      waitlistLength
      averageWaitDays
      offersAccepted
      offersDeclined
      offersExpired
    }
  }
`);

export const AdmissionCaseDocument = graphql(`
  query AdmissionCase($id: ID!) {
    node(id: $id) {
      __typename
      ... on Case {
        id
        state
        programme
        application
        allowedActions
      }
    }
    admissionCriteria {
      key
      name
      weight
      guidance
    }
  }
`);

export const AdmissionStaffDocument = graphql(`
  query AdmissionStaff($id: ID!) {
    admissionAssessment(caseID: $id) {
      id
      readiness
      outcome
      seats
      termMonths
      comment
      assessorName
      scores {
        key
        name
        weight
        score
      }
      centre {
        id
        name
      }
      space {
        id
        code
      }
    }
    incubationCentres(first: 10) {
      edges {
        node {
          id
          name
          defaultTermMonths
          spaces {
            id
            code
            seats
            seatsFree
            status
          }
        }
      }
    }
  }
`);


export const GraduateDocument = graphql(`
  mutation GraduateTenancy($id: ID!) {
    graduateTenancy(id: $id) {
      id
      status
      certificateNo
    }
  }
`);

export const EndTenancyDocument = graphql(`
  mutation EndTenancy($id: ID!, $exit: TenancyExit!, $reason: String!) {
    endTenancy(id: $id, exit: $exit, reason: $reason) {
      id
      status
    }
  }
`);

export const ExtendTenancyDocument = graphql(`
  mutation ExtendTenancy($id: ID!, $months: Int!, $reason: String!) {
    extendTenancy(id: $id, months: $months, reason: $reason) {
      id
      endsOn
    }
  }
`);

export const UpdateTenancyPlanDocument = graphql(`
  mutation UpdateTenancyPlan($id: ID!, $input: UpdateTenancyPlanInput!) {
    updateTenancyPlan(id: $id, input: $input) {
      id
      notes
      mentor {
        id
        displayName
      }
    }
  }
`);

export const AddMilestoneDocument = graphql(`
  mutation AddMilestone($id: ID!, $input: MilestoneInput!) {
    addMilestone(tenancyID: $id, input: $input) {
      id
    }
  }
`);

export const SetMilestoneMetDocument = graphql(`
  mutation SetMilestoneMet($id: ID!, $metOn: Time, $evidence: String) {
    setMilestoneMet(id: $id, metOn: $metOn, evidence: $evidence) {
      id
      metOn
    }
  }
`);

export const RemoveMilestoneDocument = graphql(`
  mutation RemoveMilestone($id: ID!) {
    removeMilestone(id: $id)
  }
`);

export const LogServiceDocument = graphql(`
  mutation LogTenancyService($id: ID!, $input: TenancyServiceInput!) {
    logTenancyService(tenancyID: $id, input: $input) {
      id
    }
  }
`);

export const AssessMaturityDocument = graphql(`
  mutation AssessMaturity($id: ID!, $input: AssessMaturityInput!) {
    assessMaturity(tenancyID: $id, input: $input) {
      id
      total
    }
  }
`);

export const ReportAlumniDocument = graphql(`
  mutation ReportAlumniStatus($id: ID!, $input: AlumniReportInput!) {
    reportAlumniStatus(tenancyID: $id, input: $input) {
      id
    }
  }
`);

export const SetPriorityDocument = graphql(`
  mutation SetWaitlistPriority($id: ID!, $priority: Int!, $reason: String!) {
    setWaitlistPriority(id: $id, priority: $priority, reason: $reason) {
      id
      priority
    }
  }
`);

export const OfferSpaceDocument = graphql(`
  mutation OfferSpace($entryID: ID!, $spaceID: ID!) {
    offerSpace(entryID: $entryID, spaceID: $spaceID) {
      id
    }
  }
`);

export const WithdrawOfferDocument = graphql(`
  mutation WithdrawSpaceOffer($id: ID!, $reason: String!) {
    withdrawSpaceOffer(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const LeaveWaitlistDocument = graphql(`
  mutation LeaveWaitlist($id: ID!, $reason: String!) {
    leaveWaitlist(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const AnswerOfferDocument = graphql(`
  mutation AnswerSpaceOffer($id: ID!, $accept: Boolean!, $note: String) {
    answerSpaceOffer(id: $id, accept: $accept, note: $note) {
      id
      status
    }
  }
`);

export const CreateCentreDocument = graphql(`
  mutation CreateIncubationCentre($input: CreateIncubationCentreInput!) {
    createIncubationCentre(input: $input) {
      id
    }
  }
`);

export const UpdateCentreDocument = graphql(`
  mutation UpdateIncubationCentre($id: ID!, $input: UpdateIncubationCentreInput!) {
    updateIncubationCentre(id: $id, input: $input) {
      id
    }
  }
`);

export const CreateSpaceDocument = graphql(`
  mutation CreateIncubationSpace($input: CreateIncubationSpaceInput!) {
    createIncubationSpace(input: $input) {
      id
    }
  }
`);

export const UpdateSpaceDocument = graphql(`
  mutation UpdateIncubationSpace($id: ID!, $input: UpdateIncubationSpaceInput!) {
    updateIncubationSpace(id: $id, input: $input) {
      id
    }
  }
`);

export const CreateCriterionDocument = graphql(`
  mutation CreateMaturityCriterion($input: CreateMaturityCriterionInput!) {
    createMaturityCriterion(input: $input) {
      id
    }
  }
`);

export const UpdateCriterionDocument = graphql(`
  mutation UpdateMaturityCriterion($id: ID!, $input: UpdateMaturityCriterionInput!) {
    updateMaturityCriterion(id: $id, input: $input) {
      id
    }
  }
`);

export const AssessAdmissionDocument = graphql(`
  mutation AssessAdmission($id: ID!, $input: AssessAdmissionInput!) {
    assessAdmission(caseID: $id, input: $input) {
      id
      readiness
      outcome
    }
  }
`);

export const SaveApplicationDocument = graphql(`
  mutation SaveAdmissionApplication($id: ID!, $application: Map!) {
    saveCaseApplication(id: $id, application: $application) {
      id
      application
    }
  }
`);

/** The viewer's applications to the incubator (cases of the programme's items). */
export const MyAdmissionCasesDocument = graphql(`
  query MyAdmissionCases($items: [ID!]!) {
    cases(first: 20, where: { serviceItemIDIn: $items }, orderBy: { field: CREATED_AT, direction: DESC }) {
      edges {
        node {
          id
          number
          title
          state
          updatedAt
        }
      }
    }
  }
`);

export const ProgrammeItemsDocument = graphql(`
  query IncubationProgrammeItems {
    serviceItems(first: 100, where: { active: true }) {
      edges {
        node {
          id
          programme
        }
      }
    }
  }
`);
