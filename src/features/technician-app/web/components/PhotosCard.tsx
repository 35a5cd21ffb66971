import { CameraOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Tag } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OnSiteView } from '../../../work-orders/on-site.schemas';
import { useSendStep } from '../hooks/useSendStep';
import type { StepDraft } from '../outbox/stepDraft';
import { downscalePhoto } from '../photos/downscalePhoto';

const THUMB = 96;

/**
 * Photos of the job, taken with the phone's camera: each is shrunk to 1600 px in the browser
 * and kept in the outbox until the server has it.
 */
export function PhotosCard({
  workOrderId,
  onSite,
  drafts,
  canAdd,
}: {
  workOrderId: string;
  onSite: OnSiteView | undefined;
  drafts: readonly StepDraft[];
  canAdd: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { send } = useSendStep();
  const input = useRef<HTMLInputElement>(null);
  const [isPreparing, setPreparing] = useState(false);
  const waiting = drafts.filter((d) => d.kind === 'photo');
  const take = async (files: FileList | null) => {
    setPreparing(true);
    try {
      for (const file of Array.from(files ?? [])) {
        const dataUrl = await downscalePhoto(file).catch(() => null);
        if (!dataUrl) {
          void message.error(t('technicianApp.photos.notImage', { name: file.name }));
          continue;
        }
        await send({ workOrderId, kind: 'photo', body: { dataUrl } });
      }
    } finally {
      setPreparing(false);
      if (input.current) input.current.value = '';
    }
  };
  const thumb = { width: THUMB, height: THUMB, objectFit: 'cover', borderRadius: 6 } as const;
  return (
    <Card size="small" title={t('technicianApp.photos.title')} data-testid="photos-card">
      <Flex wrap gap={8} style={{ marginBottom: canAdd ? 12 : 0 }}>
        {(onSite?.photos ?? []).map((photo) => (
          <img key={photo.id} src={photo.url} alt={photo.caption ?? ''} style={thumb} />
        ))}
        {waiting.map((draft) => (
          <Flex key={draft.id} vertical align="center" gap={4}>
            <img src={(draft.body as { dataUrl: string }).dataUrl} alt="" style={thumb} />
            <Tag color="warning">{t(`technicianApp.outbox.state.${draft.state}`)}</Tag>
          </Flex>
        ))}
      </Flex>
      {canAdd && (
        <>
          <input
            ref={input}
            type="file"
            accept="image/*"
            capture="environment"
            multiple
            hidden
            data-testid="photo-input"
            onChange={(event) => void take(event.target.files)}
          />
          <Button
            size="large"
            block
            icon={<CameraOutlined />}
            loading={isPreparing}
            onClick={() => input.current?.click()}
          >
            {t('technicianApp.photos.take')}
          </Button>
        </>
      )}
    </Card>
  );
}
