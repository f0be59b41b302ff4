// The workbook reader's script as Vite builds it. Imported by parseWorkbook.ts in the browser
// only: the command line's loader cannot read Vite's `?worker&url`.
import readerUrl from './readWorkbook.worker.ts?worker&url';
import { keptScript } from './keptScript';

/** The reader's script as a blob: URL, fetched from the app's server once (keptScript). */
export const readerScript = keptScript(readerUrl);
