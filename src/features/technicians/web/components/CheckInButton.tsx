import { EnvironmentOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../../web/api/useShowError';
import { formatDateTime } from '../../../../web/lib/formatDateTime';
import { techniciansApi } from '../api/techniciansApi';

function currentPosition(): Promise<GeolocationPosition> {
  return new Promise((resolve, reject) =>
    navigator.geolocation.getCurrentPosition(resolve, reject, {
      enableHighAccuracy: true,
      timeout: 15_000,
      maximumAge: 60_000,
    }),
  );
}

/** 签到: sends the phone's position so dispatch knows where the technician is. */
export function CheckInButton() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const [isBusy, setBusy] = useState(false);
  const send = async (coords: GeolocationCoordinates) => {
    try {
      const result = await techniciansApi.checkIn({ lat: coords.latitude, lng: coords.longitude });
      void message.success(`${t('technicians.checkedIn')} ${formatDateTime(result.lastSeenAt)}`);
    } catch (error) {
      showError(error);
    }
  };
  const checkIn = async () => {
    if (!('geolocation' in navigator)) {
      void message.error(t('technicians.checkInUnavailable'));
      return;
    }
    setBusy(true);
    try {
      await send((await currentPosition()).coords);
    } catch (error) {
      const denied = (error as GeolocationPositionError).code === 1; // PERMISSION_DENIED
      void message.error(t(denied ? 'technicians.checkInDenied' : 'technicians.checkInFailed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<EnvironmentOutlined />} loading={isBusy} onClick={() => void checkIn()}>
      {t('technicians.checkIn')}
    </Button>
  );
}
