import { Button, DatePicker, Flex, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../../web/api/applyFieldErrors';
import { useShowError } from '../../../../web/api/useShowError';
import { useCategories } from '../../../catalog/web';
import { techniciansApi, type CertificateInput } from '../api/techniciansApi';
import { useProfileMutation } from '../hooks/useProfileMutation';

interface Values {
  categoryId: string;
  name: string;
  number?: string;
  expiresOn: Dayjs;
}

export function AddCertificateForm({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const showError = useShowError();
  const categories = useCategories();
  const add = useProfileMutation((body: CertificateInput) =>
    techniciansApi.addCertificate(userId, body),
  );
  // Certificate categories first: those are the ones that need one.
  const options = [...(categories.data ?? [])]
    .sort((a, b) => Number(b.requiresCertificate) - Number(a.requiresCertificate))
    .map((c) => ({ value: c.id, label: `${c.code} ${c.name}` }));
  const submit = (v: Values) =>
    add.mutate(
      {
        categoryId: v.categoryId,
        name: v.name.trim(),
        number: v.number?.trim() || undefined,
        expiresOn: v.expiresOn.format('YYYY-MM-DD'),
      },
      {
        onSuccess: () => form.resetFields(),
        onError: (error) => applyFieldErrors(form, error) || showError(error),
      },
    );
  const required = { required: true, message: t('common.required') };
  return (
    <Form
      name="add-certificate"
      form={form}
      layout="vertical"
      onFinish={submit}
      style={{ marginTop: 12 }}
    >
      <Flex gap={8} wrap align="end">
        <Form.Item name="categoryId" label={t('technicians.category')} rules={[required]}>
          <Select options={options} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('technicians.certificateName')}
          rules={[required, { max: 120, message: t('common.maxLength', { max: 120 }) }]}
        >
          <Input style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="number" label={t('technicians.certificateNumber')}>
          <Input style={{ width: 140 }} maxLength={60} />
        </Form.Item>
        <Form.Item name="expiresOn" label={t('technicians.expiresOn')} rules={[required]}>
          <DatePicker />
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit" loading={add.isPending}>
            {t('technicians.addCertificate')}
          </Button>
        </Form.Item>
      </Flex>
    </Form>
  );
}
