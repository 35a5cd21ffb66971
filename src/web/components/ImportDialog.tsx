import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { App, Button, Flex, Modal, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportKind, ImportReport } from '../../features/imports/import.schemas';
import { useShowError } from '../api/useShowError';
import { downloadFile } from './downloadFile';
import { ImportReportView } from './ImportReportView';
import { uploadWorkbook } from './uploadWorkbook';

const MAX_BYTES = 10 * 1024 * 1024;

/**
 * Upload an .xlsx, check it (a dry run that writes nothing), read the report of bad rows, then
 * import: the good rows go in together, the bad ones stay listed.
 */
export function ImportDialog({
  kind,
  open,
  onClose,
  onImported,
}: {
  kind: ImportKind;
  open: boolean;
  onClose: () => void;
  onImported?: (report: ImportReport) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState<'check' | 'run' | null>(null);

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(dryRun ? 'check' : 'run');
    try {
      const result = await uploadWorkbook(kind, file, { dryRun });
      setReport(result);
      if (!dryRun) {
        void message.success(
          t('imports.done', {
            created: result.created,
            updated: result.updated,
            failed: result.failed.length,
          }),
        );
        onImported?.(result);
      }
    } catch (error) {
      showError(error);
    } finally {
      setBusy(null);
    }
  };
  const close = () => {
    setFile(null);
    setReport(null);
    onClose();
  };
  const template = () =>
    downloadFile(`/imports/${kind}/template.xlsx`, {}, t(`imports.templateFile.${kind}`)).catch(
      showError,
    );
  const isImported = report !== null && !report.dryRun;

  return (
    <Modal
      open={open}
      title={t(`imports.title.${kind}`)}
      width={760}
      onCancel={close}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={close}>{t('imports.close')}</Button>
          <Button
            disabled={!file || isImported}
            loading={busy === 'check'}
            onClick={() => void send(true)}
          >
            {t('imports.check')}
          </Button>
          <Button
            type="primary"
            disabled={!file || isImported}
            loading={busy === 'run'}
            onClick={() => void send(false)}
          >
            {t('imports.run')}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('imports.intro')}
        </Typography.Paragraph>
        <div>
          <Button icon={<DownloadOutlined />} onClick={() => void template()}>
            {t('imports.template')}
          </Button>
        </div>
        <Upload.Dragger
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          maxCount={1}
          fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
          onRemove={() => {
            setFile(null);
            setReport(null);
          }}
          beforeUpload={(picked) => {
            if (!picked.name.toLowerCase().endsWith('.xlsx') || picked.size > MAX_BYTES) {
              void message.error(t('imports.notXlsx'));
              return Upload.LIST_IGNORE;
            }
            setFile(picked);
            setReport(null);
            return false; // sent by the buttons below, not on pick
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('imports.pickFile')}</p>
          <p className="ant-upload-hint">{t('imports.pickHint')}</p>
        </Upload.Dragger>
        {report && <ImportReportView report={report} />}
      </Flex>
    </Modal>
  );
}
