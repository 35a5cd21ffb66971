import { fitWithin } from './fitWithin';

export const MAX_PHOTO_SIDE = 1600;

function loadImage(file: File): Promise<HTMLImageElement> {
  // An object URL is an image source (the CSP allows blob: images), not a fetch.
  const url = URL.createObjectURL(file);
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      URL.revokeObjectURL(url);
      resolve(image);
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('not an image the browser can read'));
    };
    image.src = url;
  });
}

/**
 * A camera photo as a JPEG data URL at most 1600 px on its longer side: a 12-megapixel photo
 * becomes a few hundred KB, small enough to wait in the outbox and to send over a weak network.
 */
export async function downscalePhoto(file: File): Promise<string> {
  const image = await loadImage(file);
  const size = fitWithin(image.naturalWidth, image.naturalHeight, MAX_PHOTO_SIDE);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.fillStyle = '#fff'; // a transparent PNG gets a white, not black, background
  context.fillRect(0, 0, size.width, size.height);
  context.drawImage(image, 0, 0, size.width, size.height);
  return canvas.toDataURL('image/jpeg', 0.85);
}
