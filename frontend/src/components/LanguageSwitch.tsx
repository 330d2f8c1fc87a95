import { Select } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, currentLanguage, setLanguage } from '../i18n';
import type { AppLocale } from '../lib/format';

export function LanguageSwitch({ className }: { className?: string }) {
  const { t, i18n } = useTranslation();
  const value = LANGUAGES.includes(i18n.language as AppLocale) ? (i18n.language as AppLocale) : currentLanguage();
  return (
    <Select<AppLocale>
      className={className}
      aria-label={t('lang.label')}
      data-testid="language-switch"
      value={value}
      onChange={(lng) => void setLanguage(lng)}
      suffixIcon={<GlobalOutlined aria-hidden />}
      popupMatchSelectWidth={false}
      options={LANGUAGES.map((l) => ({ value: l, label: t(`lang.${l}`) }))}
      variant="borderless"
    />
  );
}
