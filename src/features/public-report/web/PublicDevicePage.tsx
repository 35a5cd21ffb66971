import { Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DeviceCard } from './components/DeviceCard';
import { HotlineLink } from './components/HotlineLink';
import { PublicFailure } from './components/PublicFailure';
import { PublicShell } from './components/PublicShell';
import { ReportForm } from './components/ReportForm';
import { ReportSuccess } from './components/ReportSuccess';
import { usePublicDevice } from './hooks/usePublicDevice';
import { useSubmitReport } from './hooks/useSubmitReport';

/** /p/:token — what a phone opens from a device's QR label: the device, and a fault report. */
export function PublicDevicePage() {
  const { t } = useTranslation();
  const token = useParams().token ?? '';
  const device = usePublicDevice(token);
  const submit = useSubmitReport(token);
  const company = device.data?.company;
  return (
    <PublicShell title={company?.name ?? t('publicReport.pageTitle')}>
      {device.isPending && (
        <Flex justify="center" style={{ padding: 48 }}>
          <Spin />
        </Flex>
      )}
      {device.isError && (
        <PublicFailure error={device.error} onRetry={() => void device.refetch()} />
      )}
      {device.data &&
        (submit.data ? (
          <ReportSuccess answer={submit.data} />
        ) : (
          <>
            <DeviceCard view={device.data} />
            <ReportForm
              onSubmit={(input) => submit.mutate(input)}
              isPending={submit.isPending}
              error={submit.error}
            />
          </>
        ))}
      <Flex justify="center">
        <HotlineLink hotline={company?.hotline} />
      </Flex>
    </PublicShell>
  );
}
