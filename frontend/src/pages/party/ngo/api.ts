import { graphql } from '../../../gql';

// The NGO member's party-building page: their organisation's status and
// coverage history (party:read_own). Its visits and activities come from
// officer/api.ts's queries, which the server narrows to the organisation.

export const PartyWorkMyStatusDocument = graphql(`
  query PartyWorkMyStatus($id: ID!) {
    node(id: $id) {
      __typename
      ... on Organization {
        id
        name
        town
        partyStatus {
          form
          since
          uncovered
          partyOrganization {
            id
            name
            kind
            secretary
          }
          officer {
            id
            name
            unit
            phone
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
      partyOrganization {
        id
        name
      }
    }
  }
`);

/** The viewer's own volunteer record of a year (none when they are no volunteer). */
export const PartyWorkMyPointsDocument = graphql(`
  query PartyWorkMyPoints($year: Int) {
    myVolunteerRecord(year: $year) {
      year
      points
      minutes
      rank
      volunteer {
        id
        name
        partyOrganization {
          id
          name
        }
      }
      entries {
        id
        kind
        minutes
        points
        reason
        createdAt
        activity {
          id
          title
          heldOn
        }
      }
    }
  }
`);
