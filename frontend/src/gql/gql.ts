/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      status\n      permissions\n      roleAssignments(first: 100) {\n        edges {\n          node {\n            id\n            role\n            domainID\n          }\n        }\n      }\n      memberships {\n        id\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment DocumentVersionFields on DocumentVersion {\n    id\n    number\n    filename\n    contentType\n    size\n    sha256\n    createdAt\n    uploaderName\n  }\n": typeof types.DocumentVersionFieldsFragmentDoc,
    "\n  fragment DocumentFields on Document {\n    id\n    category\n    title\n    expiresOn\n    expiry\n    daysUntilExpiry\n    versionCount\n    createdAt\n    updatedAt\n    current {\n      ...DocumentVersionFields\n    }\n  }\n": typeof types.DocumentFieldsFragmentDoc,
    "\n  query OrganizationDocuments($id: ID!, $first: Int!, $after: Cursor) {\n    node(id: $id) {\n      __typename\n      ... on Organization {\n        id\n        documents(\n          first: $first\n          after: $after\n          orderBy: { field: CREATED_AT, direction: DESC }\n          where: { deletedAtIsNil: true }\n        ) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              ...DocumentFields\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrganizationDocumentsDocument,
    "\n  query DocumentVersions($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Document {\n        id\n        versions(first: 50, orderBy: { field: VERSION, direction: DESC }) {\n          totalCount\n          edges {\n            node {\n              ...DocumentVersionFields\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DocumentVersionsDocument,
    "\n  query DocumentLimits {\n    documentLimits {\n      maxSize\n      contentTypes\n    }\n  }\n": typeof types.DocumentLimitsDocument,
    "\n  query DocumentDownloadURL($id: ID!, $inline: Boolean!) {\n    node(id: $id) {\n      __typename\n      ... on DocumentVersion {\n        id\n        downloadURL(inline: $inline)\n      }\n    }\n  }\n": typeof types.DocumentDownloadUrlDocument,
    "\n  mutation RequestDocumentUpload($input: RequestDocumentUploadInput!) {\n    requestDocumentUpload(input: $input) {\n      uploadID\n      url\n      method\n      fields {\n        name\n        value\n      }\n      fileField\n      expiresAt\n      maxSize\n    }\n  }\n": typeof types.RequestDocumentUploadDocument,
    "\n  mutation CompleteDocumentUpload($uploadID: ID!) {\n    completeDocumentUpload(uploadID: $uploadID) {\n      ...DocumentFields\n    }\n  }\n": typeof types.CompleteDocumentUploadDocument,
    "\n  mutation UpdateDocument($id: ID!, $input: UpdateDocumentInput!) {\n    updateDocument(id: $id, input: $input) {\n      ...DocumentFields\n    }\n  }\n": typeof types.UpdateDocumentDocument,
    "\n  mutation DeleteDocument($id: ID!) {\n    deleteDocument(id: $id) {\n      id\n      deletedAt\n    }\n  }\n": typeof types.DeleteDocumentDocument,
    "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      user {\n        id\n        username\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query AuditLogs($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: AuditLogWhereInput) {\n    auditLogs(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      where: $where\n      orderBy: { field: CREATED_AT, direction: DESC }\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          createdAt\n          operation\n          entityType\n          entityID\n          changedFields\n          changes\n          actorUsername\n          actor {\n            id\n            username\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditLogsDocument,
    "\n  query AuditUsers {\n    users(first: 200, orderBy: { field: USERNAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.AuditUsersDocument,
    "\n  query Users($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: UserWhereInput) {\n    users(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      where: $where\n      orderBy: { field: USERNAME, direction: ASC }\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          username\n          displayName\n          phone\n          email\n          status\n          locked\n          lastLoginAt\n          roleAssignments(first: 50) {\n            edges {\n              node {\n                id\n                role\n                domain {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUserStatus($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.UpdateUserStatusDocument,
    "\n  mutation ResetPassword($userID: ID!, $newPassword: String!) {\n    resetPassword(userID: $userID, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation AssignRole($input: AssignRoleInput!) {\n    assignRole(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.AssignRoleDocument,
    "\n  mutation RevokeRole($id: ID!) {\n    revokeRole(id: $id)\n  }\n": typeof types.RevokeRoleDocument,
    "\n  query MemberCandidates {\n    users(first: 200, orderBy: { field: USERNAME, direction: ASC }, where: { status: ACTIVE }) {\n      edges {\n        node {\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.MemberCandidatesDocument,
    "\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n    }\n  }\n": typeof types.AddMemberDocument,
    "\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...OrganizationFields\n    }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  query Organization($id: ID!, $withMembers: Boolean! = false) {\n    node(id: $id) {\n      __typename\n      ... on Organization {\n        ...OrganizationFields\n        memberships @include(if: $withMembers) {\n          id\n          title\n          user {\n            id\n            username\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrganizationDocument,
    "\n  mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      ...OrganizationFields\n    }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  query Organizations(\n    $first: Int\n    $after: Cursor\n    $last: Int\n    $before: Cursor\n    $orderBy: OrganizationOrder\n    $where: OrganizationWhereInput\n  ) {\n    organizations(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, where: $where) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...OrganizationFields\n        }\n      }\n    }\n  }\n": typeof types.OrganizationsDocument,
    "\n  fragment OrganizationFields on Organization {\n    id\n    version\n    name\n    uscc\n    kind\n    stage\n    serviceFields\n    registeredOn\n    legalRepresentative\n    contactPerson\n    contactPhone\n    address\n    town\n    charityStatus\n    status\n    createdAt\n    updatedAt\n  }\n": typeof types.OrganizationFieldsFragmentDoc,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      status\n      permissions\n      roleAssignments(first: 100) {\n        edges {\n          node {\n            id\n            role\n            domainID\n          }\n        }\n      }\n      memberships {\n        id\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment DocumentVersionFields on DocumentVersion {\n    id\n    number\n    filename\n    contentType\n    size\n    sha256\n    createdAt\n    uploaderName\n  }\n": types.DocumentVersionFieldsFragmentDoc,
    "\n  fragment DocumentFields on Document {\n    id\n    category\n    title\n    expiresOn\n    expiry\n    daysUntilExpiry\n    versionCount\n    createdAt\n    updatedAt\n    current {\n      ...DocumentVersionFields\n    }\n  }\n": types.DocumentFieldsFragmentDoc,
    "\n  query OrganizationDocuments($id: ID!, $first: Int!, $after: Cursor) {\n    node(id: $id) {\n      __typename\n      ... on Organization {\n        id\n        documents(\n          first: $first\n          after: $after\n          orderBy: { field: CREATED_AT, direction: DESC }\n          where: { deletedAtIsNil: true }\n        ) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              ...DocumentFields\n            }\n          }\n        }\n      }\n    }\n  }\n": types.OrganizationDocumentsDocument,
    "\n  query DocumentVersions($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Document {\n        id\n        versions(first: 50, orderBy: { field: VERSION, direction: DESC }) {\n          totalCount\n          edges {\n            node {\n              ...DocumentVersionFields\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DocumentVersionsDocument,
    "\n  query DocumentLimits {\n    documentLimits {\n      maxSize\n      contentTypes\n    }\n  }\n": types.DocumentLimitsDocument,
    "\n  query DocumentDownloadURL($id: ID!, $inline: Boolean!) {\n    node(id: $id) {\n      __typename\n      ... on DocumentVersion {\n        id\n        downloadURL(inline: $inline)\n      }\n    }\n  }\n": types.DocumentDownloadUrlDocument,
    "\n  mutation RequestDocumentUpload($input: RequestDocumentUploadInput!) {\n    requestDocumentUpload(input: $input) {\n      uploadID\n      url\n      method\n      fields {\n        name\n        value\n      }\n      fileField\n      expiresAt\n      maxSize\n    }\n  }\n": types.RequestDocumentUploadDocument,
    "\n  mutation CompleteDocumentUpload($uploadID: ID!) {\n    completeDocumentUpload(uploadID: $uploadID) {\n      ...DocumentFields\n    }\n  }\n": types.CompleteDocumentUploadDocument,
    "\n  mutation UpdateDocument($id: ID!, $input: UpdateDocumentInput!) {\n    updateDocument(id: $id, input: $input) {\n      ...DocumentFields\n    }\n  }\n": types.UpdateDocumentDocument,
    "\n  mutation DeleteDocument($id: ID!) {\n    deleteDocument(id: $id) {\n      id\n      deletedAt\n    }\n  }\n": types.DeleteDocumentDocument,
    "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      user {\n        id\n        username\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query AuditLogs($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: AuditLogWhereInput) {\n    auditLogs(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      where: $where\n      orderBy: { field: CREATED_AT, direction: DESC }\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          createdAt\n          operation\n          entityType\n          entityID\n          changedFields\n          changes\n          actorUsername\n          actor {\n            id\n            username\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.AuditLogsDocument,
    "\n  query AuditUsers {\n    users(first: 200, orderBy: { field: USERNAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n": types.AuditUsersDocument,
    "\n  query Users($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: UserWhereInput) {\n    users(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      where: $where\n      orderBy: { field: USERNAME, direction: ASC }\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          username\n          displayName\n          phone\n          email\n          status\n          locked\n          lastLoginAt\n          roleAssignments(first: 50) {\n            edges {\n              node {\n                id\n                role\n                domain {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUserStatus($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.UpdateUserStatusDocument,
    "\n  mutation ResetPassword($userID: ID!, $newPassword: String!) {\n    resetPassword(userID: $userID, newPassword: $newPassword)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation AssignRole($input: AssignRoleInput!) {\n    assignRole(input: $input) {\n      id\n      role\n    }\n  }\n": types.AssignRoleDocument,
    "\n  mutation RevokeRole($id: ID!) {\n    revokeRole(id: $id)\n  }\n": types.RevokeRoleDocument,
    "\n  query MemberCandidates {\n    users(first: 200, orderBy: { field: USERNAME, direction: ASC }, where: { status: ACTIVE }) {\n      edges {\n        node {\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n": types.MemberCandidatesDocument,
    "\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n    }\n  }\n": types.AddMemberDocument,
    "\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n": types.RemoveMemberDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...OrganizationFields\n    }\n  }\n": types.CreateOrganizationDocument,
    "\n  query Organization($id: ID!, $withMembers: Boolean! = false) {\n    node(id: $id) {\n      __typename\n      ... on Organization {\n        ...OrganizationFields\n        memberships @include(if: $withMembers) {\n          id\n          title\n          user {\n            id\n            username\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.OrganizationDocument,
    "\n  mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      ...OrganizationFields\n    }\n  }\n": types.UpdateOrganizationDocument,
    "\n  query Organizations(\n    $first: Int\n    $after: Cursor\n    $last: Int\n    $before: Cursor\n    $orderBy: OrganizationOrder\n    $where: OrganizationWhereInput\n  ) {\n    organizations(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, where: $where) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...OrganizationFields\n        }\n      }\n    }\n  }\n": types.OrganizationsDocument,
    "\n  fragment OrganizationFields on Organization {\n    id\n    version\n    name\n    uscc\n    kind\n    stage\n    serviceFields\n    registeredOn\n    legalRepresentative\n    contactPerson\n    contactPhone\n    address\n    town\n    charityStatus\n    status\n    createdAt\n    updatedAt\n  }\n": types.OrganizationFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      status\n      permissions\n      roleAssignments(first: 100) {\n        edges {\n          node {\n            id\n            role\n            domainID\n          }\n        }\n      }\n      memberships {\n        id\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      username\n      displayName\n      status\n      permissions\n      roleAssignments(first: 100) {\n        edges {\n          node {\n            id\n            role\n            domainID\n          }\n        }\n      }\n      memberships {\n        id\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentVersionFields on DocumentVersion {\n    id\n    number\n    filename\n    contentType\n    size\n    sha256\n    createdAt\n    uploaderName\n  }\n"): (typeof documents)["\n  fragment DocumentVersionFields on DocumentVersion {\n    id\n    number\n    filename\n    contentType\n    size\n    sha256\n    createdAt\n    uploaderName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentFields on Document {\n    id\n    category\n    title\n    expiresOn\n    expiry\n    daysUntilExpiry\n    versionCount\n    createdAt\n    updatedAt\n    current {\n      ...DocumentVersionFields\n    }\n  }\n"): (typeof documents)["\n  fragment DocumentFields on Document {\n    id\n    category\n    title\n    expiresOn\n    expiry\n    daysUntilExpiry\n    versionCount\n    createdAt\n    updatedAt\n    current {\n      ...DocumentVersionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationDocuments($id: ID!, $first: Int!, $after: Cursor) {\n    node(id: $id) {\n      __typename\n      ... on Organization {\n        id\n        documents(\n          first: $first\n          after: $after\n          orderBy: { field: CREATED_AT, direction: DESC }\n          where: { deletedAtIsNil: true }\n        ) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              ...DocumentFields\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationDocuments($id: ID!, $first: Int!, $after: Cursor) {\n    node(id: $id) {\n      __typename\n      ... on Organization {\n        id\n        documents(\n          first: $first\n          after: $after\n          orderBy: { field: CREATED_AT, direction: DESC }\n          where: { deletedAtIsNil: true }\n        ) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              ...DocumentFields\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentVersions($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Document {\n        id\n        versions(first: 50, orderBy: { field: VERSION, direction: DESC }) {\n          totalCount\n          edges {\n            node {\n              ...DocumentVersionFields\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DocumentVersions($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Document {\n        id\n        versions(first: 50, orderBy: { field: VERSION, direction: DESC }) {\n          totalCount\n          edges {\n            node {\n              ...DocumentVersionFields\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentLimits {\n    documentLimits {\n      maxSize\n      contentTypes\n    }\n  }\n"): (typeof documents)["\n  query DocumentLimits {\n    documentLimits {\n      maxSize\n      contentTypes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentDownloadURL($id: ID!, $inline: Boolean!) {\n    node(id: $id) {\n      __typename\n      ... on DocumentVersion {\n        id\n        downloadURL(inline: $inline)\n      }\n    }\n  }\n"): (typeof documents)["\n  query DocumentDownloadURL($id: ID!, $inline: Boolean!) {\n    node(id: $id) {\n      __typename\n      ... on DocumentVersion {\n        id\n        downloadURL(inline: $inline)\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestDocumentUpload($input: RequestDocumentUploadInput!) {\n    requestDocumentUpload(input: $input) {\n      uploadID\n      url\n      method\n      fields {\n        name\n        value\n      }\n      fileField\n      expiresAt\n      maxSize\n    }\n  }\n"): (typeof documents)["\n  mutation RequestDocumentUpload($input: RequestDocumentUploadInput!) {\n    requestDocumentUpload(input: $input) {\n      uploadID\n      url\n      method\n      fields {\n        name\n        value\n      }\n      fileField\n      expiresAt\n      maxSize\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteDocumentUpload($uploadID: ID!) {\n    completeDocumentUpload(uploadID: $uploadID) {\n      ...DocumentFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteDocumentUpload($uploadID: ID!) {\n    completeDocumentUpload(uploadID: $uploadID) {\n      ...DocumentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDocument($id: ID!, $input: UpdateDocumentInput!) {\n    updateDocument(id: $id, input: $input) {\n      ...DocumentFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDocument($id: ID!, $input: UpdateDocumentInput!) {\n    updateDocument(id: $id, input: $input) {\n      ...DocumentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDocument($id: ID!) {\n    deleteDocument(id: $id) {\n      id\n      deletedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteDocument($id: ID!) {\n    deleteDocument(id: $id) {\n      id\n      deletedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      user {\n        id\n        username\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      user {\n        id\n        username\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogs($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: AuditLogWhereInput) {\n    auditLogs(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      where: $where\n      orderBy: { field: CREATED_AT, direction: DESC }\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          createdAt\n          operation\n          entityType\n          entityID\n          changedFields\n          changes\n          actorUsername\n          actor {\n            id\n            username\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLogs($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: AuditLogWhereInput) {\n    auditLogs(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      where: $where\n      orderBy: { field: CREATED_AT, direction: DESC }\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          createdAt\n          operation\n          entityType\n          entityID\n          changedFields\n          changes\n          actorUsername\n          actor {\n            id\n            username\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditUsers {\n    users(first: 200, orderBy: { field: USERNAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditUsers {\n    users(first: 200, orderBy: { field: USERNAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: UserWhereInput) {\n    users(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      where: $where\n      orderBy: { field: USERNAME, direction: ASC }\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          username\n          displayName\n          phone\n          email\n          status\n          locked\n          lastLoginAt\n          roleAssignments(first: 50) {\n            edges {\n              node {\n                id\n                role\n                domain {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: UserWhereInput) {\n    users(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      where: $where\n      orderBy: { field: USERNAME, direction: ASC }\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          username\n          displayName\n          phone\n          email\n          status\n          locked\n          lastLoginAt\n          roleAssignments(first: 50) {\n            edges {\n              node {\n                id\n                role\n                domain {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUserStatus($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUserStatus($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($userID: ID!, $newPassword: String!) {\n    resetPassword(userID: $userID, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($userID: ID!, $newPassword: String!) {\n    resetPassword(userID: $userID, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignRole($input: AssignRoleInput!) {\n    assignRole(input: $input) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation AssignRole($input: AssignRoleInput!) {\n    assignRole(input: $input) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeRole($id: ID!) {\n    revokeRole(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeRole($id: ID!) {\n    revokeRole(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberCandidates {\n    users(first: 200, orderBy: { field: USERNAME, direction: ASC }, where: { status: ACTIVE }) {\n      edges {\n        node {\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberCandidates {\n    users(first: 200, orderBy: { field: USERNAME, direction: ASC }, where: { status: ACTIVE }) {\n      edges {\n        node {\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddMember($input: AddMemberInput!) {\n    addMember(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...OrganizationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...OrganizationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organization($id: ID!, $withMembers: Boolean! = false) {\n    node(id: $id) {\n      __typename\n      ... on Organization {\n        ...OrganizationFields\n        memberships @include(if: $withMembers) {\n          id\n          title\n          user {\n            id\n            username\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Organization($id: ID!, $withMembers: Boolean! = false) {\n    node(id: $id) {\n      __typename\n      ... on Organization {\n        ...OrganizationFields\n        memberships @include(if: $withMembers) {\n          id\n          title\n          user {\n            id\n            username\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      ...OrganizationFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      ...OrganizationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organizations(\n    $first: Int\n    $after: Cursor\n    $last: Int\n    $before: Cursor\n    $orderBy: OrganizationOrder\n    $where: OrganizationWhereInput\n  ) {\n    organizations(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, where: $where) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...OrganizationFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Organizations(\n    $first: Int\n    $after: Cursor\n    $last: Int\n    $before: Cursor\n    $orderBy: OrganizationOrder\n    $where: OrganizationWhereInput\n  ) {\n    organizations(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, where: $where) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...OrganizationFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationFields on Organization {\n    id\n    version\n    name\n    uscc\n    kind\n    stage\n    serviceFields\n    registeredOn\n    legalRepresentative\n    contactPerson\n    contactPhone\n    address\n    town\n    charityStatus\n    status\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment OrganizationFields on Organization {\n    id\n    version\n    name\n    uscc\n    kind\n    stage\n    serviceFields\n    registeredOn\n    legalRepresentative\n    contactPerson\n    contactPhone\n    address\n    town\n    charityStatus\n    status\n    createdAt\n    updatedAt\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;