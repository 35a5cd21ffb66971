import { Image, Space } from 'antd';
import { photoUrl } from '../api/intakeApi';

/** The reporter's photos as thumbnails; a click opens the preview with the others alongside. */
export function RequestPhotos({ requestId, photoIds }: { requestId: string; photoIds: string[] }) {
  if (photoIds.length === 0) return null;
  return (
    <Image.PreviewGroup>
      <Space size={4} wrap onClick={(event) => event.stopPropagation()}>
        {photoIds.map((id) => (
          <Image
            key={id}
            src={photoUrl(requestId, id)}
            width={40}
            height={40}
            style={{ objectFit: 'cover', borderRadius: 4 }}
            alt=""
          />
        ))}
      </Space>
    </Image.PreviewGroup>
  );
}
