export { files } from './files.table';
export { loadFile, storeFile, type StoredFile } from './store-file';
export { blankCanvas, type Canvas, fillRect, stamp, toPngDataUrl } from './png-canvas';
