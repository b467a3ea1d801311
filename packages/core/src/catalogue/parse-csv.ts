import { ConsentryError } from '../errors.js';

/** One CSV record and the (1-based) line of the file it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

const fail = (line: number, message: string): never => {
  throw new ConsentryError('import/csv', `${message}. Fix the file at that line (RFC 4180: quote fields that hold commas, quotes or line breaks, and double quotes inside them).`, `line ${line}`);
};

/**
 * Parses RFC 4180 CSV: comma-separated fields, records ended by CRLF or LF, fields in double
 * quotes may hold commas, line breaks and `""` for a quote. A UTF-8 byte-order mark is
 * skipped and a last line without a line break is accepted. Throws
 * `ConsentryError('import/csv')` whose `field` names the line: a quote inside an unquoted
 * field, text after a closing quote, an unterminated quoted field, or (with
 * `expectFields`) a record with the wrong number of fields.
 */
export function parseCsv(text: string, expectFields?: number): CsvRecord[] {
  const records: CsvRecord[] = [];
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const end = text.length;
  while (at < end) {
    const start = line;
    const fields: string[] = [];
    for (;;) {
      let value = '';
      if (text[at] === '"') {
        const opened = line;
        at++;
        for (;;) {
          const quote = text.indexOf('"', at);
          if (quote < 0) fail(opened, `unterminated quoted field (the quote opened on line ${opened} is never closed)`);
          const chunk = text.slice(at, quote);
          for (let i = chunk.indexOf('\n'); i >= 0; i = chunk.indexOf('\n', i + 1)) line++;
          value += chunk;
          at = quote + 1;
          if (text[at] === '"') {
            value += '"';
            at++;
          } else break;
        }
        const next = text[at];
        if (at < end && next !== ',' && next !== '\n' && next !== '\r') {
          // A quote missing its partner swallows the following lines; blame where it opened.
          if (opened === line) fail(line, 'unexpected text after a closing quote');
          fail(opened, `the quoted field opened on line ${opened} runs on to line ${line}, where unexpected text follows its closing quote: is a quote missing on line ${opened}?`);
        }
      } else {
        let stop = at;
        while (stop < end && text[stop] !== ',' && text[stop] !== '\n' && text[stop] !== '\r') stop++;
        value = text.slice(at, stop);
        if (value.includes('"')) fail(line, 'a quote inside an unquoted field');
        at = stop;
      }
      fields.push(value);
      if (text[at] === ',') {
        at++;
        continue;
      }
      if (text[at] === '\r') at++;
      if (text[at] === '\n') at++;
      line++;
      break;
    }
    // A blank line (one empty field) is skipped, as most CSV writers end files with one.
    if (fields.length === 1 && fields[0] === '') continue;
    if (expectFields !== undefined && fields.length !== expectFields) {
      fail(start, `expected ${expectFields} fields, found ${fields.length}`);
    }
    records.push({ line: start, fields });
  }
  return records;
}
