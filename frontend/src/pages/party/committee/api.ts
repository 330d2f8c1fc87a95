import { graphql } from '../../../gql';

// The committee's party-building reads and writes (statistics, the
// coverage table, an organisation's history, officers, party
// organisations, settings, volunteers). Pages refetch after a change.

export const PartyStatisticsDocument = graphql(`
  query PartyStatistics($year: Int!) {
    partyStatistics(year: $year) {
      year
      total
      covered
      rate
      byForm {
        form
        count
      }
      byTown {
        key
        total
        covered
        rate
        byForm {
          form
          count
        }
      }
      byKind {
        key
        total
        covered
        rate
        byForm {
          form
          count
        }
      }
      trend {
        month
        total
        covered
        rate
      }
      partyOrganizations {
        kind
        count
        fullMembers
        probationaryMembers
      }
      officerLoads {
        load
        officer {
          id
          name
          unit
        }
      }
      maxLoad
      visitsByMonth {
        month
        count
      }
      activitiesByType {
        type
        count
        volunteerMinutes
      }
      volunteerMinutes
      pointsAwarded
    }
  }
`);

/** The towns of the county with organisations (for the coverage table's filter). */
export const PartyTownsDocument = graphql(`
  query PartyTowns($year: Int!) {
    partyStatistics(year: $year) {
      year
      byTown {
        key
        total
      }
    }
  }
`);

export const CoverageTableDocument = graphql(`
  query PartyCoverageTable($first: Int!, $after: Cursor, $filter: CoverageFilter) {
    partyCoverageTable(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          form
          since
          lastVisitOn
          organization {
            id
            name
            uscc
            town
            kind
          }
          partyOrganization {
            id
            name
            kind
          }
          assignment {
            id
            startOn
            officer {
              id
              name
              currentLoad
              maxLoad
            }
          }
        }
      }
    }
  }
`);

export const OfficersDocument = graphql(`
  query PartyOfficers($activeOnly: Boolean) {
    guidanceOfficers(first: 200, orderBy: { field: NAME, direction: ASC }, where: { active: $activeOnly }) {
      totalCount
      edges {
        node {
          id
          name
          unit
          phone
          active
          currentLoad
          maxLoad
          user {
            id
            username
            displayName
          }
        }
      }
    }
  }
`);

export const AssignOfficerDocument = graphql(`
  mutation AssignGuidanceOfficer($organizationID: ID!, $officerID: ID!, $startOn: Time, $note: String) {
    assignGuidanceOfficer(organizationID: $organizationID, officerID: $officerID, startOn: $startOn, note: $note) {
      id
      startOn
      officer {
        id
        name
        currentLoad
      }
    }
  }
`);

export const OrgCoverageDocument = graphql(`
  query PartyOrgCoverage($id: ID!) {
    node(id: $id) {
      __typename
      ... on Organization {
        id
        name
        uscc
        town
        kind
        status
        partyStatus {
          form
          since
          uncovered
          partyOrganization {
            id
            name
            kind
          }
          officer {
            id
            name
          }
        }
      }
    }
    coverageHistory(organizationID: $id) {
      id
      form
      startOn
      endOn
      reason
      endReason
      partyOrganization {
        id
        name
        kind
      }
    }
    assignmentHistory(organizationID: $id) {
      id
      startOn
      endOn
      note
      endReason
      officer {
        id
        name
        unit
        phone
        currentLoad
        maxLoad
      }
      predecessor {
        id
        officer {
          id
          name
        }
      }
    }
  }
`);

export const SetCoverageDocument = graphql(`
  mutation SetPartyCoverage($organizationID: ID!, $form: PartyCoverageForm!, $partyOrganizationID: ID, $startOn: Time, $reason: String!) {
    setCoverage(organizationID: $organizationID, form: $form, partyOrganizationID: $partyOrganizationID, startOn: $startOn, reason: $reason) {
      id
      form
      startOn
    }
  }
`);

export const HandOverDocument = graphql(`
  mutation HandOverAssignment($assignmentID: ID!, $toOfficerID: ID!, $on: Time, $reason: String!) {
    handOverAssignment(assignmentID: $assignmentID, toOfficerID: $toOfficerID, on: $on, reason: $reason) {
      id
      startOn
      officer {
        id
        name
      }
    }
  }
`);

