import { RollbackOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { apiRequest } from '../../../../web/api/apiRequest';
import { useSessionUser } from '../../../../web/auth/useSessionUser';
import { hasPermission } from '../../../accounts/roles';
import type { OnSiteView } from '../../../work-orders/on-site.schemas';
import { ReturnStatusTag } from '../components/ReturnStatusTag';
import { useRepairReturn } from '../hooks/useRepairReturns';

/**
 * On a work order whose item was taken back (or brought in): its repair return, number and
 * state, one click away. Read from the order's on-site record, under the order page's own key.
 */
export function WorkOrderReturnLink({ workOrderId }: { workOrderId: string }) {
  const user = useSessionUser();
  const canRead = hasPermission(user.roles, 'repairReturns.read');
  const onSite = useQuery({
    queryKey: ['workOrder', workOrderId, 'onSite'],
    queryFn: () => apiRequest<OnSiteView>(`/work-orders/${workOrderId}/on-site`),
    enabled: canRead,
  });
  const taken = onSite.data?.takenBack;
  if (!canRead || !taken) return null;
  return <ReturnButton id={taken.repairReturnId} number={taken.number} />;
}

function ReturnButton({ id, number }: { id: string; number: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const rr = useRepairReturn(id);
  return (
    <Button
      icon={<RollbackOutlined />}
      onClick={() => void navigate(`/repair-returns/${id}`)}
      data-testid="work-order-return-link"
      data-number={number}
    >
      {t('repairReturns.link.workOrder', { number })}
      {rr.data && <ReturnStatusTag status={rr.data.status} />}
    </Button>
  );
}
