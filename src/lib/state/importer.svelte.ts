import {
  REQUIRED_ROLES,
  decodeBytes,
  previewCsv,
  type ColumnMapping,
  type ColumnRole,
  type CsvPreview,
  type StatusCount,
  type TextEncodingName,
} from '../data';
import { statusCounts } from '../data/preview';
import type { ImportOptions } from './session.svelte';
import { messageOf } from './stages';

/** Encodings offered in the mapping step, in the data layer's names, with their usual names. */
export const encodings: TextEncodingName[] = [
  'utf-8',
  'gb18030',
  'utf-16le',
  'utf-16be',
  'windows-1252',
];

export const encodingLabels: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  gb18030: 'GB18030 / GBK',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252 / Latin-1',
};

/**
 * The mapping step of an import: the chosen file, its preview in the chosen encoding, a column
 * per role, the status values that count, and the errors of a failed attempt.
 */
export class Importer {
  fileName = $state<string | null>(null);
  bytes = $state.raw<Uint8Array | null>(null);
  preview = $state.raw<CsvPreview | null>(null);
  mapping = $state<ColumnMapping | null>(null);
  statuses = $state.raw<StatusCount[]>([]);
  counted = $state<string[]>([]);
  errors = $state.raw<string[]>([]);

  /** Rep, date and sales each have a column that exists in the file. */
  get ready(): boolean {
    const { mapping, preview } = this;
    if (!mapping || !preview) return false;
    return REQUIRED_ROLES.every((role) => {
      const header = mapping[role];
      return header !== null && preview.headers.includes(header);
    });
  }

  async choose(file: File): Promise<void> {
    this.discard();
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      this.#show(file.name, bytes, previewCsv(bytes, file.name));
    } catch (error) {
      this.fileName = file.name;
      this.errors = [`${file.name}: ${messageOf(error)}`];
    }
  }

  setEncoding(encoding: TextEncodingName): void {
    if (!this.bytes || !this.fileName) return;
    this.#show(this.fileName, this.bytes, previewCsv(this.bytes, this.fileName, { encoding }));
  }

  setRole(role: ColumnRole, header: string | null): void {
    if (!this.mapping) return;
    this.mapping[role] = header;
    if (role === 'status') this.#countStatuses();
  }

  toggleStatus(value: string, counts: boolean): void {
    this.counted = counts
      ? [...this.counted, value]
      : this.counted.filter((counted) => counted !== value);
  }

  /** What `loadCsvBytes` needs besides the bytes. */
  options(): ImportOptions {
    const mapping = $state.snapshot(this.mapping) ?? undefined;
    return {
      mapping,
      encoding: this.preview?.encoding,
      countStatuses: mapping?.status ? $state.snapshot(this.counted) : undefined,
    };
  }

  discard(): void {
    this.fileName = null;
    this.bytes = null;
    this.preview = null;
    this.mapping = null;
    this.statuses = [];
    this.counted = [];
    this.errors = [];
  }

  #show(fileName: string, bytes: Uint8Array, preview: CsvPreview): void {
    this.fileName = fileName;
    this.bytes = bytes;
    this.preview = preview;
    this.mapping = { ...preview.mapping };
    this.errors = [];
    this.#setStatuses(preview.statuses);
  }

  // The preview counts statuses of the proposed column only; another choice needs a recount.
  #countStatuses(): void {
    const { preview, mapping, bytes } = this;
    if (!preview || !mapping || !bytes) return;

    const column = mapping.status === null ? -1 : preview.headers.indexOf(mapping.status);
    if (column < 0) {
      this.#setStatuses([]);
      return;
    }

    const { text } = decodeBytes(bytes, preview.encoding);
    this.#setStatuses(statusCounts(text, preview.delimiter, column));
  }

  #setStatuses(statuses: StatusCount[]): void {
    this.statuses = statuses;
    this.counted = statuses.filter((s) => s.counted).map((s) => s.value);
  }
}
