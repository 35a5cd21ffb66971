/** The shape of every paged list answer. */
export interface Page<T> {
  items: T[];
  total: number;
}
