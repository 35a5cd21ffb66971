import { Form, Input, Select } from 'antd';
import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { parseSerialNumbers, type SerialProblem, serialProblems } from '../lib/serialNumbers';

export type SerialEntry = string | string[] | undefined;

/** The serials of the field, typed (one per line) or chosen from the stock. */
export const serialsOf = (entry: SerialEntry): string[] =>
  Array.isArray(entry) ? entry : parseSerialNumbers(entry);

function problemText(problem: SerialProblem, t: TFunction): string {
  switch (problem.kind) {
    case 'count':
      return problem.actual === 0
        ? t('inventory.serials.none')
        : t('inventory.serials.count', { expected: problem.expected, actual: problem.actual });
    case 'duplicate':
      return t('inventory.serials.duplicate', { serials: problem.serials.join('、') });
    case 'tooLong':
      return t('inventory.serials.tooLong', { max: 100 });
  }
}

const rule =
  (t: TFunction, quantity?: number): FormRule =>
  () => ({
    validator: (_, entry: SerialEntry) => {
      const [problem] = serialProblems(serialsOf(entry), quantity);
      return problem ? Promise.reject(new Error(problemText(problem, t))) : Promise.resolve();
    },
  });

/**
 * Serial numbers of a serial-tracked part. New units (received, counted up) are typed or
 * scanned one per line; units going out are chosen from those in stock (`inStock`).
 * Without `quantity`, the number of serials is the quantity moved.
 */
export function SerialNumbersField({
  inStock,
  quantity,
  isLoading,
}: {
  inStock?: readonly string[];
  quantity?: number;
  isLoading?: boolean;
}) {
  const { t } = useTranslation();
  const count = serialsOf(Form.useWatch<SerialEntry>('serialNumbers')).length;
  return (
    <Form.Item
      name="serialNumbers"
      label={t('inventory.serials.label')}
      extra={
        inStock
          ? t('inventory.serials.chooseHint', { count })
          : t('inventory.serials.typeHint', { count })
      }
      rules={[rule(t, quantity)]}
    >
      {inStock ? (
        <Select
          mode="multiple"
          loading={isLoading}
          notFoundContent={t('inventory.serials.noneInStock')}
          options={inStock.map((serial) => ({ value: serial, label: serial }))}
          data-testid="serial-choice"
        />
      ) : (
        <Input.TextArea rows={4} autoComplete="off" data-testid="serial-entry" />
      )}
    </Form.Item>
  );
}
