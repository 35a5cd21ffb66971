export { files } from './files.table';
export { loadFile, storeFile, type StoredFile } from './store-file';
