import { InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';

/** A yuan amount with two decimals; the form converts it to fen. */
export function MoneyInput(props: {
  value?: number | null;
  onChange?: (value: number | null) => void;
  disabled?: boolean;
  placeholder?: string;
  width?: number;
}) {
  const { t } = useTranslation();
  return (
    <InputNumber<number>
      min={0}
      max={1_000_000}
      precision={2}
      step={10}
      prefix="¥"
      suffix={t('fees.yuan')}
      style={{ width: props.width ?? 160 }}
      value={props.value}
      onChange={props.onChange}
      disabled={props.disabled}
      placeholder={props.placeholder}
    />
  );
}
