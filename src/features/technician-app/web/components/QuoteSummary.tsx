import { Flex, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCents } from '../../../../platform/format';
import type { QuoteView } from '../../../fees/fees.schemas';

/** A priced job as the customer reads it on the phone: each line, what is free, what they pay. */
export function QuoteSummary({ quote }: { quote: QuoteView }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Flex
      vertical
      gap={6}
      data-testid="quote-summary"
      style={{
        padding: 12,
        marginBottom: 12,
        background: token.colorFillQuaternary,
        borderRadius: token.borderRadius,
      }}
    >
      {quote.lines.map((line, i) => (
        <Flex key={i} justify="space-between" gap={8}>
          <Typography.Text ellipsis>
            {t(`technicianApp.quote.kind.${line.kind}`)}
            {line.kind === 'part' ? ` · ${line.description}` : ''}
          </Typography.Text>
          <Typography.Text style={{ flexShrink: 0 }}>
            {line.coveredCents > 0 && line.chargedCents === 0
              ? t('technicianApp.quote.free')
              : formatCents(line.chargedCents)}
          </Typography.Text>
        </Flex>
      ))}
      <Flex
        justify="space-between"
        style={{ borderTop: `1px solid ${token.colorBorder}`, paddingTop: 6 }}
      >
        <Typography.Text type="secondary">
          {t('technicianApp.quote.covered', { amount: formatCents(quote.totals.coveredCents) })}
        </Typography.Text>
        <Typography.Text strong data-testid="quote-charged">
          {t('technicianApp.quote.toPay', { amount: formatCents(quote.totals.chargedCents) })}
        </Typography.Text>
      </Flex>
    </Flex>
  );
}
