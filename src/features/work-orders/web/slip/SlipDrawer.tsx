import { DownloadOutlined, FileTextOutlined, PrinterOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Drawer, Flex, Grid, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../../web/api/useShowError';
import { QueryError } from '../../../../web/components/QueryError';
import { slipApi } from '../api/slipApi';
import { SlipView } from './SlipView';

/** The "服务处理单" button: the slip on screen, and the same slip as a PDF to print or keep. */
export function SlipButton({ workOrderId, number }: { workOrderId: string; number: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const isPhone = !Grid.useBreakpoint().md;
  const [open, setOpen] = useState(false);
  const slip = useQuery({
    queryKey: ['workOrder', workOrderId, 'slip'],
    queryFn: () => slipApi.get(workOrderId),
    enabled: open,
  });
  const download = useMutation({
    mutationFn: () => slipApi.downloadPdf(workOrderId, number),
    onSuccess: (name) => void message.success(t('slip.downloaded', { name })),
    onError: showError,
  });
  return (
    <>
      <Button icon={<FileTextOutlined />} onClick={() => setOpen(true)} data-testid="open-slip">
        {t('slip.title')}
      </Button>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        title={t('slip.title')}
        size={isPhone ? '100%' : 900}
        destroyOnHidden
        extra={
          <Flex gap={8}>
            <Button
              icon={<PrinterOutlined />}
              href={slipApi.pdfUrl(workOrderId)}
              target="_blank"
              rel="noopener"
              data-testid="slip-print"
            >
              {t('slip.print')}
            </Button>
            <Button
              type="primary"
              icon={<DownloadOutlined />}
              loading={download.isPending}
              onClick={() => download.mutate()}
              data-testid="slip-download"
            >
              {t('slip.downloadPdf')}
            </Button>
          </Flex>
        }
      >
        {slip.isPending && <Skeleton active />}
        {slip.isError && <QueryError error={slip.error} onRetry={() => void slip.refetch()} />}
        {slip.data && <SlipView slip={slip.data} />}
      </Drawer>
    </>
  );
}
