import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import { averages } from '../model/statistics';
import type { ItemDays } from './chartOptions';
import { CaseStatisticsDocument } from './statsApi';

/**
 * Average promised and actual days per service item over the period, for
 * the comparison chart: one statistics query per item (a county has a
 * handful), items without closed cases left out.
 */
export function useItemDays(items: readonly { id: string; name: string }[], from: string, to: string): ItemDays[] | null {
  const client = useClient();
  const [data, setData] = useState<ItemDays[] | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all(
      items.map((it) =>
        client
          .query(CaseStatisticsDocument, { serviceItemID: it.id, from, to })
          .toPromise()
          .then((r) => ({ it, s: r.data?.caseStatistics })),
      ),
    ).then((all) => {
      if (!live) return;
      setData(
        all.flatMap(({ it, s }) => (s && s.closed > 0 ? [{ name: it.name, ...averages(s) }] : [])),
      );
    });
    return () => {
      live = false;
    };
  }, [client, items, from, to]);
  return data;
}
