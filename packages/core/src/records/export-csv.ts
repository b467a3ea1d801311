import type { ConsentRecord } from './consent-record.js';

// Cells a spreadsheet would run as a formula (OWASP "CSV injection"): = + - @ tab CR. A
// leading ' is added too, so the rule is exact to undo: strip one leading ' from a cell
// that starts with ' to get the stored value back.
const RISKY_START = /^[=+\-@\t\r']/;

/** One RFC 4180 field: always quoted, inner quotes doubled, formula starts neutralised. */
export function csvCell(value: string | number | boolean | null): string {
  let text = value === null ? '' : String(value);
  if (RISKY_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

const FIXED_HEAD = ['id', 'seq', 'time', 'consentId', 'action', 'layer', 'reason'] as const;
const FIXED_TAIL = [
  'revision',
  'noticeHash',
  'language',
  'policyUrl',
  'libraryVersion',
  'gpc',
  'pageUrl',
  'expiresAt',
  'previousHash',
  'hash',
] as const;

/**
 * The CSV export (RFC 4180: CRLF line ends, a header row, every field quoted): one row per
 * record, a `choice:<category>` column per category and a `consentMode:<signal>` column per
 * Consent Mode signal seen in any record.
 */
export function recordsToCsv(records: readonly ConsentRecord[]): string {
  const categories = [...new Set(records.flatMap((record) => Object.keys(record.choices)))];
  const signals = [...new Set(records.flatMap((record) => Object.keys(record.consentMode)))];
  const header = [
    ...FIXED_HEAD,
    ...categories.map((category) => `choice:${category}`),
    ...signals.map((signal) => `consentMode:${signal}`),
    ...FIXED_TAIL,
  ];
  const rows = records.map((record) => [
    ...FIXED_HEAD.map((key) => record[key]),
    ...categories.map((category) => (category in record.choices ? record.choices[category]! : null)),
    ...signals.map((signal) => record.consentMode[signal as keyof ConsentRecord['consentMode']] ?? null),
    ...FIXED_TAIL.map((key) => record[key]),
  ]);
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
