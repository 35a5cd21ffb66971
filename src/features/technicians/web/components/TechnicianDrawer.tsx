import { Divider, Drawer, Grid, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSessionUser } from '../../../../web/auth/useSessionUser';
import { hasPermission } from '../../../accounts/roles';
import type { TechnicianProfileView } from '../../technician-profile.schemas';
import { CertificatesSection } from './CertificatesSection';
import { DaysOffSection } from './DaysOffSection';
import { ProfileForm } from './ProfileForm';
import { SkillsEditor } from './SkillsEditor';

/** Everything about one technician; editable with technicians.manage, read-only otherwise. */
export function TechnicianDrawer({
  open,
  profile,
  onClose,
}: {
  open: boolean;
  profile?: TechnicianProfileView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const canManage = hasPermission(useSessionUser().roles, 'technicians.manage');
  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={screens.md ? 640 : '100%'}
      title={profile?.displayName ?? t('technicians.detail')}
      destroyOnHidden
    >
      {!profile ? (
        <Skeleton active />
      ) : (
        <>
          <Divider titlePlacement="start">{t('technicians.profile')}</Divider>
          <ProfileForm profile={profile} canManage={canManage} />
          <Divider titlePlacement="start">{t('technicians.skills')}</Divider>
          <SkillsEditor profile={profile} canManage={canManage} />
          <Divider titlePlacement="start">{t('technicians.certificates')}</Divider>
          <CertificatesSection profile={profile} canManage={canManage} />
          <Divider titlePlacement="start">{t('technicians.daysOff')}</Divider>
          <DaysOffSection profile={profile} canManage={canManage} />
        </>
      )}
    </Drawer>
  );
}
