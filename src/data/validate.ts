// placeholder, replaced in step 3
import type { Dataset } from './schema';
export function validateDataset(_d: Dataset): string[] {
  return [];
}
