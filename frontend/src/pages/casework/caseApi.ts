import { graphql } from '../../gql';

export const CaseClockFieldsFragment = graphql(`
  fragment CaseClockFields on CaseClock {
    dueOn
    dueIfResumedOn
    promisedDays
    workingDaysUsed
    workingDaysLeft
    overdue
    dueSoon
    paused
    provisional
  }
`);

/** What lists show of a case. */
export const CaseRowFieldsFragment = graphql(`
  fragment CaseRowFields on Case {
    id
    number
    title
    state
    itemName
    createdAt
    submittedAt
    dueOn
    decision
    followUp
    updatedAt
    clock {
      ...CaseClockFields
    }
  }
`);

export const CasesDocument = graphql(`
  query Cases($first: Int, $after: Cursor, $last: Int, $before: Cursor, $orderBy: CaseOrder, $where: CaseWhereInput) {
    cases(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, where: $where) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          ...CaseRowFields
        }
      }
    }
  }
`);

/**
 * Everything the case page shows, for every viewer. Consultations are read
 * without their assignee here: an applicant may not read staff accounts
 * (CaseConsultationAssigneesDocument adds them for staff).
 */
export const CaseDetailDocument = graphql(`
  query CaseDetail($id: ID!) {
    node(id: $id) {
      __typename
      ... on Case {
        ...CaseRowFields
        serviceItemID
        organizationID
        delegated
        promisedDays
        statutoryDays
        supplementDays
        acceptedAt
        decidedAt
        decisionReason
        workingDaysUsed
        onTime
        deliveryMethod
        trackingNumber
        deliveredAt
        rating
        ratingComment
        closedAt
        followUpNote
        allowedActions
        organization {
          id
          name
        }
        checklist {
          material {
            key
            name
            description
            core
            category
            formats
            templateDocumentID
          }
          documentIDs
          versionIDs
          status
          note
        }
        notice {
          id
          createdAt
          items {
            key
            name
            status
            note
          }
          deadline
          consequence
          fulfilledAt
          expiredAt
        }
        timeline {
          id
          action
          fromState
          toState
          actorName
          reason
          createdAt
        }
        consultations {
          id
          unit
          dueOn
          answer
          reason
          answeredAt
        }
        documents {
          id
          category
          title
          current {
            ...DocumentVersionFields
          }
        }
      }
    }
  }
`);

export const CaseConsultationAssigneesDocument = graphql(`
  query CaseConsultationAssignees($id: ID!) {
    node(id: $id) {
      __typename
      ... on Case {
        id
        consultations {
          id
          assignee {
            id
            displayName
          }
        }
      }
    }
  }
`);

/** The documents a checklist names, read at once. */
export const DocumentsByIDDocument = graphql(`
  query DocumentsByID($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      ... on Document {
        ...DocumentFields
      }
      ... on DocumentVersion {
        ...DocumentVersionFields
      }
    }
  }
`);

export const ActiveServiceItemsDocument = graphql(`
  query ActiveServiceItems {
    serviceItems(first: 100, where: { active: true }, orderBy: { field: CODE, direction: ASC }) {
      edges {
        node {
          id
          code
          name
          description
          promisedDays
          statutoryDays
        }
      }
    }
  }
`);

/** The viewer's unanswered consultations (a consulted unit's inbox). */
export const MyConsultationsDocument = graphql(`
  query MyConsultations($assigneeID: ID!) {
    consultations(first: 100, where: { answer: PENDING, assigneeID: $assigneeID }, orderBy: { field: CREATED_AT, direction: ASC }) {
      totalCount
      edges {
        node {
          id
          unit
          dueOn
          createdAt
          serviceCase {
            id
            number
            title
            itemName
            state
            submittedAt
          }
        }
      }
    }
  }
`);

export const UserSearchDocument = graphql(`
  query UserSearch($q: String!) {
    users(first: 20, where: { or: [{ usernameContainsFold: $q }, { displayNameContainsFold: $q }], status: ACTIVE }) {
      edges {
        node {
          id
          username
          displayName
        }
      }
    }
  }
`);
