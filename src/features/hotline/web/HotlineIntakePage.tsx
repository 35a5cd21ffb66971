import { Card, Col, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../../../web/components/ExportButton';
import { PageTitle } from '../../../web/components/PageTitle';
import type { HotlineCallView } from '../hotline-call.schemas';
import { CreateWorkOrderPanel } from './components/CreateWorkOrderPanel';
import { HotlineCallForm } from './components/HotlineCallForm';
import { PendingCallList } from './components/PendingCallList';

/** 来电登记. The form stays mounted while a call is shown, so a half-typed next call is not lost. */
export function HotlineIntakePage() {
  const { t } = useTranslation();
  const [call, setCall] = useState<HotlineCallView | null>(null);
  return (
    <>
      <PageTitle title={t('hotline.title')} extra={<ExportButton list="hotline-calls" />} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          {call && <CreateWorkOrderPanel key={call.id} call={call} onDone={() => setCall(null)} />}
          <Card hidden={Boolean(call)}>
            <HotlineCallForm onCreated={setCall} />
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <PendingCallList onPick={setCall} />
        </Col>
      </Row>
    </>
  );
}
