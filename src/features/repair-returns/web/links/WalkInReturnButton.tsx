import { useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSessionUser } from '../../../../web/auth/useSessionUser';
import { FormCardList } from '../../../../web/components/FormCardList';
import { hasPermission } from '../../../accounts/roles';
import type { ServiceRequestView } from '../../../intake/service-request.schemas';
import { walkInReturnBody } from '../../repair-return.schemas';
import { repairReturnsApi } from '../api/repairReturnsApi';
import { SchemaFormModal } from '../components/SchemaFormModal';
import { REQUIRED } from '../dialogs/fieldRules';
import { repairReturnsKey } from '../hooks/queryKeys';

interface Item {
  description?: string;
  serialNumber?: string;
  condition?: string;
  accessories?: string;
}
interface Values {
  items: Item[];
  urgent: boolean;
}

const optional = (text: string | undefined) => (text?.trim() ? text.trim() : undefined);

/**
 * 直接送修返修: the walk-in just logged goes straight to the workshop — the request becomes a
 * work order taken back and a repair return, with the list of what was handed in.
 */
export function WalkInReturnButton({ request }: { request: ServiceRequestView }) {
  const { t } = useTranslation();
  const user = useSessionUser();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  if (!hasPermission(user.roles, 'repairReturns.work') || request.status !== 'received')
    return null;
  const device: Item = {
    description: request.asset?.modelName ?? request.deviceDescription,
    serialNumber: request.asset?.serialNumber,
  };
  return (
    <>
      <Button type="primary" ghost onClick={() => setOpen(true)} data-testid="walk-in-return">
        {t('repairReturns.walkIn.open')}
      </Button>
      <SchemaFormModal<Values, typeof walkInReturnBody>
        name="walk-in-return"
        title={t('repairReturns.walkIn.title', { number: request.number })}
        okText={t('repairReturns.walkIn.submit')}
        width={640}
        open={open}
        onClose={() => setOpen(false)}
        schema={walkInReturnBody}
        initialValues={{ items: [device], urgent: request.urgency !== 'normal' }}
        toBody={(v) => ({
          serviceRequestId: request.id,
          urgent: v.urgent,
          items: (v.items ?? []).map((item) => ({
            description: item.description?.trim() ?? '',
            condition: item.condition?.trim() ?? '',
            serialNumber: optional(item.serialNumber),
            accessories: optional(item.accessories),
          })),
        })}
        submit={async (body, key) => {
          const rr = await repairReturnsApi.walkIn(body, key);
          void queryClient.invalidateQueries({ queryKey: repairReturnsKey });
          void navigate(`/repair-returns/${rr.id}`);
        }}
      >
        <FormCardList
          name="items"
          max={20}
          title={(n) => t('repairReturns.walkIn.item', { n })}
          addLabel={t('repairReturns.walkIn.addItem')}
          removeLabel={t('repairReturns.remove')}
        >
          {(field) => (
            <>
              <Form.Item
                name={[field.name, 'description']}
                label={t('repairReturns.items.description')}
                {...REQUIRED}
              >
                <Input maxLength={200} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'serialNumber']}
                label={t('repairReturns.items.serialNumber')}
              >
                <Input maxLength={100} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'condition']}
                label={t('repairReturns.items.condition')}
                {...REQUIRED}
              >
                <Input.TextArea rows={2} maxLength={500} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'accessories']}
                label={t('repairReturns.items.accessories')}
              >
                <Input maxLength={500} />
              </Form.Item>
            </>
          )}
        </FormCardList>
        <Form.Item
          name="urgent"
          label={t('repairReturns.test.urgent')}
          valuePropName="checked"
          style={{ marginTop: 16 }}
        >
          <Switch />
        </Form.Item>
      </SchemaFormModal>
    </>
  );
}
