import { App, Descriptions, Form, Modal, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useShowError } from '../../../../web/api/useShowError';
import { TechnicianSelect } from '../../../accounts/web';
import { useCategories } from '../../../catalog/web';
import type { ServiceRequestListItem } from '../../service-request.schemas';
import { useConvertRequest } from '../hooks/useConvertRequest';
import { WarrantyPanel } from './WarrantyPanel';

type Urgency = ServiceRequestListItem['urgency'];
const URGENCIES: Urgency[] = ['normal', 'urgent', 'critical'];

interface Values {
  categoryId?: string;
  urgency: Urgency;
  technicianId?: string;
}

/** 转派工单: the order is written from the request; category, urgency and technician may change. */
export function ConvertModal({
  item,
  onClose,
}: {
  item: ServiceRequestListItem;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const showError = useShowError();
  const categories = useCategories();
  const convert = useConvertRequest();
  const [form] = Form.useForm<Values>();
  const submit = (values: Values) =>
    convert.mutate(
      {
        serviceRequestId: item.id,
        urgency: values.urgency,
        ...(values.categoryId ? { categoryId: values.categoryId } : {}),
        ...(values.technicianId ? { technicianId: values.technicianId } : {}),
      },
      {
        onSuccess: (order) => {
          void message.success(t('intake.converted', { number: order.number }));
          onClose();
          void navigate(`/work-orders/${order.id}`);
        },
        onError: showError,
      },
    );
  return (
    <Modal
      open
      width={640}
      title={t('intake.convertTitle', { number: item.number })}
      okText={t('intake.convertSubmit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'convert-submit' }}
      confirmLoading={convert.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <WarrantyPanel today={item.warrantyToday} atIntake={item.warrantyAtIntake} />
      <Descriptions size="small" column={1} style={{ margin: '16px 0' }}>
        <Descriptions.Item label={t('intake.customer')}>
          {[item.customer.name, item.department?.name].filter(Boolean).join(' · ')}
        </Descriptions.Item>
        <Descriptions.Item label={t('intake.device')}>
          {item.asset
            ? `${item.asset.modelName} ${item.asset.modelCode} · ${item.asset.serialNumber}`
            : item.deviceDescription}
        </Descriptions.Item>
        <Descriptions.Item label={t('intake.contact')}>
          {item.contactName} {item.contactPhone}
        </Descriptions.Item>
        <Descriptions.Item label={t('intake.fault')}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{item.faultDescription}</span>
        </Descriptions.Item>
      </Descriptions>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ categoryId: item.asset?.categoryId, urgency: item.urgency }}
        onFinish={submit}
      >
        <Form.Item
          name="categoryId"
          label={t('intake.category')}
          extra={item.asset ? t('intake.categoryFromModel') : undefined}
        >
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={categories.isPending}
            options={(categories.data ?? []).map((c) => ({
              value: c.id,
              label: `${c.name} (${c.code})`,
            }))}
            data-testid="convert-category"
          />
        </Form.Item>
        <Form.Item name="urgency" label={t('intake.urgency')}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={URGENCIES.map((u) => ({ value: u, label: t(`enums.urgency.${u}`) }))}
          />
        </Form.Item>
        <Form.Item name="technicianId" label={t('intake.technicianOptional')}>
          <TechnicianSelect allowClear />
        </Form.Item>
      </Form>
    </Modal>
  );
}
