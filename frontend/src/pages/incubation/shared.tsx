import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** The board's colour of each space status (also used by the legend). */
export const STATUS_COLOURS = { AVAILABLE: 'green', OCCUPIED: 'blue', MAINTENANCE: 'default' } as const;
export type SpaceStatus = keyof typeof STATUS_COLOURS;

/** How a tile looks: its status colour and whether seats are free. */
export function tileLook(s: { status: SpaceStatus; seatsFree: number }): { colour: string; free: boolean } {
  return { colour: STATUS_COLOURS[s.status], free: s.status === 'AVAILABLE' && s.seatsFree > 0 };
}

export function StatusTag({ status }: { status: SpaceStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOURS[status]}>{t(`incubation.status.${status}`)}</Tag>;
}

export { useRun } from '../../components/useRun';

/** Today as YYYY-MM-DD in the viewer's time zone. */
export function todayYMD(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
