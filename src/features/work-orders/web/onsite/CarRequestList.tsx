import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionUser } from '../../../../web/auth/useSessionUser';
import { TextPromptModal } from '../../../../web/components/TextPromptModal';
import { useShowError } from '../../../../web/api/useShowError';
import { formatDateTime } from '../../../../web/lib/formatDateTime';
import { hasPermission } from '../../../accounts/roles';
import type { CarRequestView } from '../../on-site.schemas';
import { onSiteApi } from '../api/onSiteApi';

const COLORS: Record<CarRequestView['status'], string> = {
  requested: 'orange',
  approved: 'green',
  declined: 'red',
  used: 'default',
};

/** The technician's requests for the company car; the desk approves or declines a pending one. */
export function CarRequestList({
  workOrderId,
  requests,
}: {
  workOrderId: string;
  requests: CarRequestView[];
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const canDecide = hasPermission(useSessionUser().roles, 'workOrders.approveCar');
  const [declining, setDeclining] = useState<string | null>(null);
  const decide = useMutation({
    mutationFn: (args: { id: string; approve: boolean; note?: string }) =>
      onSiteApi.decideCar(args.id, { approve: args.approve, note: args.note }),
    onSuccess: (request) => {
      void message.success(
        t(request.status === 'approved' ? 'workOrders.car.approved' : 'workOrders.car.declined'),
      );
      void queryClient.invalidateQueries({ queryKey: ['workOrder', workOrderId] });
    },
  });
  if (requests.length === 0) return null;
  return (
    <>
      <List
        size="small"
        dataSource={requests}
        data-testid="car-requests"
        renderItem={(r) => (
          <List.Item
            key={r.id}
            data-testid="car-request"
            data-status={r.status}
            actions={
              canDecide && r.status === 'requested'
                ? [
                    <Button
                      key="approve"
                      type="primary"
                      loading={decide.isPending}
                      onClick={() =>
                        decide.mutate({ id: r.id, approve: true }, { onError: showError })
                      }
                      data-testid="car-approve"
                    >
                      {t('workOrders.car.approve')}
                    </Button>,
                    <Button
                      key="decline"
                      danger
                      onClick={() => setDeclining(r.id)}
                      data-testid="car-decline"
                    >
                      {t('workOrders.car.decline')}
                    </Button>,
                  ]
                : []
            }
          >
            <Flex vertical gap={2}>
              <span>
                <Tag color={COLORS[r.status]}>{t(`workOrders.car.status.${r.status}`)}</Tag>
                {r.requestedBy.name} · {formatDateTime(r.createdAt)}
              </span>
              <Typography.Text>{r.reason}</Typography.Text>
              {r.decidedBy && (
                <Typography.Text type="secondary">
                  {t('workOrders.car.decidedBy', {
                    name: r.decidedBy.name,
                    time: formatDateTime(r.decidedAt),
                  })}
                  {r.decisionNote ? ` · ${r.decisionNote}` : ''}
                </Typography.Text>
              )}
            </Flex>
          </List.Item>
        )}
      />
      <TextPromptModal
        open={declining !== null}
        title={t('workOrders.car.declineTitle')}
        label={t('workOrderActions.reason')}
        name="note"
        maxLength={500}
        okText={t('workOrders.car.decline')}
        isDanger
        isSubmitting={decide.isPending}
        onSubmit={(note) => decide.mutateAsync({ id: declining ?? '', approve: false, note })}
        onClose={() => setDeclining(null)}
      />
    </>
  );
}