export const EndAssignmentDocument = graphql(`
  mutation EndAssignment($assignmentID: ID!, $on: Time, $reason: String!) {
    endAssignment(assignmentID: $assignmentID, on: $on, reason: $reason) {
      id
      endOn
    }
  }
`);

export const CreateOfficerDocument = graphql(`
  mutation CreateGuidanceOfficer($input: GuidanceOfficerInput!) {
    createGuidanceOfficer(input: $input) {
      id
      name
    }
  }
`);

export const UpdateOfficerDocument = graphql(`
  mutation UpdateGuidanceOfficer($id: ID!, $input: UpdateGuidanceOfficerInput!) {
    updateGuidanceOfficer(id: $id, input: $input) {
      id
      name
      unit
      phone
      active
    }
  }
`);

export const OfficerAssignmentsDocument = graphql(`
  query OfficerAssignments($officerID: ID!, $all: Boolean) {
    officerAssignments(officerID: $officerID, all: $all) {
      id
      startOn
      endOn
      note
      endReason
      organization {
        id
        name
        town
      }
    }
  }
`);

export const PartyOrganizationsDocument = graphql(`
  query PartyOrganizations {
    partyOrganizations(first: 200, orderBy: { field: KIND, direction: ASC }) {
      totalCount
      edges {
        node {
          id
          kind
          name
          parentID
          parent {
            id
            name
          }
          organizationID
          organization {
            id
            name
          }
          secretary
          secretaryPhone
          fullMembers
          probationaryMembers
          foundedOn
          dissolvedOn
          coveredCount
        }
      }
    }
  }
`);

export const CreatePartyOrganizationDocument = graphql(`
  mutation CreatePartyOrganization($input: PartyOrganizationInput!) {
    createPartyOrganization(input: $input) {
      id
      name
    }
  }
`);

export const UpdatePartyOrganizationDocument = graphql(`
  mutation UpdatePartyOrganization($id: ID!, $input: PartyOrganizationInput!) {
    updatePartyOrganization(id: $id, input: $input) {
      id
      name
    }
  }
`);

export const OrganizationSearchDocument = graphql(`
  query PartyOrganizationSearch($q: String!) {
    organizations(first: 20, where: { nameContainsFold: $q, statusNEQ: DEREGISTERED }, orderBy: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
          town
        }
      }
    }
  }
`);

export const PartySettingsDocument = graphql(`
  query PartySettings {
    partySettings {
      id
      maxOfficerLoad
      pointsPerHour
      rules {
        type
        pointsPerHour
      }
    }
  }
`);

export const UpdatePartySettingsDocument = graphql(`
  mutation UpdatePartySettings($input: PartySettingsInput!) {
    updatePartySettings(input: $input) {
      id
      maxOfficerLoad
      pointsPerHour
      rules {
        type
        pointsPerHour
      }
    }
  }
`);

export const VolunteersDocument = graphql(`
  query PartyVolunteers($year: Int!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    partyVolunteers(first: $first, after: $after, last: $last, before: $before, orderBy: { field: NAME, direction: ASC }) {
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
          name
          points(year: $year)
          partyOrganization {
            id
            name
          }
          user {
            id
            username
            displayName
          }
        }
      }
    }
  }
`);

export const LeaderboardDocument = graphql(`
  query VolunteerLeaderboard($year: Int!) {
    volunteerLeaderboard(year: $year) {
      rank
      points
      minutes
      volunteer {
        id
        name
        partyOrganization {
          id
          name
        }
      }
    }
  }
`);

export const CreateVolunteerDocument = graphql(`
  mutation CreatePartyVolunteer($input: PartyVolunteerInput!) {
    createPartyVolunteer(input: $input) {
      id
      name
    }
  }
`);

export const CorrectPointsDocument = graphql(`
  mutation CorrectVolunteerPoints($volunteerID: ID!, $year: Int!, $points: Int!, $reason: String!) {
    correctVolunteerPoints(volunteerID: $volunteerID, year: $year, points: $points, reason: $reason) {
      id
      points
      year
    }
  }
`);
