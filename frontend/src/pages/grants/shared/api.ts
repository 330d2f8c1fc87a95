import { graphql } from '../../../gql';

// The venture-grant reads and writes of the NGO pages, the case page's
// proposal panel and the public page. Pages refetch after a change.

/** The county's published calls as an NGO member sees them. */
export const NgoGrantCallsDocument = graphql(`
  query NgoGrantCalls {
    grantCalls(first: 20, where: { status: PUBLISHED }, orderBy: { field: OPENS_AT, direction: DESC }) {
      edges {
        node {
          id
          year
          title
          description
          categories
          minAmount
          maxAmount
          opensAt
          closesAt
          budget
          phase
          announcing
        }
      }
    }
  }
`);

export const GrantEligibilityDocument = graphql(`
  query GrantEligibility($callID: ID!, $organizationID: ID!) {
    grantEligibility(callID: $callID, organizationID: $organizationID) {
      eligible
      problems {
        code
        message
      }
    }
  }
`);

export const StartProposalDocument = graphql(`
  mutation StartProposal($callID: ID!, $organizationID: ID!, $title: String!) {
    startProposal(callID: $callID, organizationID: $organizationID, title: $title) {
      id
      caseID
      case {
        id
      }
    }
  }
`);

/** The proposals of the viewer's organisations, newest first. */
export const MyProposalsDocument = graphql(`
  query MyProposals {
    proposals(first: 20, orderBy: { field: CREATED_AT, direction: DESC }) {
      edges {
        node {
          id
          title
          status
          requested
          caseID
          caseNumber
          organizationName
          call {
            id
            title
          }
          award {
            id
            amount
            status
          }
        }
      }
    }
  }
`);

/** A case as the proposal panel needs it: its programme, form and what the viewer may do. */
export const ProposalCaseDocument = graphql(`
  query ProposalCase($id: ID!) {
    node(id: $id) {
      __typename
      ... on Case {
        id
        state
        programme
        organizationID
        application
        allowedActions
      }
    }
  }
`);

/** The proposal of a case, with its call's rules and questions and its award. */
export const CaseProposalDocument = graphql(`
  query CaseProposal($caseID: ID!) {
    proposals(first: 1, where: { caseID: $caseID }) {
      edges {
        node {
          id
          title
          status
          requested
          organizationID
          call {
            id
            year
            title
            categories
            minAmount
            maxAmount
            phase
            closesAt
            questions {
              key
              label
              kind
              required
              help
              choices
            }
            rubric {
              key
              name
              nameEn
              weight
              maxScore
              guidance
            }
          }
          award {
            id
            amount
            conditions
            status
            cancelReason
          }
        }
      }
    }
  }
`);

/** An organisation's documents, to answer a call's DOCUMENT questions. */
export const OrganizationDocumentsDocument = graphql(`
  query GrantOrganizationDocuments($id: ID!) {
    node(id: $id) {
      __typename
      ... on Organization {
        id
        documents(first: 100) {
          edges {
            node {
              id
              title
              category
              deletedAt
            }
          }
        }
      }
    }
  }
`);

export const SaveProposalApplicationDocument = graphql(`
  mutation SaveProposalApplication($id: ID!, $application: Map!) {
    saveCaseApplication(id: $id, application: $application) {
      id
      application
    }
  }
`);

/** The public page (no login): open and announced calls with their awards. */
export const PublicGrantCallsDocument = graphql(`
  query PublicGrantCalls($domainID: ID) {
    publicGrantCalls(domainID: $domainID) {
      id
      year
      title
      description
      categories
      minAmount
      maxAmount
      opensAt
      closesAt
      phase
      budget
      announcedOn
      announcementEndsOn
      awards {
        organizationName
        projectTitle
        category
        amount
        status
      }
    }
  }
`);
