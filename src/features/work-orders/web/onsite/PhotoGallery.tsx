import { Flex, Image, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OnSiteView } from '../../on-site.schemas';

/** Thumbnails; a click opens the photo large, with the others a swipe away. */
export function PhotoGallery({ photos }: { photos: OnSiteView['photos'] }) {
  const { t } = useTranslation();
  if (photos.length === 0)
    return <Typography.Text type="secondary">{t('workOrders.onSite.noPhotos')}</Typography.Text>;
  return (
    <Image.PreviewGroup>
      <Flex wrap gap={8} data-testid="photos">
        {photos.map((photo) => (
          <Flex key={photo.id} vertical gap={2} style={{ width: 104 }}>
            <Image
              src={photo.url}
              alt={photo.caption ?? t('workOrders.onSite.photo')}
              width={104}
              height={104}
              style={{ objectFit: 'cover', borderRadius: 4 }}
              data-testid="photo"
            />
            {photo.caption && (
              <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
                {photo.caption}
              </Typography.Text>
            )}
          </Flex>
        ))}
      </Flex>
    </Image.PreviewGroup>
  );
}
