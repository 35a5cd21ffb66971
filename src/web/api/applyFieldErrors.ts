import type { FormInstance } from 'antd';
import { ApiError } from './ApiError';

/**
 * Puts a 400's field details next to the fields they name; keeps everything the user typed.
 * Returns whether any detail matched a field, so the caller can fall back to a toast.
 */
export function applyFieldErrors(form: FormInstance, error: unknown): boolean {
  if (!(error instanceof ApiError) || error.details.length === 0) return false;
  const known = new Set(Object.keys(form.getFieldsValue(true) as object));
  const fields = error.details
    .map((detail) => {
      const path = Array.isArray(detail.path) ? detail.path : String(detail.path).split('.');
      // The top-level field carries the message; list items (departments.2) report on the list.
      const name = String(path.find((part) => part !== 'body') ?? '');
      return { name, errors: [detail.message] };
    })
    .filter((field) => known.has(field.name));
  form.setFields(fields);
  return fields.length > 0;
}
