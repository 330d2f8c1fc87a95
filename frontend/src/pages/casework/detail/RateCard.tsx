import { useState } from 'react';
import { Button, Card, Form, Input, Rate, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RateCaseDocument } from '../caseMutations';
import type { CaseDetail } from './caseTypes';
import type { useCaseStep } from './useCaseStep';

/** 电子评价: the applicant rates the service once the outcome is delivered; rating closes the case. */
export function RateCard({ c, step }: { c: CaseDetail; step: ReturnType<typeof useCaseStep> }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ rating: number; comment?: string }>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    let v: { rating: number; comment?: string };
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    await step(RateCaseDocument, { id: c.id, rating: v.rating, comment: v.comment?.trim() || undefined }, 'RATE');
    setBusy(false);
  };
  return (
    <Card title={t('casework.rate.title')} className="detail-card" data-testid="rate-card">
      <Typography.Paragraph>{t('casework.rate.prompt')}</Typography.Paragraph>
      <Form form={form} layout="vertical" disabled={busy}>
        <Form.Item
          name="rating"
          label={t('casework.rate.rating')}
          rules={[{ required: true, message: t('casework.rate.ratingRequired') }]}
        >
          <Rate data-testid="rate-stars" />
        </Form.Item>
        <Form.Item name="comment" label={t('casework.rate.comment')}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
        <Button type="primary" loading={busy} onClick={() => void submit()} data-testid="rate-submit">
          {t('casework.rate.submit')}
        </Button>
      </Form>
    </Card>
  );
}
