import { graphql } from '../../../gql';

// The guidance officer's reads and writes: their record and follow-ups, the
// organisations assigned to them (the coverage table answers an officer only
// theirs), visits and activities (each as the viewer may read them), photos
// and volunteers. The NGO's page reads the same visits and activities
// (ngo/api.ts), narrowed by the server to their own organisation.

export const PartyWorkOfficerDocument = graphql(`
  query PartyWorkOfficer {
    myGuidanceOfficer {
      id
      name
      unit
      phone
      currentLoad
      maxLoad
    }
    myFollowUps {
      id
      action
      dueOn
      doneOn
      visit {
        id
        visitedOn
        organization {
          id
          name
        }
      }
    }
  }
`);

/** The organisations the viewer may record for: an officer's own (all DISPATCH). */
export const PartyWorkOrganizationsDocument = graphql(`
  query PartyWorkOrganizations($first: Int!, $after: Cursor, $filter: CoverageFilter) {
    partyCoverageTable(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          form
          since
          lastVisitOn
          organization {
            id
            name
            town
            kind
          }
          assignment {
            id
            startOn
          }
        }
      }
    }
  }
`);

/** One organisation's name (the one a form was opened for). */
export const PartyWorkOrganizationNameDocument = graphql(`
  query PartyWorkOrganizationName($id: ID!) {
    node(id: $id) {
      __typename
      ... on Organization {
        id
        name
      }
    }
  }
`);

export const PartyWorkVisitFieldsFragment = graphql(`
  fragment PartyWorkVisitFields on PartyVisit {
    id
    visitedOn
    topics
    findings
    organization {
      id
      name
    }
    officer {
      id
      name
    }
    followUps {
      id
      action
      dueOn
      doneOn
    }
    photos {
      ...DocumentFields
    }
  }
`);

export const PartyWorkVisitsDocument = graphql(`
  query PartyWorkVisits($first: Int!, $after: Cursor, $where: PartyVisitWhereInput) {
    partyVisits(first: $first, after: $after, where: $where, orderBy: { field: VISITED_ON, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...PartyWorkVisitFields
        }
      }
    }
  }
`);

export const PartyWorkActivityFieldsFragment = graphql(`
  fragment PartyWorkActivityFields on PartyActivity {
    id
    type
    title
    heldOn
    place
    participants
    volunteerMinutes
    involvements {
      id
      organization {
        id
        name
      }
    }
    photos {
      ...DocumentFields
    }
  }
`);

export const PartyWorkActivitiesDocument = graphql(`
  query PartyWorkActivities($first: Int!, $after: Cursor) {
    partyActivities(first: $first, after: $after, orderBy: { field: HELD_ON, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...PartyWorkActivityFields
        }
      }
    }
  }
`);

export const PartyWorkVisitDocument = graphql(`
  query PartyWorkVisit($id: ID!) {
    node(id: $id) {
      __typename
      ... on PartyVisit {
        ...PartyWorkVisitFields
      }
    }
  }
`);

export const PartyWorkActivityDocument = graphql(`
  query PartyWorkActivity($id: ID!) {
    node(id: $id) {
      __typename
      ... on PartyActivity {
        ...PartyWorkActivityFields
        description
        createdAt
        officer {
          id
          name
          userID
        }
        volunteerEntries {
          id
          kind
          minutes
          points
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
    }
  }
`);

export const LogVisitDocument = graphql(`
  mutation PartyWorkLogVisit($input: LogVisitInput!) {
    logVisit(input: $input) {
      ...PartyWorkVisitFields
    }
  }
`);

export const CompleteFollowUpDocument = graphql(`
  mutation PartyWorkCompleteFollowUp($id: ID!) {
    completeFollowUp(id: $id) {
      id
      doneOn
    }
  }
`);

export const RecordActivityDocument = graphql(`
  mutation PartyWorkRecordActivity($input: RecordActivityInput!) {
    recordActivity(input: $input) {
      id
    }
  }
`);

/** The county's party-member volunteers, to pick from (at most a page of 200, by name). */
export const PartyWorkVolunteersDocument = graphql(`
  query PartyWorkVolunteers {
    partyVolunteers(first: 200, orderBy: { field: NAME, direction: ASC }) {
      totalCount
      edges {
        node {
          id
          name
          partyOrganization {
            id
            name
          }
        }
      }
    }
  }
`);

export const AddActivityVolunteersDocument = graphql(`
  mutation PartyWorkAddVolunteers($activityID: ID!, $volunteers: [ActivityVolunteerInput!]!) {
    addActivityVolunteers(activityID: $activityID, volunteers: $volunteers) {
      id
    }
  }
`);
