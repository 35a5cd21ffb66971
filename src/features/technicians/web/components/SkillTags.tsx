import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TechnicianSkillView } from '../../technician-profile.schemas';

const COLORS = ['default', 'blue', 'geekblue', 'purple'];

/** Category tags, darker for higher levels; the level's name on hover. */
export function SkillTags({ skills }: { skills: TechnicianSkillView[] }) {
  const { t } = useTranslation();
  if (skills.length === 0)
    return <Typography.Text type="secondary">{t('technicians.noSkills')}</Typography.Text>;
  return (
    <Flex wrap gap={4}>
      {skills.map((s) => (
        <Tag
          key={s.categoryId}
          color={COLORS[s.level]}
          title={t(`technicians.levels.l${s.level}` as 'technicians.levels.l1')}
          style={{ marginInlineEnd: 0 }}
        >
          {s.categoryName} {'★'.repeat(s.level)}
        </Tag>
      ))}
    </Flex>
  );
}
