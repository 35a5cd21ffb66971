import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Select } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../../web/api/useShowError';
import { useCategories } from '../../../catalog/web';
import type { TechnicianProfileView } from '../../technician-profile.schemas';
import { type SkillInput, techniciansApi } from '../api/techniciansApi';
import { useProfileMutation } from '../hooks/useProfileMutation';
import { SkillTags } from './SkillTags';

/** The whole skill set, edited as rows of category + level and saved at once. */
export function SkillsEditor({
  profile,
  canManage,
}: {
  profile: TechnicianProfileView;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ skills: SkillInput[] }>();
  const showError = useShowError();
  const categories = useCategories();
  const save = useProfileMutation((skills: SkillInput[]) =>
    techniciansApi.replaceSkills(profile.userId, skills),
  );
  useEffect(
    () =>
      form.setFieldsValue({
        skills: profile.skills.map((s) => ({ categoryId: s.categoryId, level: s.level })),
      }),
    [form, profile],
  );
  const categoryOptions = useMemo(() => {
    const live = (categories.data ?? []).map((c) => ({
      value: c.id,
      label: `${c.code} ${c.name}`,
    }));
    // A skill in a category cancelled since still shows with its name.
    const held = profile.skills
      .filter((s) => !live.some((o) => o.value === s.categoryId))
      .map((s) => ({ value: s.categoryId, label: `${s.categoryCode} ${s.categoryName}` }));
    return [...live, ...held];
  }, [categories.data, profile.skills]);
  const levels = [1, 2, 3].map((l) => ({
    value: l,
    label: `${'★'.repeat(l)} ${t(`technicians.levels.l${l}` as 'technicians.levels.l1')}`,
  }));
  if (!canManage) return <SkillTags skills={profile.skills} />;
  const unique = ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
    validator: (_: unknown, id: string) => {
      const all = (getFieldValue('skills') as SkillInput[] | undefined) ?? [];
      return all.filter((s) => s?.categoryId === id).length > 1
        ? Promise.reject(new Error(t('technicians.duplicateCategory')))
        : Promise.resolve();
    },
  });
  return (
    <Form
      name="technician-skills"
      form={form}
      onFinish={(v) => save.mutate(v.skills ?? [], { onError: showError })}
    >
      <Form.List name="skills">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Flex key={field.key} gap={8} align="start">
                <Form.Item
                  name={[field.name, 'categoryId']}
                  rules={[{ required: true, message: t('common.required') }, unique]}
                  style={{ flex: 1 }}
                >
                  <Select
                    options={categoryOptions}
                    placeholder={t('technicians.category')}
                    aria-label={t('technicians.category')}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'level']} style={{ width: 150 }}>
                  <Select options={levels} aria-label={t('technicians.level')} />
                </Form.Item>
                <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} />
              </Flex>
            ))}
            <Flex gap={8}>
              <Button icon={<PlusOutlined />} onClick={() => add({ level: 2 })}>
                {t('technicians.addSkill')}
              </Button>
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                {t('technicians.saveSkills')}
              </Button>
            </Flex>
          </>
        )}
      </Form.List>
    </Form>
  );
}
