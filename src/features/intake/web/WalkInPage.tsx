import { Card, Col, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../web/components/PageTitle';
import type { WalkInResult } from '../service-request.schemas';
import { WalkInDone } from './components/WalkInDone';
import { WalkInForm } from './components/WalkInForm';

/** 送修登记 at the counter; the form stays mounted under the receipt for the next customer. */
export function WalkInPage() {
  const { t } = useTranslation();
  const [result, setResult] = useState<WalkInResult | null>(null);
  return (
    <>
      <PageTitle title={t('intake.walkInTitle')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          {result && <WalkInDone result={result} onNext={() => setResult(null)} />}
          <Card hidden={Boolean(result)}>
            <WalkInForm onDone={setResult} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
