import { PlusOutlined } from '@ant-design/icons';
import { App, Upload, type UploadFile } from 'antd';
import { useTranslation } from 'react-i18next';

export const MAX_PHOTOS = 3;
const MAX_BYTES = 5 * 1024 * 1024;
const ACCEPT = 'image/jpeg,image/png,image/webp,image/heic,image/heif,.heic,.heif';

/** A first check in the browser for a quick answer; the server judges the bytes again. */
function looksLikeImage(file: File): boolean {
  return file.type.startsWith('image/') || /\.(heic|heif)$/i.test(file.name);
}

/**
 * Up to three photos, kept in the browser until the form is sent: thumbnails to check, a
 * remove button on each, and a plain message for a file that is not a photo or is too large.
 */
export function PhotoPicker({
  value = [],
  onChange,
}: {
  value?: UploadFile[];
  onChange?: (files: UploadFile[]) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <Upload
      listType="picture-card"
      accept={ACCEPT}
      multiple
      fileList={value}
      maxCount={MAX_PHOTOS}
      showUploadList={{ showPreviewIcon: false }}
      beforeUpload={(file) => {
        if (!looksLikeImage(file)) {
          void message.error(t('publicReport.photoNotImage', { name: file.name }));
          return Upload.LIST_IGNORE;
        }
        if (file.size > MAX_BYTES) {
          void message.error(t('publicReport.photoTooLarge', { name: file.name }));
          return Upload.LIST_IGNORE;
        }
        return false; // kept here, sent with the form
      }}
      onChange={({ fileList }) => {
        if (fileList.length > MAX_PHOTOS) void message.warning(t('publicReport.tooManyPhotos'));
        onChange?.(fileList.slice(0, MAX_PHOTOS));
      }}
    >
      {value.length < MAX_PHOTOS && (
        <button type="button" style={{ border: 0, background: 'none', cursor: 'pointer' }}>
          <PlusOutlined />
          <div style={{ marginTop: 8 }}>{t('publicReport.addPhoto')}</div>
        </button>
      )}
    </Upload>
  );
}
