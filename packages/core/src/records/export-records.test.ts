import { expect } from '@esm-bundle/chai';
import { clear, createStore } from 'idb-keyval';
import {
  ConsentryError,
  createConsent,
  createRecords,
  csvCell,
  exportRecords,
  hashRecord,
  RECORDS_DB,
  RECORDS_STORE,
  recordsToCsv,
  verifyRecords,
  type ConsentRecord,
  type RecordsFormat,
} from '@consentry/core';
import { clearCookies } from '../../../../test/helpers/requests.js';

/** An RFC 4180 parser (quoted fields, doubled quotes, CRLF records), written for these tests. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  expect(row, 'the file ends with CRLF').to.deep.equal([]);
  return rows;
}

/** Undoes the formula guard: one leading ' comes off (docs/records.md, "CSV"). */
const unguard = (cell: string): string => (cell.startsWith("'") ? cell.slice(1) : cell);

const HOSTILE = [
  '=HYPERLINK("https://evil.example","click")',
  '+1+2',
  '-2+3',
  '@SUM(A1:A2)',
  '\t=1',
  '\r=1',
  "'=already quoted",
  'comma, "quote" and\r\nnewline',
  'plain',
  '',
];

async function hostileChain(): Promise<ConsentRecord[]> {
  const chain: ConsentRecord[] = [];
  for (const [index, text] of HOSTILE.entries()) {
    const previous = chain[index - 1];
    const unsigned = {
      schema: 'consentry-record/1' as const,
      id: `r${index}`,
      seq: index,
      consentId: text,
      time: '2026-11-23T10:00:00.000Z',
      action: 'custom' as const,
      layer: 'preferences' as const,
      reason: null,
      choices: { necessary: true, [text || 'empty']: index % 2 === 0 },
      consentMode: { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'granted', functionality_storage: 'denied', personalization_storage: 'denied', security_storage: 'granted' } as ConsentRecord['consentMode'],
      revision: text,
      noticeHash: null,
      language: text,
      policyUrl: text,
      libraryVersion: '0.1.0',
      gpc: false,
      pageUrl: `https://shop.example/${encodeURIComponent(text)}`,
      expiresAt: null,
      previousHash: previous ? previous.hash : null,
    };
    chain.push({ ...unsigned, hash: hashRecord(unsigned) });
  }
  return chain;
}

