import { useTranslation } from 'react-i18next';

/** "配件、人工、差旅" — what a contract pays for. */
export function CoversText(c: {
  coversParts: boolean;
  coversLabour: boolean;
  coversTravel: boolean;
}) {
  const { t } = useTranslation();
  const parts = [
    c.coversParts && t('installedBase.covers.parts'),
    c.coversLabour && t('installedBase.covers.labour'),
    c.coversTravel && t('installedBase.covers.travel'),
  ].filter(Boolean);
  return (
    <>{parts.length ? parts.join(t('installedBase.listSeparator')) : t('installedBase.none')}</>
  );
}
