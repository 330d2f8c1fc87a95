import { Progress, Space, Typography } from 'antd';
import { loadLevel } from './model';
import { usePT } from './texts';

/**
 * An officer's load against the county's maximum: a bar and "12 / 30",
 * red when full. `compact` for table cells.
 */
export function LoadBar({ load, max, compact }: { load: number; max: number; compact?: boolean }) {
  const { pt } = usePT();
  const { share, full } = loadLevel(load, max);
  const status = full ? 'exception' : share >= 0.8 ? 'normal' : 'success';
  const colour = full ? '#cf1322' : share >= 0.8 ? '#fa8c16' : '#52c41a';
  return (
    <Space size={8} className="nowrap" data-testid="load-bar" data-load={load} data-max={max} data-full={full ? 'true' : 'false'}>
      <Progress
        percent={Math.round(share * 100)}
        status={status}
        strokeColor={colour}
        showInfo={false}
        size={compact ? [80, 6] : [140, 8]}
        aria-label={pt('load.aria', { load, max })}
      />
      <Typography.Text type={full ? 'danger' : undefined} className="nowrap">
        {pt('load.value', { load, max })}
      </Typography.Text>
    </Space>
  );
}