describe('export', () => {
  afterEach(async () => {
    clearCookies();
    await clear(createStore(RECORDS_DB, RECORDS_STORE));
  });

  it('CSV is RFC 4180 and parses back to the records, hostile strings included', async () => {
    const chain = await hostileChain();
    const csv = recordsToCsv(chain);
    expect(csv.endsWith('\r\n')).to.equal(true);
    const [header, ...rows] = parseCsv(csv);
    expect(rows).to.have.length(chain.length);
    const column = (name: string) => header!.indexOf(name);
    expect(header!.slice(0, 7)).to.deep.equal(['id', 'seq', 'time', 'consentId', 'action', 'layer', 'reason']);
    expect(header!.slice(-3)).to.deep.equal(['expiresAt', 'previousHash', 'hash']);
    for (const [index, record] of chain.entries()) {
      const row = rows[index]!.map(unguard);
      expect(row).to.have.length(header!.length);
      expect(row[column('id')]).to.equal(record.id);
      expect(row[column('seq')]).to.equal(String(record.seq));
      expect(row[column('consentId')]).to.equal(record.consentId);
      expect(row[column('language')]).to.equal(record.language);
      expect(row[column('revision')]).to.equal(record.revision);
      expect(row[column('policyUrl')]).to.equal(record.policyUrl);
      expect(row[column('pageUrl')]).to.equal(record.pageUrl);
      expect(row[column('hash')]).to.equal(record.hash);
      expect(row[column('reason')]).to.equal('');
      expect(row[column('gpc')]).to.equal('false');
      expect(row[column('consentMode:analytics_storage')]).to.equal('granted');
      const own = Object.keys(record.choices).find((key) => key !== 'necessary')!;
      expect(row[column(`choice:${own}`)]).to.equal(String(record.choices[own]));
    }
  });

  it('CSV cells never start with a formula character', async () => {
    const csv = recordsToCsv(await hostileChain());
    for (const cell of parseCsv(csv).flat()) expect(cell).not.to.match(/^[=+\-@\t\r]/);
    expect(csvCell('=1+2')).to.equal(`"'=1+2"`);
    expect(csvCell('a"b')).to.equal('"a""b"');
    expect(csvCell(null)).to.equal('""');
    expect(csvCell(true)).to.equal('"true"');
  });

  it('JSON maps each record to ISO/IEC TS 27560 fields and carries the records verbatim', async () => {
    const chain = await hostileChain();
    const file = JSON.parse(await exportRecords(chain, 'json', new Date(Date.UTC(2026, 10, 23)))) as {
      conformsTo: string;
      exportedAt: string;
      chain: unknown;
      records: Array<{
        recordId: string;
        piiPrincipalId: string;
        notice: unknown;
        event: { eventTime: string; eventState: string };
        purposes: unknown[];
        integrity: unknown;
        record: ConsentRecord;
      }>;
    };
    expect(file.conformsTo).to.equal('ISO/IEC TS 27560:2023');
    expect(file.exportedAt).to.equal('2026-11-23T00:00:00.000Z');
    expect(file.chain).to.deep.equal({ ok: true, count: chain.length });
    const [first] = file.records;
    expect(first!.recordId).to.equal('r0');
    expect(first!.piiPrincipalId).to.equal(chain[0]!.consentId);
    expect(first!.notice).to.deep.equal({ version: chain[0]!.revision, hash: null, url: chain[0]!.policyUrl, language: chain[0]!.language });
    expect(first!.event.eventTime).to.equal('2026-11-23T10:00:00.000Z');
    expect(first!.event.eventState).to.equal('dpv:ConsentGiven');
    expect(first!.purposes[0]).to.deep.equal({ purpose: 'necessary', lawfulBasis: 'strictly-necessary', consented: true, status: 'not-applicable' });
    expect(first!.integrity).to.deep.equal({ algorithm: 'SHA-256', seq: 0, previousHash: null, hash: chain[0]!.hash });
    const back = file.records.map((entry) => entry.record);
    expect(back).to.deep.equal(chain);
    expect(await verifyRecords(back)).to.deep.equal({ ok: true, count: chain.length });
  });

  it('JSON says what a lapse or GPC refusal means for each purpose', async () => {
    const [base] = await hostileChain();
    const variants = [
      { action: 'expired' as const, reason: 'revision' as const, state: 'dpv:ConsentInvalidated', status: 'invalidated', type: 'lapse' },
      { action: 'expired' as const, reason: 'expired' as const, state: 'dpv:ConsentExpired', status: 'expired', type: 'lapse' },
      { action: 'gpc' as const, reason: null, state: 'dpv:ConsentRefused', status: 'refused', type: 'opt-out preference signal' },
    ];
    for (const variant of variants) {
      const unsigned = { ...base!, action: variant.action, reason: variant.reason, choices: { necessary: true, marketing: false } };
      const record = { ...unsigned, hash: hashRecord(unsigned) };
      const file = JSON.parse(await exportRecords([record], 'json')) as { records: Array<{ event: { eventState: string; eventType: string; entityId: string }; purposes: Array<{ status: string }> }> };
      const [entry] = file.records;
      expect(entry!.event.eventState).to.equal(variant.state);
      expect(entry!.event.eventType).to.equal(variant.type);
      expect(entry!.purposes.map((p) => p.status)).to.deep.equal(['not-applicable', variant.status]);
      expect(entry!.event.entityId).to.equal(variant.action === 'expired' ? 'system' : base!.consentId);
    }
  });

  it('records.export() gives both files for the live log, and refuses unknown formats', async () => {
    const consent = createConsent({ revision: 1, categories: { necessary: {}, analytics: {} } }, { gpcSignal: false, tabSync: 'off' });
    const records = createRecords(consent);
    consent.acceptAll({ layer: 'banner' });
    consent.withdraw({ layer: 'preferences' });
    const json = JSON.parse(await records.export('json')) as { records: Array<{ event: { eventState: string }; purposes: Array<{ status: string }> }> };
    expect(json.records.map((r) => r.event.eventState)).to.deep.equal(['dpv:ConsentGiven', 'dpv:ConsentWithdrawn']);
    expect(json.records[1]!.purposes[1]!.status).to.equal('withdrawn');
    const csv = parseCsv(await records.export('csv'));
    expect(csv).to.have.length(3);
    let error: unknown;
    await records.export('xml' as RecordsFormat).catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(ConsentryError);
    expect((error as ConsentryError).code).to.equal('call/records-format');
    records.destroy();
    consent.destroy();
  });
});
