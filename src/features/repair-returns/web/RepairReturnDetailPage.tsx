import { InboxOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useSessionUser } from '../../../web/auth/useSessionUser';
import { DetailPage } from '../../../web/components/DetailPage';
import { hasPermission } from '../../accounts/roles';
import type { NoticeView } from '../follow-up.schemas';
import { repairReturnsApi } from './api/repairReturnsApi';
import { ReturnStatusTag } from './components/ReturnStatusTag';
import { BackCard, ReturnedCard } from './detail/BackCards';
import { ItemsCard } from './detail/ItemsCard';
import { NoticesCard } from './detail/NoticesCard';
import { ReturnActionBar } from './detail/ReturnActionBar';
import { ReturnStepsBar } from './detail/ReturnStepsBar';
import { ReturnSummary } from './detail/ReturnSummary';
import { VendorCard } from './detail/VendorCard';
import { HandoverCard, TestCard } from './detail/WorkshopCards';
import { ChaseModal, NoticeModal } from './dialogs/FollowUpModals';
import { GoodPartsModal } from './dialogs/GoodPartsModal';
import { useRepairReturn } from './hooks/useRepairReturns';

/** Good parts may be taken in while the item is registered, away, or back. */
const GOOD_PARTS_STATES = ['registered', 'shipped', 'at_vendor', 'ready_to_return'];

/** 返修单: one item's way from take-back to the customer, and the next step to take. */
export function RepairReturnDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useSessionUser();
  const query = useRepairReturn(id);
  const [isChasing, setChasing] = useState(false);
  const [notice, setNotice] = useState<NoticeView | null>(null);
  const [isTakingParts, setTakingParts] = useState(false);
  const canShip = hasPermission(user.roles, 'repairReturns.ship');
  const canTakeParts = canShip || hasPermission(user.roles, 'inventory.manage');
  const rr = query.data;
  return (
    <DetailPage backTo={'/repair-returns'} backLabel={t('repairReturns.backToList')} query={query}>
      {rr && (
        <>
          <Card>
            <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
              <Typography.Title
                level={4}
                style={{ margin: 0 }}
                data-testid="return-number"
                data-number={rr.number}
              >
                {t('repairReturns.detailTitle', { number: rr.number })}{' '}
                <ReturnStatusTag status={rr.status} />
                {rr.urgent && <Tag color="red">{t('repairReturns.urgent')}</Tag>}
              </Typography.Title>
              <Flex gap={8} wrap>
                <Button
                  icon={<PrinterOutlined />}
                  href={repairReturnsApi.labelsPdfUrl(rr.id)}
                  target="_blank"
                  rel="noopener"
                  data-testid="print-labels"
                >
                  {t('repairReturns.printLabels')}
                </Button>
                {canTakeParts && GOOD_PARTS_STATES.includes(rr.status) && (
                  <Button
                    icon={<InboxOutlined />}
                    onClick={() => setTakingParts(true)}
                    data-testid="good-parts"
                  >
                    {t('repairReturns.goodParts.open')}
                  </Button>
                )}
              </Flex>
            </Flex>
            <ReturnStepsBar rr={rr} />
            <div style={{ marginTop: 16 }}>
              <ReturnSummary rr={rr} />
            </div>
            <div style={{ marginTop: 8 }}>
              <ReturnActionBar rr={rr} />
            </div>
          </Card>
          <ItemsCard rr={rr} />
          {rr.test && <TestCard test={rr.test} />}
          {rr.handover && <HandoverCard handover={rr.handover} />}
          {(rr.vendor || rr.shipment || rr.chases.length > 0) && (
            <VendorCard rr={rr} canChase={canShip} onChase={() => setChasing(true)} />
          )}
          {rr.notices.length > 0 && (
            <NoticesCard rr={rr} canRecord={canShip} onRecord={setNotice} />
          )}
          {rr.back && <BackCard back={rr.back} />}
          {rr.returned && <ReturnedCard returned={rr.returned} />}
          <ChaseModal rr={rr} open={isChasing} onClose={() => setChasing(false)} />
          <NoticeModal rr={rr} notice={notice} onClose={() => setNotice(null)} />
          <GoodPartsModal rr={rr} open={isTakingParts} onClose={() => setTakingParts(false)} />
        </>
      )}
    </DetailPage>
  );
}
