import { useCallback, useState } from 'react';
import { Button, Space } from 'antd';
import { LeftOutlined, RightOutlined, VerticalRightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

export interface PageInfoLike {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
}

type Position = { after?: string; before?: string };

/**
 * Relay cursor paging kept in component state: forward with first/after,
 * backward with last/before.
 */
export function useCursorPaging(pageSize: number) {
  const [pos, setPos] = useState<Position>({});
  const reset = useCallback(() => setPos({}), []);
  const backwards = pos.before !== undefined;
  const variables = backwards
    ? { last: pageSize, before: pos.before }
    : { first: pageSize, after: pos.after };
  return {
    variables,
    reset,
    pos,
    next: (pi: PageInfoLike) => pi.endCursor && setPos({ after: pi.endCursor }),
    prev: (pi: PageInfoLike) => pi.startCursor && setPos({ before: pi.startCursor }),
    // entgql computes hasPreviousPage only for backward and hasNextPage only
    // for forward pages; the cursor we came from covers the other direction.
    hasPrev: (pi?: PageInfoLike) => (backwards ? Boolean(pi?.hasPreviousPage) : pos.after !== undefined),
    hasNext: (pi?: PageInfoLike) => (backwards ? true : Boolean(pi?.hasNextPage)),
    onFirst: pos.after === undefined && pos.before === undefined,
  };
}

export function CursorPager({
  paging,
  pageInfo,
  total,
  testId,
}: {
  paging: ReturnType<typeof useCursorPaging>;
  pageInfo?: PageInfoLike;
  total: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <nav className="pager" aria-label={total} data-testid={testId}>
      <span className="pager__total">{total}</span>
      <Space wrap>
        <Button icon={<VerticalRightOutlined />} disabled={paging.onFirst} onClick={paging.reset}>
          {t('common.firstPage')}
        </Button>
        <Button
          icon={<LeftOutlined />}
          disabled={!pageInfo || !paging.hasPrev(pageInfo)}
          onClick={() => pageInfo && paging.prev(pageInfo)}
        >
          {t('common.previous')}
        </Button>
        <Button disabled={!pageInfo || !paging.hasNext(pageInfo)} onClick={() => pageInfo && paging.next(pageInfo)}>
          {t('common.next')}
          <RightOutlined />
        </Button>
      </Space>
    </nav>
  );
}
