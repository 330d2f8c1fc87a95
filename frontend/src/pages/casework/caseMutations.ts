import { graphql } from '../../gql';

// Each step answers with the case's id, state and allowed actions; the
// page reloads the case afterwards (urql refetches queries holding a Case).

export const OpenCaseDocument = graphql(`
  mutation OpenCase($input: OpenCaseInput!) {
    openCase(input: $input) {
      id
      state
    }
  }
`);

export const AttachCaseMaterialDocument = graphql(`
  mutation AttachCaseMaterial($caseID: ID!, $key: String!, $documentIDs: [ID!]!) {
    attachCaseMaterial(caseID: $caseID, key: $key, documentIDs: $documentIDs) {
      id
      state
      allowedActions
    }
  }
`);

export const SubmitCaseDocument = graphql(`
  mutation SubmitCase($id: ID!) {
    submitCase(id: $id) {
      id
      state
      number
    }
  }
`);

export const StartPreReviewDocument = graphql(`
  mutation StartPreReview($id: ID!) {
    startPreReview(id: $id) {
      id
      state
    }
  }
`);

export const AcceptCaseDocument = graphql(`
  mutation AcceptCase($id: ID!, $findings: [FindingInput!]!) {
    acceptCase(id: $id, findings: $findings) {
      id
      state
    }
  }
`);

export const AcceptCaseWithDeficienciesDocument = graphql(`
  mutation AcceptCaseWithDeficiencies($id: ID!, $findings: [FindingInput!]!) {
    acceptCaseWithDeficiencies(id: $id, findings: $findings) {
      id
      state
    }
  }
`);

export const ReturnCaseDocument = graphql(`
  mutation ReturnCase($id: ID!, $findings: [FindingInput!]!, $reason: String!) {
    returnCase(id: $id, findings: $findings, reason: $reason) {
      id
      state
    }
  }
`);

export const ConfirmSupplementDocument = graphql(`
  mutation ConfirmSupplement($id: ID!, $findings: [FindingInput!]!) {
    confirmSupplement(id: $id, findings: $findings) {
      id
      state
    }
  }
`);

export const StartReviewDocument = graphql(`
  mutation StartReview($id: ID!) {
    startReview(id: $id) {
      id
      state
    }
  }
`);

export const ConsultCaseDocument = graphql(`
  mutation ConsultCase($id: ID!, $units: [ConsultInput!]!) {
    consultCase(id: $id, units: $units) {
      id
      state
    }
  }
`);

export const AnswerConsultationDocument = graphql(`
  mutation AnswerConsultation($id: ID!, $agree: Boolean!, $reason: String) {
    answerConsultation(id: $id, agree: $agree, reason: $reason) {
      id
      answer
      answeredAt
    }
  }
`);

export const DecideCaseDocument = graphql(`
  mutation DecideCase($id: ID!, $approved: Boolean!, $reason: String!) {
    decideCase(id: $id, approved: $approved, reason: $reason) {
      id
      state
    }
  }
`);

export const DeliverCaseDocument = graphql(`
  mutation DeliverCase($id: ID!, $method: CaseDeliveryMethod!, $trackingNumber: String) {
    deliverCase(id: $id, method: $method, trackingNumber: $trackingNumber) {
      id
      state
    }
  }
`);

export const RateCaseDocument = graphql(`
  mutation RateCase($id: ID!, $rating: Int!, $comment: String) {
    rateCase(id: $id, rating: $rating, comment: $comment) {
      id
      state
    }
  }
`);

export const CloseCaseDocument = graphql(`
  mutation CloseCase($id: ID!) {
    closeCase(id: $id) {
      id
      state
    }
  }
`);

export const WithdrawCaseDocument = graphql(`
  mutation WithdrawCase($id: ID!, $reason: String) {
    withdrawCase(id: $id, reason: $reason) {
      id
      state
    }
  }
`);

export const ResolveFollowUpDocument = graphql(`
  mutation ResolveFollowUp($id: ID!, $note: String!) {
    resolveFollowUp(id: $id, note: $note) {
      id
      followUp
      followUpNote
    }
  }
`);
