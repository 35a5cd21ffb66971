/** An error's HTTP status and its message in both languages, with the same {placeholders}. */
export interface ErrorEntry {
  status: number;
  zh: string;
  en: string;
}
