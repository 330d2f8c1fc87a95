import { graphql } from '../../gql';

export const DocumentVersionFieldsFragment = graphql(`
  fragment DocumentVersionFields on DocumentVersion {
    id
    number
    filename
    contentType
    size
    sha256
    createdAt
    uploaderName
  }
`);

export const DocumentFieldsFragment = graphql(`
  fragment DocumentFields on Document {
    id
    category
    title
    expiresOn
    expiry
    daysUntilExpiry
    versionCount
    createdAt
    updatedAt
    current {
      ...DocumentVersionFields
    }
  }
`);

/** An organisation's documents, newest first, deleted ones left out. */
export const OrganizationDocumentsDocument = graphql(`
  query OrganizationDocuments($id: ID!, $first: Int!, $after: Cursor) {
    node(id: $id) {
      __typename
      ... on Organization {
        id
        documents(
          first: $first
          after: $after
          orderBy: { field: CREATED_AT, direction: DESC }
          where: { deletedAtIsNil: true }
        ) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              ...DocumentFields
            }
          }
        }
      }
    }
  }
`);

/** Loaded when a row's history is opened, not with the list. */
export const DocumentVersionsDocument = graphql(`
  query DocumentVersions($id: ID!) {
    node(id: $id) {
      __typename
      ... on Document {
        id
        versions(first: 50, orderBy: { field: VERSION, direction: DESC }) {
          totalCount
          edges {
            node {
              ...DocumentVersionFields
            }
          }
        }
      }
    }
  }
`);

export const DocumentLimitsDocument = graphql(`
  query DocumentLimits {
    documentLimits {
      maxSize
      contentTypes
    }
  }
`);

/** Asked for at click time only: every link issued is audited and lives 5 minutes. */
export const DocumentDownloadURLDocument = graphql(`
  query DocumentDownloadURL($id: ID!, $inline: Boolean!) {
    node(id: $id) {
      __typename
      ... on DocumentVersion {
        id
        downloadURL(inline: $inline)
      }
    }
  }
`);

export const RequestDocumentUploadDocument = graphql(`
  mutation RequestDocumentUpload($input: RequestDocumentUploadInput!) {
    requestDocumentUpload(input: $input) {
      uploadID
      url
      method
      fields {
        name
        value
      }
      fileField
      expiresAt
      maxSize
    }
  }
`);

export const CompleteDocumentUploadDocument = graphql(`
  mutation CompleteDocumentUpload($uploadID: ID!) {
    completeDocumentUpload(uploadID: $uploadID) {
      ...DocumentFields
    }
  }
`);

export const UpdateDocumentDocument = graphql(`
  mutation UpdateDocument($id: ID!, $input: UpdateDocumentInput!) {
    updateDocument(id: $id, input: $input) {
      ...DocumentFields
    }
  }
`);

export const DeleteDocumentDocument = graphql(`
  mutation DeleteDocument($id: ID!) {
    deleteDocument(id: $id) {
      id
      deletedAt
    }
  }
`);
