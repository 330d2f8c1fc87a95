import { Alert, AutoComplete, Button, Form, Input, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatYuan, parseYuan } from '../../../lib/money';
import { Money } from '../shared/Money';
import { type BudgetLineValue, budgetSummary } from './proposalForm';

const BUDGET_CATEGORIES = ['PERSONNEL', 'ACTIVITY', 'MATERIALS', 'PUBLICITY', 'TRAINING', 'ADMIN', 'OTHER'] as const;

/** A rule for a money input: empty is left to the server's check at submission; anything else must be an amount. */
export function useAmountRule() {
  const { t } = useTranslation();
  return {
    validator: (_: unknown, v: unknown) =>
      v === undefined || v === null || String(v).trim() === '' || parseYuan(String(v)) !== null
        ? Promise.resolve()
        : Promise.reject(new Error(t('grants.proposal.invalidAmount'))),
  };
}

/** A text input for yuan: the value stays the decimal string typed (never a number). */
export function AmountInput(props: React.ComponentProps<typeof Input>) {
  return <Input inputMode="decimal" prefix="¥" placeholder="0.00" autoComplete="off" style={{ maxWidth: 220 }} {...props} />;
}

/**
 * The proposal's budget table, inside the proposal's Form: its lines
 * (category, what for, amount), the running total as the applicant types
 * (exact, with BigInt fen), a warning when the total differs from the
 * grant requested, the request itself and the call's minimum and maximum.
 */
export function BudgetFields({ minAmount, maxAmount }: { minAmount: string; maxAmount: string }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const lines = Form.useWatch('budgetLines', form) as Partial<BudgetLineValue>[] | undefined;
  const requested = Form.useWatch('requested', form) as string | undefined;
  const amountRule = useAmountRule();
  const s = budgetSummary(lines, requested, { min: minAmount, max: maxAmount });
  const categoryOptions = BUDGET_CATEGORIES.map((c) => ({ value: t(`grants.proposal.budgetCategories.${c}`) }));
  return (
    <div data-testid="budget-table">
      <Form.List name="budgetLines">
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((f) => (
              <Space key={f.key} align="start" wrap data-testid="budget-line">
                <Form.Item name={[f.name, 'category']} label={f.name === 0 ? t('grants.proposal.budgetCategory') : undefined}>
                  <AutoComplete options={categoryOptions} style={{ width: 140 }} aria-label={t('grants.proposal.budgetCategory')} />
                </Form.Item>
                <Form.Item name={[f.name, 'description']} label={f.name === 0 ? t('grants.proposal.budgetDescription') : undefined}>
                  <Input style={{ width: 260 }} maxLength={500} aria-label={t('grants.proposal.budgetDescription')} />
                </Form.Item>
                <Form.Item name={[f.name, 'amount']} label={f.name === 0 ? t('grants.proposal.amount') : undefined} rules={[amountRule]}>
                  <AmountInput aria-label={t('grants.proposal.amount')} data-testid="budget-amount" />
                </Form.Item>
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={t('grants.proposal.remove')}
                  onClick={() => remove(f.name)}
                  style={f.name === 0 ? { marginTop: 30 } : undefined}
                />
              </Space>
            ))}
            <Form.ErrorList errors={errors} />
            <Button icon={<PlusOutlined />} onClick={() => add({ category: '', description: '', amount: '' })} data-testid="add-budget-line">
              {t('grants.proposal.addBudgetLine')}
            </Button>
          </>
        )}
      </Form.List>
      <Typography.Paragraph style={{ marginTop: 12 }} data-testid="budget-total" data-total={s.total}>
        {t('grants.proposal.budgetTotal')}：<Money value={s.total} strong />
      </Typography.Paragraph>
      <Form.Item
        name="requested"
        label={t('grants.proposal.requested')}
        rules={[amountRule]}
        extra={t('grants.money.range', { min: formatYuan(minAmount), max: formatYuan(maxAmount) })}
      >
        <AmountInput data-testid="requested" />
      </Form.Item>
      {s.differs ? (
        <Alert
          type="warning"
          showIcon
          data-testid="budget-differs"
          style={{ marginBottom: 12 }}
          message={t('grants.proposal.totalDiffers', { total: formatYuan(s.total), requested: formatYuan(requested ?? '') })}
        />
      ) : null}
      {s.belowMin ? <Alert type="warning" showIcon data-testid="below-min" style={{ marginBottom: 12 }} message={t('grants.proposal.belowMin', { min: formatYuan(minAmount) })} /> : null}
      {s.aboveMax ? <Alert type="warning" showIcon data-testid="above-max" style={{ marginBottom: 12 }} message={t('grants.proposal.aboveMax', { max: formatYuan(maxAmount) })} /> : null}
    </div>
  );
}
