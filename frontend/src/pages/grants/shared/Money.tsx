import { formatYuan } from '../../../lib/money';

/**
 * An amount of yuan from the API ("12345.60") as people read it
 * ("¥12,345.60", the same in both languages), never through a float.
 * Tabular digits so columns of amounts line up.
 */
export function Money({ value, strong }: { value: string | null | undefined; strong?: boolean }) {
  if (value === null || value === undefined || value === '') return <span className="money">—</span>;
  const text = formatYuan(value);
  return (
    <span className="money" data-amount={value} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', fontWeight: strong ? 600 : undefined }}>
      {text}
    </span>
  );
}
