export * from './catalog.schemas';
export { cancelCategory } from './cancel-category';
export { createCategory } from './create-category';
export { findCategory } from './category-view';
export { listCategories } from './list-categories';
export { updateCategory } from './update-category';
export { productCategories } from './catalog.table';
export { registerCatalogRoutes } from './catalog.routes';
