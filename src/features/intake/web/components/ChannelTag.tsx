import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IntakeChannel } from '../../service-requests.table';

const COLORS: Record<IntakeChannel, string> = { hotline: 'blue', qr: 'cyan', walk_in: 'gold' };

/** Where a report came from: 电话 / 扫码 / 送修. */
export function ChannelTag({ channel }: { channel: IntakeChannel }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[channel]} data-testid="channel-tag" data-channel={channel}>
      {t(`intake.channel.${channel}`)}
    </Tag>
  );
}
