import { graphql } from '../../../gql';

export const ServiceItemFieldsFragment = graphql(`
  fragment ServiceItemFields on ServiceItem {
    id
    code
    name
    description
    statutoryDays
    promisedDays
    supplementDays
    delegated
    active
    updatedAt
    materials {
      key
      name
      description
      core
      category
      formats
      templateDocumentID
    }
  }
`);

export const ServiceItemsDocument = graphql(`
  query ServiceItems {
    serviceItems(first: 200, orderBy: { field: CODE, direction: ASC }) {
      totalCount
      edges {
        node {
          ...ServiceItemFields
        }
      }
    }
  }
`);

export const CreateServiceItemDocument = graphql(`
  mutation CreateServiceItem($input: CreateServiceItemInput!) {
    createServiceItem(input: $input) {
      ...ServiceItemFields
    }
  }
`);

export const UpdateServiceItemDocument = graphql(`
  mutation UpdateServiceItem($id: ID!, $input: UpdateServiceItemInput!) {
    updateServiceItem(id: $id, input: $input) {
      ...ServiceItemFields
    }
  }
`);

export const SetServiceItemMaterialsDocument = graphql(`
  mutation SetServiceItemMaterials($id: ID!, $materials: [MaterialInput!]!) {
    setServiceItemMaterials(id: $id, materials: $materials) {
      ...ServiceItemFields
    }
  }
`);
