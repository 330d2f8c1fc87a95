import { graphql } from '../../../gql';

// The expert's review queue and scoring. An expert reads a proposal's
// organisation only as proposal.organizationName: privacy refuses
// proposal.organization and proposal.case to reviewers.

export const MyReviewAssignmentsDocument = graphql(`
  query MyReviewAssignments($first: Int, $after: Cursor) {
    myReviewAssignments(first: $first, after: $after) {
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
          status
          submittedAt
          total
          proposal {
            id
            title
            category
            organizationName
            call {
              id
              title
              year
            }
          }
        }
      }
    }
  }
`);

export const ReviewAssignmentDocument = graphql(`
  query ReviewAssignment($id: ID!) {
    node(id: $id) {
      ... on ReviewAssignment {
        id
        status
        submittedAt
        comment
        total
        scores {
          key
          score
          comment
        }
        rubric {
          key
          name
          nameEn
          weight
          maxScore
          guidance
        }
        proposal {
          id
          title
          category
          summary
          objectives
          beneficiaryGroup
          beneficiaryCount
          town
          startsOn
          endsOn
          requested
          cofunding
          team
          organizationName
          call {
            id
            title
            year
          }
          milestones {
            title
            dueOn
          }
          budgetLines {
            category
            description
            amount
          }
          answers {
            key
            label
            value
          }
          materials {
            key
            name
            documents {
              id
              title
              fileName
              url
            }
          }
        }
      }
    }
  }
`);

export const ScoreReviewDocument = graphql(`
  mutation ScoreReview($assignmentID: ID!, $scores: [ReviewScoreInput!]!, $comment: String, $submit: Boolean!) {
    scoreReview(assignmentID: $assignmentID, scores: $scores, comment: $comment, submit: $submit) {
      id
      status
      submittedAt
      total
    }
  }
`);

export const DeclareConflictDocument = graphql(`
  mutation DeclareConflict($proposalID: ID!, $reason: String!) {
    declareConflict(proposalID: $proposalID, reason: $reason)
  }
`);
