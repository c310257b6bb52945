/**
 * What write-excel-file can't say about printing, added to its XLSX: every sheet fits one page
 * wide (as many pages tall as it needs), and the header rows and left columns of a sheet are
 * repeated on every printed page (Print_Titles). A pure bytes → bytes transform of the package:
 * the zip is read and written with fflate, the sheet and workbook XML edited at fixed places.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { xmlEscape } from './xml.js';

export interface PrintTitles {
  /** The sheet's index in the workbook (0-based) and its name. */
  index: number;
  name: string;
  /** Rows (from the top) and columns (from the left) to repeat on every page. */
  rows: number;
  columns: number;
  /** Printed across the page (a wide matrix): landscape. */
  landscape?: boolean;
}


/** Column letters of a 1-based index: 1 → A, 27 → AA. */
function letters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export function printable(xlsx: Uint8Array, titles: readonly PrintTitles[]): Uint8Array {
  const files = unzipSync(xlsx);
  for (const name of Object.keys(files)) {
    const m = /^xl\/worksheets\/sheet([0-9]+)\.xml$/.exec(name);
    if (!m) continue;
    const landscape = titles.find((t) => t.index === Number(m[1]) - 1)?.landscape === true;
    let xml = strFromU8(files[name]!);
    if (!xml.includes('<sheetPr')) xml = xml.replace(/(<worksheet\b[^>]*>)/, '$1<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    xml = /<pageSetup\b/.test(xml)
      ? xml.replace(/<pageSetup\b([^>]*?)\/>/, (_m, attrs: string) => `<pageSetup${attrs.replace(/\s+fitTo(Width|Height)="[^"]*"/g, '')} fitToWidth="1" fitToHeight="0"${landscape && !/orientation=/.test(attrs) ? ' orientation="landscape"' : ''}/>`)
      : xml.replace('</worksheet>', `<pageSetup paperSize="9" fitToWidth="1" fitToHeight="0"${landscape ? ' orientation="landscape"' : ''}/></worksheet>`);
    files[name] = strToU8(xml);
  }
  const names = titles
    .filter((t) => t.rows > 0 || t.columns > 0)
    .map((t) => {
      const sheet = `'${t.name.replace(/'/g, "''")}'`;
      const parts = [...(t.columns > 0 ? [`${sheet}!$A:$${letters(t.columns)}`] : []), ...(t.rows > 0 ? [`${sheet}!$1:$${t.rows}`] : [])];
      return `<definedName name="_xlnm.Print_Titles" localSheetId="${t.index}">${xmlEscape(parts.join(','))}</definedName>`;
    })
    .join('');
  if (names !== '' && files['xl/workbook.xml']) {
    const wb = strFromU8(files['xl/workbook.xml']);
    files['xl/workbook.xml'] = strToU8(wb.includes('<definedNames/>') ? wb.replace('<definedNames/>', `<definedNames>${names}</definedNames>`) : wb.replace('</definedNames>', `${names}</definedNames>`));
  }
  return zipSync(files, { level: 6 });
}
