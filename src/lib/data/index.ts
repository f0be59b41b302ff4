// The data layer's public surface. The DuckDB openers are imported from their own files:
// nodeDb.ts (Node only) and browserDb.ts (browser only) must never meet in one bundle.
export type { Db } from './db';
export { decodeBytes, type DecodedText, type TextEncodingName } from './decode';
export {
  COLUMN_ROLES,
  REQUIRED_ROLES,
  detectColumns,
  type ColumnMapping,
  type ColumnProposal,
  type ColumnRole,
} from './columns';
export { countsAsSale, defaultCountedStatuses, type StatusCount } from './statuses';
export { previewText, type TextPreview } from './previewText';
export { previewCsv, statusCounts, type CsvPreview } from './preview';
export {
  previewFile,
  readFileBook,
  type FilePreview,
  type PreviewChoice,
  type PreviewOutcome,
} from './previewFile';
export { loadCsvText, type LoadOptions, type LoadOutcome, type LoadSummary } from './load';
export { calibrate, type CalibrateOptions } from './calibrate';
export {
  importFile,
  type ImportOptions,
  type ImportOutcome,
  type ImportSummary,
} from './importFile';
export { fileFormat, type FileFormat } from './fileFormat';
export { say, type ImportMessage, type ImportMessageCode } from './importMessages';
export { noteText, type DataNote } from './dataNote';
export { cleanedTable, type CleanedTable } from './cleanedTable';
export type { Workbook } from './sheets/readWorkbook';
export type { SkippedRow } from './skippedRows';
export type { DateOrder, DateSystem } from './sql/parseMacrosSql';
export { periodTotalsSql, type Calendar } from './sql/periodTotalsSql';
export { loadCsvBytes, loadSampleText, type SourceOutcome } from './source';
export type {
  CalibrationReport,
  CalibrationResult,
  Grain,
  HistoryPoint,
  RepHistory,
} from './types';
