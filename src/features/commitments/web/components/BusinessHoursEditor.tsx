import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { minutesOfDay, type TimeInterval, WEEKDAYS } from '../../commitments-content.schemas';

const HHMM = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

/** Why this edge of an interval is out of order, if it is: the message key. */
function intervalProblem(
  intervals: TimeInterval[] | undefined,
  index: number,
  edge: 'start' | 'end',
  value: string,
): 'intervalBackwards' | 'intervalOverlap' | null {
  if (!HHMM.test(value ?? '')) return null;
  const self = intervals?.[index];
  const other = edge === 'end' ? self?.start : self?.end;
  if (other && HHMM.test(other)) {
    const [start, end] = edge === 'end' ? [other, value] : [value, other];
    if (minutesOfDay(start) >= minutesOfDay(end)) return 'intervalBackwards';
  }
  const previousEnd = intervals?.[index - 1]?.end;
  if (edge === 'start' && previousEnd && HHMM.test(previousEnd)) {
    if (minutesOfDay(value) < minutesOfDay(previousEnd)) return 'intervalOverlap';
  }
  return null;
}

/** Opening intervals per weekday; two intervals leave a lunch break between them. */
export function BusinessHoursEditor() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12}>
      {WEEKDAYS.map((day) => (
        <Flex key={day} gap={12} align="start" wrap>
          <Typography.Text strong style={{ width: 56, lineHeight: '32px' }}>
            {t(`commitments.weekdays.${day}`)}
          </Typography.Text>
          <Form.List name={['businessHours', day]}>
            {(fields, { add, remove }) => (
              <Flex gap={8} wrap align="start">
                {fields.length === 0 && (
                  <Typography.Text type="secondary" style={{ lineHeight: '32px' }}>
                    {t('commitments.closed')}
                  </Typography.Text>
                )}
                {fields.map((field) => (
                  <Flex key={field.key} gap={4} align="start">
                    {(['start', 'end'] as const).map((edge) => (
                      <Form.Item
                        key={edge}
                        name={[field.name, edge]}
                        style={{ margin: 0 }}
                        dependencies={[['businessHours', day]]}
                        rules={[
                          { required: true, message: t('common.required') },
                          { pattern: HHMM, message: t('commitments.timeRule') },
                          ({ getFieldValue }) => ({
                            validator: (_, value: string) => {
                              const intervals = getFieldValue(['businessHours', day]);
                              const problem = intervalProblem(intervals, field.name, edge, value);
                              return problem
                                ? Promise.reject(new Error(t(`commitments.${problem}`)))
                                : Promise.resolve();
                            },
                          }),
                        ]}
                      >
                        <Input
                          aria-label={t(`commitments.${edge}`)}
                          placeholder="08:30"
                          style={{ width: 72 }}
                        />
                      </Form.Item>
                    ))}
                    <Button
                      aria-label={t('commitments.removeInterval')}
                      icon={<DeleteOutlined />}
                      onClick={() => remove(field.name)}
                    />
                  </Flex>
                ))}
                <Button
                  icon={<PlusOutlined />}
                  disabled={fields.length >= 6}
                  onClick={() => add({ start: '08:30', end: '17:30' })}
                >
                  {t('commitments.addInterval')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </Flex>
      ))}
      <Typography.Text type="secondary">{t('commitments.hoursHint')}</Typography.Text>
    </Flex>
  );
}
