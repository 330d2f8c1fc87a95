import { graphql } from '../../../gql';

// The venture-grant staff pages' reads and writes (funds, calls, review
// panels, ranking and decisions, announcement, statistics). Pages refetch
// after a change.

export const FundsDocument = graphql(`
  query GrantFunds {
    funds(first: 100, orderBy: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
          kind
          description
          active
          budgets {
            id
            year
            allocated
            committed
            disbursed
            available
          }
        }
      }
    }
  }
`);

export const CreateFundDocument = graphql(`
  mutation CreateFund($input: CreateFundInput!) {
    createFund(input: $input) {
      id
      name
    }
  }
`);

export const AllocateFundDocument = graphql(`
  mutation AllocateFund($fundID: ID!, $year: Int!, $amount: Money!, $memo: String) {
    allocateFund(fundID: $fundID, year: $year, amount: $amount, memo: $memo) {
      id
      year
      allocated
      committed
      disbursed
      available
    }
  }
`);

export const LedgerDocument = graphql(`
  query FundLedger($fundBudgetID: ID!) {
    ledgerEntries(first: 50, where: { fundBudgetID: $fundBudgetID }, orderBy: { field: CREATED_AT, direction: DESC }) {
      totalCount
      edges {
        node {
          id
          kind
          amount
          memo
          createdAt
        }
      }
    }
  }
`);

export const GrantCallsDocument = graphql(`
  query GrantCalls {
    grantCalls(first: 100, orderBy: { field: OPENS_AT, direction: DESC }) {
      edges {
        node {
          id
          year
          title
          status
          phase
          announcing
          opensAt
          closesAt
          budget
          committed
          available
          categories
        }
      }
    }
  }
`);

export const VentureServiceItemsDocument = graphql(`
  query VentureServiceItems {
    serviceItems(first: 200) {
      edges {
        node {
          id
          code
          name
          programme
          active
        }
      }
    }
  }
`);

export const CreateGrantCallDocument = graphql(`
  mutation CreateGrantCall($input: CreateGrantCallInput!) {
    createGrantCall(input: $input) {
      id
    }
  }
`);

export const GrantCallDocument = graphql(`
  query GrantCall($id: ID!) {
    node(id: $id) {
      ... on GrantCall {
        id
        year
        title
        description
        categories
        minAmount
        maxAmount
        opensAt
        closesAt
        serviceItemID
        serviceItem {
          id
          name
        }
        reviewersPerProposal
        announcementDays
        status
        phase
        announcing
        announcedOn
        announcementEndsOn
        finalizedAt
        budget
        committed
        available
        eligibility {
          orgKinds
          minMonthsRegistered
        }
        rubric {
          key
          name
          nameEn
          weight
          maxScore
          guidance
        }
        questions {
          key
          label
          kind
          required
          help
          choices
        }
        fundLines {
          amount
          committed
          fundBudget {
            id
            year
            allocated
            committed
            available
            fund {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const UpdateGrantCallDocument = graphql(`
  mutation UpdateGrantCall($id: ID!, $input: UpdateGrantCallInput!) {
    updateGrantCall(id: $id, input: $input) {
      id
    }
  }
`);

export const FundBudgetsOfYearDocument = graphql(`
  query FundBudgetsOfYear($year: Int!) {
    fundBudgets(first: 100, where: { year: $year }) {
      edges {
        node {
          id
          year
          allocated
          committed
          available
          fund {
            id
            name
          }
        }
      }
    }
  }
`);

export const SetCallFundsDocument = graphql(`
  mutation SetCallFunds($id: ID!, $lines: [CallFundLineInput!]!) {
    setCallFunds(id: $id, lines: $lines) {
      id
      budget
      available
    }
  }
`);

export const PublishGrantCallDocument = graphql(`
  mutation PublishGrantCall($id: ID!) {
    publishGrantCall(id: $id) {
      id
      status
      phase
    }
  }
`);

export const ReviewBoardDocument = graphql(`
  query CallReviewBoard($callID: ID!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    callReviewPanel(callID: $callID) {
      id
      name
      reviewersPerItem
      closed
      closedAt
      rubric {
        key
        name
        nameEn
        weight
        maxScore
      }
      reviewers {
        load
        submitted
        user {
          id
          username
          displayName
        }
      }
    }
    proposals(
      first: $first
      after: $after
      last: $last
      before: $before
      where: { callID: $callID, statusNEQ: DRAFT }
      orderBy: { field: TITLE, direction: ASC }
    ) {
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
          title
          status
          organizationName
          reviewAssignments {
            id
            status
            manual
            submittedAt
            expertID
            expertName
            total
          }
        }
      }
    }
  }
