import { Col, Form, InputNumber, Row, Typography } from 'antd';
import type { FormRule } from 'antd';
import { useTranslation } from 'react-i18next';
import { COORDINATE_RANGE, isMissingCoordinate, type CoordinateField } from './coordinates';

function CoordinateInput({ field }: { field: CoordinateField }) {
  const { t } = useTranslation();
  const { min, max } = COORDINATE_RANGE[field];
  const other: CoordinateField = field === 'lat' ? 'lng' : 'lat';
  const rules: FormRule[] = [
    { type: 'number', min, max, message: t('customers.coordinateRange', { min, max }) },
    ({ getFieldsValue }) => ({
      validator: (_, value: number | null | undefined) =>
        isMissingCoordinate(field, { ...getFieldsValue([other]), [field]: value })
          ? Promise.reject(new Error(t('customers.coordinatesBoth')))
          : Promise.resolve(),
    }),
  ];
  return (
    <Form.Item
      name={field}
      label={t(field === 'lat' ? 'customers.lat' : 'customers.lng')}
      dependencies={[other]}
      rules={rules}
    >
      <InputNumber min={min} max={max} style={{ width: '100%' }} />
    </Form.Item>
  );
}

/** Optional latitude and longitude (WGS-84) of the customer's site, both or neither. */
export function CoordinateFields() {
  const { t } = useTranslation();
  return (
    <>
      <Row gutter={8}>
        <Col span={12}>
          <CoordinateInput field="lat" />
        </Col>
        <Col span={12}>
          <CoordinateInput field="lng" />
        </Col>
      </Row>
      <Typography.Paragraph type="secondary" style={{ marginTop: -16 }}>
        {t('customers.coordinatesHint')}
      </Typography.Paragraph>
    </>
  );
}
