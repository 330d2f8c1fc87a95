import { graphql } from '../../../gql';

export const CaseStatisticsFieldsFragment = graphql(`
  fragment CaseStatisticsFields on CaseStatistics {
    closed
    onTime
    onTimeRate
    early
    earlyRate
    averageWorkingDays
    promisedDays
    actualDays
    speedUp
    rated
    satisfied
    satisfactionRate
  }
`);

export const CaseStatisticsDocument = graphql(`
  query CaseStatistics($serviceItemID: ID, $from: Time!, $to: Time!) {
    caseStatistics(serviceItemID: $serviceItemID, from: $from, to: $to) {
      ...CaseStatisticsFields
    }
  }
`);

/** Every service item, closed ones too: their cases still count in past periods. */
export const StatsServiceItemsDocument = graphql(`
  query StatsServiceItems {
    serviceItems(first: 100, orderBy: { field: CODE, direction: ASC }) {
      edges {
        node {
          id
          code
          name
        }
      }
    }
  }
`);
