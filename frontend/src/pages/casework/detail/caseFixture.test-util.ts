import type { CaseDetail } from './caseTypes';

/** A submitted case of the incubation item, as the case page reads it (for component tests). */
export function caseFixture(over: Partial<CaseDetail> = {}): CaseDetail {
  return {
    __typename: 'Case',
    id: 'c1',
    number: 'DQ-2026-000001',
    title: '2026 年入壳孵化申请',
    state: 'PRE_REVIEW',
    itemName: '入壳孵化申请',
    submittedAt: '2026-05-06T02:00:00Z',
    dueOn: null,
    decision: null,
    followUp: 'NONE',
    updatedAt: '2026-05-06T02:00:00Z',
    clock: null,
    serviceItemID: 's1',
    organizationID: 'o1',
    delegated: true,
    promisedDays: 5,
    statutoryDays: 20,
    supplementDays: 5,
    acceptedAt: null,
    decidedAt: null,
    decisionReason: null,
    workingDaysUsed: null,
    onTime: null,
    deliveryMethod: null,
    trackingNumber: null,
    deliveredAt: null,
    rating: null,
    ratingComment: null,
    closedAt: null,
    followUpNote: null,
    allowedActions: ['ACCEPT', 'ACCEPT_WITH_DEFICIENCIES', 'RETURN'],
    organization: { __typename: 'Organization', id: 'o1', name: '德清县阳光志愿者协会' },
    checklist: [
      material('certificate', '登记证书', true, 'REGISTRATION_CERTIFICATE', ['d1']),
      material('articles', '章程', true, 'ARTICLES_OF_ASSOCIATION', ['d2']),
      material('budget', '项目预算', false, 'BUDGET', []),
    ],
    notice: null,
    timeline: [],
    consultations: [],
    documents: [],
    ...over,
  } as CaseDetail;
}

function material(key: string, name: string, core: boolean, category: string, documentIDs: string[]) {
  return {
    __typename: 'MaterialCheck' as const,
    material: { __typename: 'Material' as const, key, name, description: null, core, category, formats: null, templateDocumentID: null },
    documentIDs,
    versionIDs: [],
    status: 'PENDING' as const,
    note: null,
  };
}