`);

export const SetPanelReviewersDocument = graphql(`
  mutation SetPanelReviewers($callID: ID!, $userIDs: [ID!]!) {
    setPanelReviewers(callID: $callID, userIDs: $userIDs) {
      id
    }
  }
`);

export const AutoAssignDocument = graphql(`
  mutation AutoAssignReviewers($callID: ID!) {
    autoAssignReviewers(callID: $callID)
  }
`);

export const AssignReviewerDocument = graphql(`
  mutation AssignReviewer($proposalID: ID!, $userID: ID!) {
    assignReviewer(proposalID: $proposalID, userID: $userID) {
      id
    }
  }
`);

export const RemoveAssignmentDocument = graphql(`
  mutation RemoveReviewAssignment($id: ID!, $reason: String!) {
    removeReviewAssignment(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const CloseReviewPanelDocument = graphql(`
  mutation CloseReviewPanel($callID: ID!) {
    closeReviewPanel(callID: $callID) {
      id
      closed
    }
  }
`);

export const RankedProposalsDocument = graphql(`
  query RankedProposals($callID: ID!) {
    rankedProposals(callID: $callID) {
      rank
      organizationName
      requested
      reviewsDone
      reviewsAssigned
      mean
      trimmedMean
      spread
      disagreement
      proposal {
        id
        title
        category
        status
      }
      award {
        id
        amount
        status
        conditions
      }
    }
  }
`);

export const DecideProposalsDocument = graphql(`
  mutation DecideProposals($callID: ID!, $decisions: [AwardDecisionInput!]!) {
    decideProposals(callID: $callID, decisions: $decisions) {
      awarded
      rejected
      available
    }
  }
`);

export const CallAwardsDocument = graphql(`
  query CallAwards($callID: ID!) {
    awards(first: 200, where: { callID: $callID }) {
      edges {
        node {
          id
          amount
          conditions
          status
          cancelReason
          finalizedAt
          proposalTitle
          organizationName
          objections {
            id
            receivedOn
            fromName
            content
            resolution
            resolutionNote
          }
        }
      }
    }
  }
`);

export const AnnounceAwardsDocument = graphql(`
  mutation AnnounceAwards($callID: ID!) {
    announceAwards(callID: $callID) {
      id
      announcing
      announcedOn
      announcementEndsOn
    }
  }
`);

export const RecordObjectionDocument = graphql(`
  mutation RecordObjection($awardID: ID!, $fromName: String, $content: String!, $receivedOn: Time) {
    recordObjection(awardID: $awardID, fromName: $fromName, content: $content, receivedOn: $receivedOn) {
      id
    }
  }
`);

export const ResolveObjectionDocument = graphql(`
  mutation ResolveObjection($id: ID!, $upheld: Boolean!, $note: String!) {
    resolveObjection(id: $id, upheld: $upheld, note: $note) {
      id
      status
    }
  }
`);

export const CallStatisticsDocument = graphql(`
  query CallStatistics($callID: ID!, $year: Int!) {
    callStatistics(callID: $callID) {
      proposals
      submitted
      requested
      awarded
      reviewsAssigned
      reviewsDone
      byCategory {
        key
        count
        requested
        awarded
      }
      byTown {
        key
        count
        requested
        awarded
      }
      scoreDistribution {
        from
        count
      }
    }
    grantYearStatistics(year: $year) {
      year
      awards
      awarded
      byFund {
        key
        amount
      }
      byCategory {
        key
        amount
      }
    }
  }
`);
