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
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int, $after: Cursor, $last: Int, $before: Cursor, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, last: $last, before: $before, unreadOnly: $unreadOnly) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          titleZh\n          titleEn\n          bodyZh\n          bodyEn\n          path\n          createdAt\n          readAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query PendingConsultations($assigneeID: ID!) {\n    consultations(first: 1, where: { answer: PENDING, assigneeID: $assigneeID }) {\n      totalCount\n    }\n  }\n": typeof types.PendingConsultationsDocument,
    "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      user {\n        id\n        username\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query AuditLogs($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: AuditLogWhereInput) {\n    auditLogs(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      where: $where\n      orderBy: { field: CREATED_AT, direction: DESC }\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          createdAt\n          operation\n          entityType\n          entityID\n          changedFields\n          changes\n          actorUsername\n          actor {\n            id\n            username\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditLogsDocument,
    "\n  query AuditUsers {\n    users(first: 200, orderBy: { field: USERNAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.AuditUsersDocument,
    "\n  query CalendarDays($from: Time!, $to: Time!) {\n    calendarDays(first: 200, where: { dateGTE: $from, dateLT: $to }, orderBy: { field: DATE, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          id\n          date\n          workday\n          name\n        }\n      }\n    }\n  }\n": typeof types.CalendarDaysDocument,
    "\n  mutation SetCalendarDay($date: Time!, $workday: Boolean!, $name: String) {\n    setCalendarDay(date: $date, workday: $workday, name: $name) {\n      id\n      date\n      workday\n      name\n    }\n  }\n": typeof types.SetCalendarDayDocument,
    "\n  mutation RemoveCalendarDay($date: Time!) {\n    removeCalendarDay(date: $date)\n  }\n": typeof types.RemoveCalendarDayDocument,
    "\n  query Users($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: UserWhereInput) {\n    users(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      where: $where\n      orderBy: { field: USERNAME, direction: ASC }\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          username\n          displayName\n          phone\n          email\n          status\n          locked\n          lastLoginAt\n          manageable\n          roleAssignments(first: 50) {\n            edges {\n              node {\n                id\n                role\n                domain {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query GrantableRoles {\n    grantableRoles\n  }\n": typeof types.GrantableRolesDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUserStatus($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.UpdateUserStatusDocument,
    "\n  mutation ResetPassword($userID: ID!, $newPassword: String!) {\n    resetPassword(userID: $userID, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation AssignRole($input: AssignRoleInput!) {\n    assignRole(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.AssignRoleDocument,
    "\n  mutation RevokeRole($id: ID!) {\n    revokeRole(id: $id)\n  }\n": typeof types.RevokeRoleDocument,
    "\n  fragment ServiceItemFields on ServiceItem {\n    id\n    code\n    name\n    description\n    statutoryDays\n    promisedDays\n    supplementDays\n    delegated\n    active\n    updatedAt\n    materials {\n      key\n      name\n      description\n      core\n      category\n      formats\n      templateDocumentID\n    }\n  }\n": typeof types.ServiceItemFieldsFragmentDoc,
    "\n  query ServiceItems {\n    serviceItems(first: 200, orderBy: { field: CODE, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          ...ServiceItemFields\n        }\n      }\n    }\n  }\n": typeof types.ServiceItemsDocument,
    "\n  mutation CreateServiceItem($input: CreateServiceItemInput!) {\n    createServiceItem(input: $input) {\n      ...ServiceItemFields\n    }\n  }\n": typeof types.CreateServiceItemDocument,
    "\n  mutation UpdateServiceItem($id: ID!, $input: UpdateServiceItemInput!) {\n    updateServiceItem(id: $id, input: $input) {\n      ...ServiceItemFields\n    }\n  }\n": typeof types.UpdateServiceItemDocument,
    "\n  mutation SetServiceItemMaterials($id: ID!, $materials: [MaterialInput!]!) {\n    setServiceItemMaterials(id: $id, materials: $materials) {\n      ...ServiceItemFields\n    }\n  }\n": typeof types.SetServiceItemMaterialsDocument,
    "\n  query WorkbenchCases($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: CaseWhereInput) {\n    cases(first: $first, after: $after, last: $last, before: $before, where: $where, orderBy: { field: DUE_ON, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          ...CaseRowFields\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.WorkbenchCasesDocument,
    "\n  fragment CaseClockFields on CaseClock {\n    dueOn\n    dueIfResumedOn\n    promisedDays\n    workingDaysUsed\n    workingDaysLeft\n    overdue\n    dueSoon\n    paused\n    provisional\n  }\n": typeof types.CaseClockFieldsFragmentDoc,
    "\n  fragment CaseRowFields on Case {\n    id\n    number\n    title\n    state\n    itemName\n    createdAt\n    submittedAt\n    dueOn\n    decision\n    followUp\n    updatedAt\n    clock {\n      ...CaseClockFields\n    }\n  }\n": typeof types.CaseRowFieldsFragmentDoc,
    "\n  query Cases($first: Int, $after: Cursor, $last: Int, $before: Cursor, $orderBy: CaseOrder, $where: CaseWhereInput) {\n    cases(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, where: $where) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          ...CaseRowFields\n        }\n      }\n    }\n  }\n": typeof types.CasesDocument,
    "\n  query CaseDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Case {\n        ...CaseRowFields\n        serviceItemID\n        organizationID\n        delegated\n        promisedDays\n        statutoryDays\n        supplementDays\n        acceptedAt\n        decidedAt\n        decisionReason\n        workingDaysUsed\n        onTime\n        deliveryMethod\n        trackingNumber\n        deliveredAt\n        rating\n        ratingComment\n        closedAt\n        followUpNote\n        allowedActions\n        organization {\n          id\n          name\n        }\n        checklist {\n          material {\n            key\n            name\n            description\n            core\n            category\n            formats\n            templateDocumentID\n          }\n          documentIDs\n          versionIDs\n          status\n          note\n        }\n        notice {\n          id\n          createdAt\n          items {\n            key\n            name\n            status\n            note\n          }\n          deadline\n          consequence\n          fulfilledAt\n          expiredAt\n        }\n        timeline {\n          id\n          action\n          fromState\n          toState\n          actorName\n          reason\n          createdAt\n        }\n        consultations {\n          id\n          unit\n          dueOn\n          answer\n          reason\n          answeredAt\n        }\n        documents {\n          id\n          category\n          title\n          current {\n            ...DocumentVersionFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.CaseDetailDocument,
    "\n  query CaseConsultationAssignees($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Case {\n        id\n        consultations {\n          id\n          assignee {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.CaseConsultationAssigneesDocument,
    "\n  query DocumentsByID($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ... on Document {\n        ...DocumentFields\n      }\n      ... on DocumentVersion {\n        ...DocumentVersionFields\n      }\n    }\n  }\n": typeof types.DocumentsByIdDocument,
    "\n  query ActiveServiceItems {\n    serviceItems(first: 100, where: { active: true }, orderBy: { field: CODE, direction: ASC }) {\n      edges {\n        node {\n          id\n          code\n          name\n          description\n          promisedDays\n          statutoryDays\n        }\n      }\n    }\n  }\n": typeof types.ActiveServiceItemsDocument,
    "\n  query MyConsultations($assigneeID: ID!) {\n    consultations(first: 100, where: { answer: PENDING, assigneeID: $assigneeID }, orderBy: { field: CREATED_AT, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          id\n          unit\n          dueOn\n          createdAt\n          serviceCase {\n            id\n            number\n            title\n            itemName\n            state\n            submittedAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyConsultationsDocument,
    "\n  query UserSearch($q: String!) {\n    users(first: 20, where: { or: [{ usernameContainsFold: $q }, { displayNameContainsFold: $q }], status: ACTIVE }) {\n      edges {\n        node {\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.UserSearchDocument,
    "\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.OpenCaseDocument,
    "\n  mutation AttachCaseMaterial($caseID: ID!, $key: String!, $documentIDs: [ID!]!) {\n    attachCaseMaterial(caseID: $caseID, key: $key, documentIDs: $documentIDs) {\n      id\n      state\n      allowedActions\n    }\n  }\n": typeof types.AttachCaseMaterialDocument,
    "\n  mutation SubmitCase($id: ID!) {\n    submitCase(id: $id) {\n      id\n      state\n      number\n    }\n  }\n": typeof types.SubmitCaseDocument,
    "\n  mutation StartPreReview($id: ID!) {\n    startPreReview(id: $id) {\n      id\n      state\n    }\n  }\n": typeof types.StartPreReviewDocument,
    "\n  mutation AcceptCase($id: ID!, $findings: [FindingInput!]!) {\n    acceptCase(id: $id, findings: $findings) {\n      id\n      state\n    }\n  }\n": typeof types.AcceptCaseDocument,
    "\n  mutation AcceptCaseWithDeficiencies($id: ID!, $findings: [FindingInput!]!) {\n    acceptCaseWithDeficiencies(id: $id, findings: $findings) {\n      id\n      state\n    }\n  }\n": typeof types.AcceptCaseWithDeficienciesDocument,
    "\n  mutation ReturnCase($id: ID!, $findings: [FindingInput!]!, $reason: String!) {\n    returnCase(id: $id, findings: $findings, reason: $reason) {\n      id\n      state\n    }\n  }\n": typeof types.ReturnCaseDocument,
    "\n  mutation ConfirmSupplement($id: ID!, $findings: [FindingInput!]!) {\n    confirmSupplement(id: $id, findings: $findings) {\n      id\n      state\n    }\n  }\n": typeof types.ConfirmSupplementDocument,
    "\n  mutation StartReview($id: ID!) {\n    startReview(id: $id) {\n      id\n      state\n    }\n  }\n": typeof types.StartReviewDocument,
    "\n  mutation ConsultCase($id: ID!, $units: [ConsultInput!]!) {\n    consultCase(id: $id, units: $units) {\n      id\n      state\n    }\n  }\n": typeof types.ConsultCaseDocument,
    "\n  mutation AnswerConsultation($id: ID!, $agree: Boolean!, $reason: String) {\n    answerConsultation(id: $id, agree: $agree, reason: $reason) {\n      id\n      answer\n      answeredAt\n    }\n  }\n": typeof types.AnswerConsultationDocument,
    "\n  mutation DecideCase($id: ID!, $approved: Boolean!, $reason: String!) {\n    decideCase(id: $id, approved: $approved, reason: $reason) {\n      id\n      state\n    }\n  }\n": typeof types.DecideCaseDocument,
    "\n  mutation DeliverCase($id: ID!, $method: CaseDeliveryMethod!, $trackingNumber: String) {\n    deliverCase(id: $id, method: $method, trackingNumber: $trackingNumber) {\n      id\n      state\n    }\n  }\n": typeof types.DeliverCaseDocument,
    "\n  mutation RateCase($id: ID!, $rating: Int!, $comment: String) {\n    rateCase(id: $id, rating: $rating, comment: $comment) {\n      id\n      state\n    }\n  }\n": typeof types.RateCaseDocument,
    "\n  mutation CloseCase($id: ID!) {\n    closeCase(id: $id) {\n      id\n      state\n    }\n  }\n": typeof types.CloseCaseDocument,
    "\n  mutation WithdrawCase($id: ID!, $reason: String) {\n    withdrawCase(id: $id, reason: $reason) {\n      id\n      state\n    }\n  }\n": typeof types.WithdrawCaseDocument,
    "\n  mutation ResolveFollowUp($id: ID!, $note: String!) {\n    resolveFollowUp(id: $id, note: $note) {\n      id\n      followUp\n      followUpNote\n    }\n  }\n": typeof types.ResolveFollowUpDocument,
    "\n  fragment CaseStatisticsFields on CaseStatistics {\n    closed\n    onTime\n    onTimeRate\n    early\n    earlyRate\n    averageWorkingDays\n    promisedDays\n    actualDays\n    speedUp\n    rated\n    satisfied\n    satisfactionRate\n  }\n": typeof types.CaseStatisticsFieldsFragmentDoc,
    "\n  query CaseStatistics($serviceItemID: ID, $from: Time!, $to: Time!) {\n    caseStatistics(serviceItemID: $serviceItemID, from: $from, to: $to) {\n      ...CaseStatisticsFields\n    }\n  }\n": typeof types.CaseStatisticsDocument,
    "\n  query StatsServiceItems {\n    serviceItems(first: 100, orderBy: { field: CODE, direction: ASC }) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.StatsServiceItemsDocument,
    "\n  query Domains {\n    domains(first: 200, orderBy: { field: CODE, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          bureauName\n          casePrefix\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.DomainsDocument,
    "\n  mutation CreateDomain($input: NewDomainInput!) {\n    createDomain(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateDomainDocument,
    "\n  query ActingDomain($withDomains: Boolean!) {\n    actingDomain {\n      id\n      name\n      bureauName\n    }\n    domains(first: 200, orderBy: { field: CODE, direction: ASC }) @include(if: $withDomains) {\n      edges {\n        node {\n          id\n          code\n          name\n          bureauName\n        }\n      }\n    }\n  }\n": typeof types.ActingDomainDocument,
    "\n  mutation ActInDomain($id: ID) {\n    actInDomain(id: $id) {\n      id\n    }\n  }\n": typeof types.ActInDomainDocument,
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
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int, $after: Cursor, $last: Int, $before: Cursor, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, last: $last, before: $before, unreadOnly: $unreadOnly) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          titleZh\n          titleEn\n          bodyZh\n          bodyEn\n          path\n          createdAt\n          readAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query PendingConsultations($assigneeID: ID!) {\n    consultations(first: 1, where: { answer: PENDING, assigneeID: $assigneeID }) {\n      totalCount\n    }\n  }\n": types.PendingConsultationsDocument,
    "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {\n    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      user {\n        id\n        username\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query AuditLogs($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: AuditLogWhereInput) {\n    auditLogs(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      where: $where\n      orderBy: { field: CREATED_AT, direction: DESC }\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          createdAt\n          operation\n          entityType\n          entityID\n          changedFields\n          changes\n          actorUsername\n          actor {\n            id\n            username\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.AuditLogsDocument,
    "\n  query AuditUsers {\n    users(first: 200, orderBy: { field: USERNAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n": types.AuditUsersDocument,
    "\n  query CalendarDays($from: Time!, $to: Time!) {\n    calendarDays(first: 200, where: { dateGTE: $from, dateLT: $to }, orderBy: { field: DATE, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          id\n          date\n          workday\n          name\n        }\n      }\n    }\n  }\n": types.CalendarDaysDocument,
    "\n  mutation SetCalendarDay($date: Time!, $workday: Boolean!, $name: String) {\n    setCalendarDay(date: $date, workday: $workday, name: $name) {\n      id\n      date\n      workday\n      name\n    }\n  }\n": types.SetCalendarDayDocument,
    "\n  mutation RemoveCalendarDay($date: Time!) {\n    removeCalendarDay(date: $date)\n  }\n": types.RemoveCalendarDayDocument,
    "\n  query Users($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: UserWhereInput) {\n    users(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      where: $where\n      orderBy: { field: USERNAME, direction: ASC }\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          username\n          displayName\n          phone\n          email\n          status\n          locked\n          lastLoginAt\n          manageable\n          roleAssignments(first: 50) {\n            edges {\n              node {\n                id\n                role\n                domain {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  query GrantableRoles {\n    grantableRoles\n  }\n": types.GrantableRolesDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUserStatus($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.UpdateUserStatusDocument,
    "\n  mutation ResetPassword($userID: ID!, $newPassword: String!) {\n    resetPassword(userID: $userID, newPassword: $newPassword)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation AssignRole($input: AssignRoleInput!) {\n    assignRole(input: $input) {\n      id\n      role\n    }\n  }\n": types.AssignRoleDocument,
    "\n  mutation RevokeRole($id: ID!) {\n    revokeRole(id: $id)\n  }\n": types.RevokeRoleDocument,
    "\n  fragment ServiceItemFields on ServiceItem {\n    id\n    code\n    name\n    description\n    statutoryDays\n    promisedDays\n    supplementDays\n    delegated\n    active\n    updatedAt\n    materials {\n      key\n      name\n      description\n      core\n      category\n      formats\n      templateDocumentID\n    }\n  }\n": types.ServiceItemFieldsFragmentDoc,
    "\n  query ServiceItems {\n    serviceItems(first: 200, orderBy: { field: CODE, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          ...ServiceItemFields\n        }\n      }\n    }\n  }\n": types.ServiceItemsDocument,
    "\n  mutation CreateServiceItem($input: CreateServiceItemInput!) {\n    createServiceItem(input: $input) {\n      ...ServiceItemFields\n    }\n  }\n": types.CreateServiceItemDocument,
    "\n  mutation UpdateServiceItem($id: ID!, $input: UpdateServiceItemInput!) {\n    updateServiceItem(id: $id, input: $input) {\n      ...ServiceItemFields\n    }\n  }\n": types.UpdateServiceItemDocument,
    "\n  mutation SetServiceItemMaterials($id: ID!, $materials: [MaterialInput!]!) {\n    setServiceItemMaterials(id: $id, materials: $materials) {\n      ...ServiceItemFields\n    }\n  }\n": types.SetServiceItemMaterialsDocument,
    "\n  query WorkbenchCases($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: CaseWhereInput) {\n    cases(first: $first, after: $after, last: $last, before: $before, where: $where, orderBy: { field: DUE_ON, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          ...CaseRowFields\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.WorkbenchCasesDocument,
    "\n  fragment CaseClockFields on CaseClock {\n    dueOn\n    dueIfResumedOn\n    promisedDays\n    workingDaysUsed\n    workingDaysLeft\n    overdue\n    dueSoon\n    paused\n    provisional\n  }\n": types.CaseClockFieldsFragmentDoc,
    "\n  fragment CaseRowFields on Case {\n    id\n    number\n    title\n    state\n    itemName\n    createdAt\n    submittedAt\n    dueOn\n    decision\n    followUp\n    updatedAt\n    clock {\n      ...CaseClockFields\n    }\n  }\n": types.CaseRowFieldsFragmentDoc,
    "\n  query Cases($first: Int, $after: Cursor, $last: Int, $before: Cursor, $orderBy: CaseOrder, $where: CaseWhereInput) {\n    cases(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, where: $where) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          ...CaseRowFields\n        }\n      }\n    }\n  }\n": types.CasesDocument,
    "\n  query CaseDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Case {\n        ...CaseRowFields\n        serviceItemID\n        organizationID\n        delegated\n        promisedDays\n        statutoryDays\n        supplementDays\n        acceptedAt\n        decidedAt\n        decisionReason\n        workingDaysUsed\n        onTime\n        deliveryMethod\n        trackingNumber\n        deliveredAt\n        rating\n        ratingComment\n        closedAt\n        followUpNote\n        allowedActions\n        organization {\n          id\n          name\n        }\n        checklist {\n          material {\n            key\n            name\n            description\n            core\n            category\n            formats\n            templateDocumentID\n          }\n          documentIDs\n          versionIDs\n          status\n          note\n        }\n        notice {\n          id\n          createdAt\n          items {\n            key\n            name\n            status\n            note\n          }\n          deadline\n          consequence\n          fulfilledAt\n          expiredAt\n        }\n        timeline {\n          id\n          action\n          fromState\n          toState\n          actorName\n          reason\n          createdAt\n        }\n        consultations {\n          id\n          unit\n          dueOn\n          answer\n          reason\n          answeredAt\n        }\n        documents {\n          id\n          category\n          title\n          current {\n            ...DocumentVersionFields\n          }\n        }\n      }\n    }\n  }\n": types.CaseDetailDocument,
    "\n  query CaseConsultationAssignees($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Case {\n        id\n        consultations {\n          id\n          assignee {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.CaseConsultationAssigneesDocument,
    "\n  query DocumentsByID($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ... on Document {\n        ...DocumentFields\n      }\n      ... on DocumentVersion {\n        ...DocumentVersionFields\n      }\n    }\n  }\n": types.DocumentsByIdDocument,
    "\n  query ActiveServiceItems {\n    serviceItems(first: 100, where: { active: true }, orderBy: { field: CODE, direction: ASC }) {\n      edges {\n        node {\n          id\n          code\n          name\n          description\n          promisedDays\n          statutoryDays\n        }\n      }\n    }\n  }\n": types.ActiveServiceItemsDocument,
    "\n  query MyConsultations($assigneeID: ID!) {\n    consultations(first: 100, where: { answer: PENDING, assigneeID: $assigneeID }, orderBy: { field: CREATED_AT, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          id\n          unit\n          dueOn\n          createdAt\n          serviceCase {\n            id\n            number\n            title\n            itemName\n            state\n            submittedAt\n          }\n        }\n      }\n    }\n  }\n": types.MyConsultationsDocument,
    "\n  query UserSearch($q: String!) {\n    users(first: 20, where: { or: [{ usernameContainsFold: $q }, { displayNameContainsFold: $q }], status: ACTIVE }) {\n      edges {\n        node {\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n": types.UserSearchDocument,
    "\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n      state\n    }\n  }\n": types.OpenCaseDocument,
    "\n  mutation AttachCaseMaterial($caseID: ID!, $key: String!, $documentIDs: [ID!]!) {\n    attachCaseMaterial(caseID: $caseID, key: $key, documentIDs: $documentIDs) {\n      id\n      state\n      allowedActions\n    }\n  }\n": types.AttachCaseMaterialDocument,
    "\n  mutation SubmitCase($id: ID!) {\n    submitCase(id: $id) {\n      id\n      state\n      number\n    }\n  }\n": types.SubmitCaseDocument,
    "\n  mutation StartPreReview($id: ID!) {\n    startPreReview(id: $id) {\n      id\n      state\n    }\n  }\n": types.StartPreReviewDocument,
    "\n  mutation AcceptCase($id: ID!, $findings: [FindingInput!]!) {\n    acceptCase(id: $id, findings: $findings) {\n      id\n      state\n    }\n  }\n": types.AcceptCaseDocument,
    "\n  mutation AcceptCaseWithDeficiencies($id: ID!, $findings: [FindingInput!]!) {\n    acceptCaseWithDeficiencies(id: $id, findings: $findings) {\n      id\n      state\n    }\n  }\n": types.AcceptCaseWithDeficienciesDocument,
    "\n  mutation ReturnCase($id: ID!, $findings: [FindingInput!]!, $reason: String!) {\n    returnCase(id: $id, findings: $findings, reason: $reason) {\n      id\n      state\n    }\n  }\n": types.ReturnCaseDocument,
    "\n  mutation ConfirmSupplement($id: ID!, $findings: [FindingInput!]!) {\n    confirmSupplement(id: $id, findings: $findings) {\n      id\n      state\n    }\n  }\n": types.ConfirmSupplementDocument,
    "\n  mutation StartReview($id: ID!) {\n    startReview(id: $id) {\n      id\n      state\n    }\n  }\n": types.StartReviewDocument,
    "\n  mutation ConsultCase($id: ID!, $units: [ConsultInput!]!) {\n    consultCase(id: $id, units: $units) {\n      id\n      state\n    }\n  }\n": types.ConsultCaseDocument,
    "\n  mutation AnswerConsultation($id: ID!, $agree: Boolean!, $reason: String) {\n    answerConsultation(id: $id, agree: $agree, reason: $reason) {\n      id\n      answer\n      answeredAt\n    }\n  }\n": types.AnswerConsultationDocument,
    "\n  mutation DecideCase($id: ID!, $approved: Boolean!, $reason: String!) {\n    decideCase(id: $id, approved: $approved, reason: $reason) {\n      id\n      state\n    }\n  }\n": types.DecideCaseDocument,
    "\n  mutation DeliverCase($id: ID!, $method: CaseDeliveryMethod!, $trackingNumber: String) {\n    deliverCase(id: $id, method: $method, trackingNumber: $trackingNumber) {\n      id\n      state\n    }\n  }\n": types.DeliverCaseDocument,
    "\n  mutation RateCase($id: ID!, $rating: Int!, $comment: String) {\n    rateCase(id: $id, rating: $rating, comment: $comment) {\n      id\n      state\n    }\n  }\n": types.RateCaseDocument,
    "\n  mutation CloseCase($id: ID!) {\n    closeCase(id: $id) {\n      id\n      state\n    }\n  }\n": types.CloseCaseDocument,
    "\n  mutation WithdrawCase($id: ID!, $reason: String) {\n    withdrawCase(id: $id, reason: $reason) {\n      id\n      state\n    }\n  }\n": types.WithdrawCaseDocument,
    "\n  mutation ResolveFollowUp($id: ID!, $note: String!) {\n    resolveFollowUp(id: $id, note: $note) {\n      id\n      followUp\n      followUpNote\n    }\n  }\n": types.ResolveFollowUpDocument,
    "\n  fragment CaseStatisticsFields on CaseStatistics {\n    closed\n    onTime\n    onTimeRate\n    early\n    earlyRate\n    averageWorkingDays\n    promisedDays\n    actualDays\n    speedUp\n    rated\n    satisfied\n    satisfactionRate\n  }\n": types.CaseStatisticsFieldsFragmentDoc,
    "\n  query CaseStatistics($serviceItemID: ID, $from: Time!, $to: Time!) {\n    caseStatistics(serviceItemID: $serviceItemID, from: $from, to: $to) {\n      ...CaseStatisticsFields\n    }\n  }\n": types.CaseStatisticsDocument,
    "\n  query StatsServiceItems {\n    serviceItems(first: 100, orderBy: { field: CODE, direction: ASC }) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": types.StatsServiceItemsDocument,
    "\n  query Domains {\n    domains(first: 200, orderBy: { field: CODE, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          bureauName\n          casePrefix\n          createdAt\n        }\n      }\n    }\n  }\n": types.DomainsDocument,
    "\n  mutation CreateDomain($input: NewDomainInput!) {\n    createDomain(input: $input) {\n      id\n    }\n  }\n": types.CreateDomainDocument,
    "\n  query ActingDomain($withDomains: Boolean!) {\n    actingDomain {\n      id\n      name\n      bureauName\n    }\n    domains(first: 200, orderBy: { field: CODE, direction: ASC }) @include(if: $withDomains) {\n      edges {\n        node {\n          id\n          code\n          name\n          bureauName\n        }\n      }\n    }\n  }\n": types.ActingDomainDocument,
    "\n  mutation ActInDomain($id: ID) {\n    actInDomain(id: $id) {\n      id\n    }\n  }\n": types.ActInDomainDocument,
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
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int, $after: Cursor, $last: Int, $before: Cursor, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, last: $last, before: $before, unreadOnly: $unreadOnly) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          titleZh\n          titleEn\n          bodyZh\n          bodyEn\n          path\n          createdAt\n          readAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int, $after: Cursor, $last: Int, $before: Cursor, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, last: $last, before: $before, unreadOnly: $unreadOnly) {\n      totalCount\n      edges {\n        node {\n          id\n          kind\n          titleZh\n          titleEn\n          bodyZh\n          bodyEn\n          path\n          createdAt\n          readAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingConsultations($assigneeID: ID!) {\n    consultations(first: 1, where: { answer: PENDING, assigneeID: $assigneeID }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query PendingConsultations($assigneeID: ID!) {\n    consultations(first: 1, where: { answer: PENDING, assigneeID: $assigneeID }) {\n      totalCount\n    }\n  }\n"];
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
export function graphql(source: "\n  query CalendarDays($from: Time!, $to: Time!) {\n    calendarDays(first: 200, where: { dateGTE: $from, dateLT: $to }, orderBy: { field: DATE, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          id\n          date\n          workday\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CalendarDays($from: Time!, $to: Time!) {\n    calendarDays(first: 200, where: { dateGTE: $from, dateLT: $to }, orderBy: { field: DATE, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          id\n          date\n          workday\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCalendarDay($date: Time!, $workday: Boolean!, $name: String) {\n    setCalendarDay(date: $date, workday: $workday, name: $name) {\n      id\n      date\n      workday\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation SetCalendarDay($date: Time!, $workday: Boolean!, $name: String) {\n    setCalendarDay(date: $date, workday: $workday, name: $name) {\n      id\n      date\n      workday\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCalendarDay($date: Time!) {\n    removeCalendarDay(date: $date)\n  }\n"): (typeof documents)["\n  mutation RemoveCalendarDay($date: Time!) {\n    removeCalendarDay(date: $date)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: UserWhereInput) {\n    users(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      where: $where\n      orderBy: { field: USERNAME, direction: ASC }\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          username\n          displayName\n          phone\n          email\n          status\n          locked\n          lastLoginAt\n          manageable\n          roleAssignments(first: 50) {\n            edges {\n              node {\n                id\n                role\n                domain {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: UserWhereInput) {\n    users(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      where: $where\n      orderBy: { field: USERNAME, direction: ASC }\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          username\n          displayName\n          phone\n          email\n          status\n          locked\n          lastLoginAt\n          manageable\n          roleAssignments(first: 50) {\n            edges {\n              node {\n                id\n                role\n                domain {\n                  id\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GrantableRoles {\n    grantableRoles\n  }\n"): (typeof documents)["\n  query GrantableRoles {\n    grantableRoles\n  }\n"];
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
export function graphql(source: "\n  fragment ServiceItemFields on ServiceItem {\n    id\n    code\n    name\n    description\n    statutoryDays\n    promisedDays\n    supplementDays\n    delegated\n    active\n    updatedAt\n    materials {\n      key\n      name\n      description\n      core\n      category\n      formats\n      templateDocumentID\n    }\n  }\n"): (typeof documents)["\n  fragment ServiceItemFields on ServiceItem {\n    id\n    code\n    name\n    description\n    statutoryDays\n    promisedDays\n    supplementDays\n    delegated\n    active\n    updatedAt\n    materials {\n      key\n      name\n      description\n      core\n      category\n      formats\n      templateDocumentID\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceItems {\n    serviceItems(first: 200, orderBy: { field: CODE, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          ...ServiceItemFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceItems {\n    serviceItems(first: 200, orderBy: { field: CODE, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          ...ServiceItemFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateServiceItem($input: CreateServiceItemInput!) {\n    createServiceItem(input: $input) {\n      ...ServiceItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateServiceItem($input: CreateServiceItemInput!) {\n    createServiceItem(input: $input) {\n      ...ServiceItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateServiceItem($id: ID!, $input: UpdateServiceItemInput!) {\n    updateServiceItem(id: $id, input: $input) {\n      ...ServiceItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateServiceItem($id: ID!, $input: UpdateServiceItemInput!) {\n    updateServiceItem(id: $id, input: $input) {\n      ...ServiceItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetServiceItemMaterials($id: ID!, $materials: [MaterialInput!]!) {\n    setServiceItemMaterials(id: $id, materials: $materials) {\n      ...ServiceItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetServiceItemMaterials($id: ID!, $materials: [MaterialInput!]!) {\n    setServiceItemMaterials(id: $id, materials: $materials) {\n      ...ServiceItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkbenchCases($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: CaseWhereInput) {\n    cases(first: $first, after: $after, last: $last, before: $before, where: $where, orderBy: { field: DUE_ON, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          ...CaseRowFields\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkbenchCases($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: CaseWhereInput) {\n    cases(first: $first, after: $after, last: $last, before: $before, where: $where, orderBy: { field: DUE_ON, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          ...CaseRowFields\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseClockFields on CaseClock {\n    dueOn\n    dueIfResumedOn\n    promisedDays\n    workingDaysUsed\n    workingDaysLeft\n    overdue\n    dueSoon\n    paused\n    provisional\n  }\n"): (typeof documents)["\n  fragment CaseClockFields on CaseClock {\n    dueOn\n    dueIfResumedOn\n    promisedDays\n    workingDaysUsed\n    workingDaysLeft\n    overdue\n    dueSoon\n    paused\n    provisional\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseRowFields on Case {\n    id\n    number\n    title\n    state\n    itemName\n    createdAt\n    submittedAt\n    dueOn\n    decision\n    followUp\n    updatedAt\n    clock {\n      ...CaseClockFields\n    }\n  }\n"): (typeof documents)["\n  fragment CaseRowFields on Case {\n    id\n    number\n    title\n    state\n    itemName\n    createdAt\n    submittedAt\n    dueOn\n    decision\n    followUp\n    updatedAt\n    clock {\n      ...CaseClockFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cases($first: Int, $after: Cursor, $last: Int, $before: Cursor, $orderBy: CaseOrder, $where: CaseWhereInput) {\n    cases(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, where: $where) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          ...CaseRowFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Cases($first: Int, $after: Cursor, $last: Int, $before: Cursor, $orderBy: CaseOrder, $where: CaseWhereInput) {\n    cases(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, where: $where) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          ...CaseRowFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Case {\n        ...CaseRowFields\n        serviceItemID\n        organizationID\n        delegated\n        promisedDays\n        statutoryDays\n        supplementDays\n        acceptedAt\n        decidedAt\n        decisionReason\n        workingDaysUsed\n        onTime\n        deliveryMethod\n        trackingNumber\n        deliveredAt\n        rating\n        ratingComment\n        closedAt\n        followUpNote\n        allowedActions\n        organization {\n          id\n          name\n        }\n        checklist {\n          material {\n            key\n            name\n            description\n            core\n            category\n            formats\n            templateDocumentID\n          }\n          documentIDs\n          versionIDs\n          status\n          note\n        }\n        notice {\n          id\n          createdAt\n          items {\n            key\n            name\n            status\n            note\n          }\n          deadline\n          consequence\n          fulfilledAt\n          expiredAt\n        }\n        timeline {\n          id\n          action\n          fromState\n          toState\n          actorName\n          reason\n          createdAt\n        }\n        consultations {\n          id\n          unit\n          dueOn\n          answer\n          reason\n          answeredAt\n        }\n        documents {\n          id\n          category\n          title\n          current {\n            ...DocumentVersionFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseDetail($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Case {\n        ...CaseRowFields\n        serviceItemID\n        organizationID\n        delegated\n        promisedDays\n        statutoryDays\n        supplementDays\n        acceptedAt\n        decidedAt\n        decisionReason\n        workingDaysUsed\n        onTime\n        deliveryMethod\n        trackingNumber\n        deliveredAt\n        rating\n        ratingComment\n        closedAt\n        followUpNote\n        allowedActions\n        organization {\n          id\n          name\n        }\n        checklist {\n          material {\n            key\n            name\n            description\n            core\n            category\n            formats\n            templateDocumentID\n          }\n          documentIDs\n          versionIDs\n          status\n          note\n        }\n        notice {\n          id\n          createdAt\n          items {\n            key\n            name\n            status\n            note\n          }\n          deadline\n          consequence\n          fulfilledAt\n          expiredAt\n        }\n        timeline {\n          id\n          action\n          fromState\n          toState\n          actorName\n          reason\n          createdAt\n        }\n        consultations {\n          id\n          unit\n          dueOn\n          answer\n          reason\n          answeredAt\n        }\n        documents {\n          id\n          category\n          title\n          current {\n            ...DocumentVersionFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseConsultationAssignees($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Case {\n        id\n        consultations {\n          id\n          assignee {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseConsultationAssignees($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Case {\n        id\n        consultations {\n          id\n          assignee {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentsByID($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ... on Document {\n        ...DocumentFields\n      }\n      ... on DocumentVersion {\n        ...DocumentVersionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DocumentsByID($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      ... on Document {\n        ...DocumentFields\n      }\n      ... on DocumentVersion {\n        ...DocumentVersionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActiveServiceItems {\n    serviceItems(first: 100, where: { active: true }, orderBy: { field: CODE, direction: ASC }) {\n      edges {\n        node {\n          id\n          code\n          name\n          description\n          promisedDays\n          statutoryDays\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActiveServiceItems {\n    serviceItems(first: 100, where: { active: true }, orderBy: { field: CODE, direction: ASC }) {\n      edges {\n        node {\n          id\n          code\n          name\n          description\n          promisedDays\n          statutoryDays\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyConsultations($assigneeID: ID!) {\n    consultations(first: 100, where: { answer: PENDING, assigneeID: $assigneeID }, orderBy: { field: CREATED_AT, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          id\n          unit\n          dueOn\n          createdAt\n          serviceCase {\n            id\n            number\n            title\n            itemName\n            state\n            submittedAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyConsultations($assigneeID: ID!) {\n    consultations(first: 100, where: { answer: PENDING, assigneeID: $assigneeID }, orderBy: { field: CREATED_AT, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          id\n          unit\n          dueOn\n          createdAt\n          serviceCase {\n            id\n            number\n            title\n            itemName\n            state\n            submittedAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserSearch($q: String!) {\n    users(first: 20, where: { or: [{ usernameContainsFold: $q }, { displayNameContainsFold: $q }], status: ACTIVE }) {\n      edges {\n        node {\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UserSearch($q: String!) {\n    users(first: 20, where: { or: [{ usernameContainsFold: $q }, { displayNameContainsFold: $q }], status: ACTIVE }) {\n      edges {\n        node {\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachCaseMaterial($caseID: ID!, $key: String!, $documentIDs: [ID!]!) {\n    attachCaseMaterial(caseID: $caseID, key: $key, documentIDs: $documentIDs) {\n      id\n      state\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  mutation AttachCaseMaterial($caseID: ID!, $key: String!, $documentIDs: [ID!]!) {\n    attachCaseMaterial(caseID: $caseID, key: $key, documentIDs: $documentIDs) {\n      id\n      state\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCase($id: ID!) {\n    submitCase(id: $id) {\n      id\n      state\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitCase($id: ID!) {\n    submitCase(id: $id) {\n      id\n      state\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPreReview($id: ID!) {\n    startPreReview(id: $id) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation StartPreReview($id: ID!) {\n    startPreReview(id: $id) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptCase($id: ID!, $findings: [FindingInput!]!) {\n    acceptCase(id: $id, findings: $findings) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptCase($id: ID!, $findings: [FindingInput!]!) {\n    acceptCase(id: $id, findings: $findings) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptCaseWithDeficiencies($id: ID!, $findings: [FindingInput!]!) {\n    acceptCaseWithDeficiencies(id: $id, findings: $findings) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptCaseWithDeficiencies($id: ID!, $findings: [FindingInput!]!) {\n    acceptCaseWithDeficiencies(id: $id, findings: $findings) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnCase($id: ID!, $findings: [FindingInput!]!, $reason: String!) {\n    returnCase(id: $id, findings: $findings, reason: $reason) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnCase($id: ID!, $findings: [FindingInput!]!, $reason: String!) {\n    returnCase(id: $id, findings: $findings, reason: $reason) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmSupplement($id: ID!, $findings: [FindingInput!]!) {\n    confirmSupplement(id: $id, findings: $findings) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmSupplement($id: ID!, $findings: [FindingInput!]!) {\n    confirmSupplement(id: $id, findings: $findings) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartReview($id: ID!) {\n    startReview(id: $id) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation StartReview($id: ID!) {\n    startReview(id: $id) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsultCase($id: ID!, $units: [ConsultInput!]!) {\n    consultCase(id: $id, units: $units) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ConsultCase($id: ID!, $units: [ConsultInput!]!) {\n    consultCase(id: $id, units: $units) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerConsultation($id: ID!, $agree: Boolean!, $reason: String) {\n    answerConsultation(id: $id, agree: $agree, reason: $reason) {\n      id\n      answer\n      answeredAt\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerConsultation($id: ID!, $agree: Boolean!, $reason: String) {\n    answerConsultation(id: $id, agree: $agree, reason: $reason) {\n      id\n      answer\n      answeredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideCase($id: ID!, $approved: Boolean!, $reason: String!) {\n    decideCase(id: $id, approved: $approved, reason: $reason) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation DecideCase($id: ID!, $approved: Boolean!, $reason: String!) {\n    decideCase(id: $id, approved: $approved, reason: $reason) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeliverCase($id: ID!, $method: CaseDeliveryMethod!, $trackingNumber: String) {\n    deliverCase(id: $id, method: $method, trackingNumber: $trackingNumber) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation DeliverCase($id: ID!, $method: CaseDeliveryMethod!, $trackingNumber: String) {\n    deliverCase(id: $id, method: $method, trackingNumber: $trackingNumber) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateCase($id: ID!, $rating: Int!, $comment: String) {\n    rateCase(id: $id, rating: $rating, comment: $comment) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation RateCase($id: ID!, $rating: Int!, $comment: String) {\n    rateCase(id: $id, rating: $rating, comment: $comment) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCase($id: ID!) {\n    closeCase(id: $id) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation CloseCase($id: ID!) {\n    closeCase(id: $id) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawCase($id: ID!, $reason: String) {\n    withdrawCase(id: $id, reason: $reason) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawCase($id: ID!, $reason: String) {\n    withdrawCase(id: $id, reason: $reason) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveFollowUp($id: ID!, $note: String!) {\n    resolveFollowUp(id: $id, note: $note) {\n      id\n      followUp\n      followUpNote\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveFollowUp($id: ID!, $note: String!) {\n    resolveFollowUp(id: $id, note: $note) {\n      id\n      followUp\n      followUpNote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseStatisticsFields on CaseStatistics {\n    closed\n    onTime\n    onTimeRate\n    early\n    earlyRate\n    averageWorkingDays\n    promisedDays\n    actualDays\n    speedUp\n    rated\n    satisfied\n    satisfactionRate\n  }\n"): (typeof documents)["\n  fragment CaseStatisticsFields on CaseStatistics {\n    closed\n    onTime\n    onTimeRate\n    early\n    earlyRate\n    averageWorkingDays\n    promisedDays\n    actualDays\n    speedUp\n    rated\n    satisfied\n    satisfactionRate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseStatistics($serviceItemID: ID, $from: Time!, $to: Time!) {\n    caseStatistics(serviceItemID: $serviceItemID, from: $from, to: $to) {\n      ...CaseStatisticsFields\n    }\n  }\n"): (typeof documents)["\n  query CaseStatistics($serviceItemID: ID, $from: Time!, $to: Time!) {\n    caseStatistics(serviceItemID: $serviceItemID, from: $from, to: $to) {\n      ...CaseStatisticsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatsServiceItems {\n    serviceItems(first: 100, orderBy: { field: CODE, direction: ASC }) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StatsServiceItems {\n    serviceItems(first: 100, orderBy: { field: CODE, direction: ASC }) {\n      edges {\n        node {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Domains {\n    domains(first: 200, orderBy: { field: CODE, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          bureauName\n          casePrefix\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Domains {\n    domains(first: 200, orderBy: { field: CODE, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          id\n          code\n          name\n          bureauName\n          casePrefix\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDomain($input: NewDomainInput!) {\n    createDomain(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDomain($input: NewDomainInput!) {\n    createDomain(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActingDomain($withDomains: Boolean!) {\n    actingDomain {\n      id\n      name\n      bureauName\n    }\n    domains(first: 200, orderBy: { field: CODE, direction: ASC }) @include(if: $withDomains) {\n      edges {\n        node {\n          id\n          code\n          name\n          bureauName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActingDomain($withDomains: Boolean!) {\n    actingDomain {\n      id\n      name\n      bureauName\n    }\n    domains(first: 200, orderBy: { field: CODE, direction: ASC }) @include(if: $withDomains) {\n      edges {\n        node {\n          id\n          code\n          name\n          bureauName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActInDomain($id: ID) {\n    actInDomain(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ActInDomain($id: ID) {\n    actInDomain(id: $id) {\n      id\n    }\n  }\n"];
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