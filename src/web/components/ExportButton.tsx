import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportListName } from '../../features/exports/exports.schemas';
import { useShowError } from '../api/useShowError';
import { downloadFile } from './downloadFile';

/** Paging is the screen's, not the export's: the file holds every row the filters match. */
const PAGING = new Set(['page', 'pageSize']);

/** Filters as query parameters: arrays comma-separated, empty values left out. */
function toQuery(filters: object): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(filters as Record<string, unknown>)
      .filter(([key]) => !PAGING.has(key))
      .map(([key, value]) => [
        key,
        Array.isArray(value)
          ? value.join(',') || undefined
          : value == null
            ? undefined
            : String(value),
      ]),
  );
}

/**
 * Downloads the list as an .xlsx with the screen's current filters
 * (`<ExportButton list="customers" filters={{ q }} />`), named like 客户_20261128.xlsx.
 */
export function ExportButton({
  list,
  filters = {},
}: {
  list: ExportListName;
  /** The list screen's query (string, number, boolean or string[] values). */
  filters?: object;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const [isExporting, setExporting] = useState(false);
  const run = async () => {
    setExporting(true);
    try {
      const fallback = `${t(`exports.fileNames.${list}`)}_${dayjs().format('YYYYMMDD')}.xlsx`;
      const file = await downloadFile(`/exports/${list}.xlsx`, toQuery(filters), fallback);
      void message.success(t('exports.exported', { file }));
    } catch (error) {
      showError(error);
    } finally {
      setExporting(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={isExporting} onClick={() => void run()}>
      {isExporting ? t('exports.exporting') : t('exports.export')}
    </Button>
  );
}
