// Reading a library export back: parse, check format and version, validate against the JSON
// Schema (src/shared/library-export.schema.json, compiled ahead of time by Ajv), then check what a
// schema cannot say (ids unique, sources pointing at their incident). Every refusal says what
// is wrong and where, as a JSON path. Nothing here touches the database.
import { EXPORT_FORMAT, EXPORT_VERSION, type LibraryExport } from './library-export';
import { validate as generatedValidate } from './library-schema-validate';
import { locateJsonError } from './library-import-locate';
import type { Result } from './result';

/** Files above this size are refused before they are read. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export interface ImportProblem {
  /** What is wrong, in a sentence the reader can act on. */
  message: string;
  /** Where: a JSON path such as $.incidents[3].sources[0].url ("$" for the whole file). */
  path: string;
}

export interface ImportSummary {
  /** Incidents that were not in the library. */
  added: number;
  /** Incidents already there, replaced by a newer copy from the file. */
  updated: number;
  /** Incidents already there and at least as recent as the file's copy. */
  kept: number;
  /** Sources written (new or replaced). */
  sources: number;
}

/** The background's answer to an import: a summary, or why the file was refused. */
export type ImportReply =
  { imported: true; summary: ImportSummary } | { imported: false; problem: ImportProblem };

interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
const validateDoc = generatedValidate as unknown as ((data: unknown) => boolean) & {
  errors?: AjvError[] | null;
};

const fail = (message: string, path = '$'): Result<never, ImportProblem> => ({
  ok: false,
  error: { message, path },
});

export const formatMegabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Refuse a file by its size alone, before reading it. */
export function checkImportSize(bytes: number): Result<true, ImportProblem> {
  return bytes > MAX_IMPORT_BYTES
    ? fail(
        `The file is too large (${formatMegabytes(bytes)}); HeistLens imports files up to ${formatMegabytes(MAX_IMPORT_BYTES)}.`,
      )
    : { ok: true, value: true };
}

/** "/incidents/3/sources/0/url" → "$.incidents[3].sources[0].url". */
export function jsonPath(pointer: string): string {
  if (!pointer) return '$';
  return (
    '$' +
    pointer
      .split('/')
      .slice(1)
      .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
      .map((seg) =>
        /^\d+$/.test(seg)
          ? `[${seg}]`
          : /^[A-Za-z_$][\w$]*$/.test(seg)
            ? `.${seg}`
            : `[${JSON.stringify(seg)}]`,
      )
      .join('')
  );
}

function describe(e: AjvError): ImportProblem {
  const path = jsonPath(e.instancePath);
  const p = e.params;
  switch (e.keyword) {
    case 'required':
      return {
        message: `A required property "${String(p.missingProperty)}" is missing.`,
        path,
      };
    case 'additionalProperties':
      return {
        message: `Unexpected property "${String(p.additionalProperty)}": this format has no such field.`,
        path,
      };
    case 'maxLength':
      return { message: `The text is too long (at most ${String(p.limit)} characters).`, path };
    case 'maxItems':
      return { message: `The list is too long (at most ${String(p.limit)} items).`, path };
    case 'pattern':
      return { message: `The value does not have the expected form (${e.message ?? ''}).`, path };
    default:
      return { message: `Invalid value: ${e.message ?? e.keyword}.`, path };
  }
}

/** Where a JSON.parse failure happened: line, column and the JSON path being read. */
function parseFailure(text: string): ImportProblem {
  const { pos, path, atEnd } = locateJsonError(text);
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  return {
    message: atEnd
      ? `The file is not complete JSON: it ends too early (line ${line}, column ${column}). It may have been cut off while copying or downloading.`
      : `The file is not valid JSON at line ${line}, column ${column}.`,
    path,
  };
}

/** Parse and validate an export. All strings stay plain text; nothing is interpreted as HTML. */
export function parseLibraryText(text: string): Result<LibraryExport, ImportProblem> {
  // A UTF-16 length is at most the UTF-8 byte length, so this never refuses a file under the limit.
  const size = checkImportSize(text.length);
  if (!size.ok) return size;
  if (!text.trim()) return fail('The file is empty.');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: parseFailure(text) };
  }
  return checkLibraryDoc(data);
}

/** Validate an already-parsed document. */
export function checkLibraryDoc(data: unknown): Result<LibraryExport, ImportProblem> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail('This is not a HeistLens library export (expected a JSON object).');
  }
  const doc = data as Record<string, unknown>;
  if (doc.format !== EXPORT_FORMAT) {
    return fail(
      `This is not a HeistLens library export: "format" is ${JSON.stringify(doc.format) ?? 'missing'}, expected "${EXPORT_FORMAT}".`,
      '$.format',
    );
  }
  if (doc.version !== EXPORT_VERSION) {
    return fail(
      `Unsupported version ${JSON.stringify(doc.version) ?? '(missing)'}: this HeistLens reads version ${EXPORT_VERSION} of the library format.`,
      '$.version',
    );
  }
  if (!validateDoc(data)) {
    const first = validateDoc.errors?.[0];
    return {
      ok: false,
      error: first
        ? describe(first)
        : { message: 'The file does not match the format.', path: '$' },
    };
  }
  return checkConsistency(data as LibraryExport);
}

function checkConsistency(doc: LibraryExport): Result<LibraryExport, ImportProblem> {
  const incidentIds = new Set<string>();
  const sourceIds = new Set<string>();
  for (const [i, incident] of doc.incidents.entries()) {
    if (incidentIds.has(incident.id)) {
      return fail(`The incident id "${incident.id}" appears twice.`, `$.incidents[${i}].id`);
    }
    incidentIds.add(incident.id);
    for (const [j, source] of incident.sources.entries()) {
      const at = `$.incidents[${i}].sources[${j}]`;
      if (source.incidentId !== incident.id) {
        return fail(
          `The source's incidentId "${source.incidentId}" does not match the incident that holds it ("${incident.id}").`,
          `${at}.incidentId`,
        );
      }
      if (sourceIds.has(source.id)) {
        return fail(`The source id "${source.id}" appears twice.`, `${at}.id`);
      }
      sourceIds.add(source.id);
      for (const [k, h] of source.highlights.entries()) {
        if (h.position.end < h.position.start) {
          return fail('A highlight ends before it starts.', `${at}.highlights[${k}].position.end`);
        }
      }
    }
  }
  return { ok: true, value: doc };
}
