import { Alert, Button, Menu } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SmeTable, SpreadsheetRequest } from '@api/spreadsheets';
import { api } from '../api';
import { errorText, saveBytes } from '../case-files/files';

const MIME = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', csv: 'text/csv' } as const;
const CSV_LABEL: Record<SmeTable, string> = { indicators: 'spreadsheets.csvIndicators', activities: 'spreadsheets.csvActivities', scores: 'spreadsheets.csvScores' };

/** "Spreadsheet": the register (no `smeId`) or one SME's tables, as a workbook or as CSV, for reporting to funders. */
export function SpreadsheetMenu({ smeId }: { smeId?: string }) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const get = async (request: SpreadsheetRequest) => {
    setFailure(null);
    const r = await api['spreadsheets.export'](request);
    if (r.ok) saveBytes(r.value.fileName, r.value.base64, MIME[request.format]);
    else setFailure(r.error.code);
  };
  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="default">{t('spreadsheets.menu')}</Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => void get(smeId ? { of: 'sme', smeId, format: 'xlsx' } : { of: 'register', format: 'xlsx' })}>{t('spreadsheets.xlsx')}</Menu.Item>
          {smeId
            ? (Object.keys(CSV_LABEL) as SmeTable[]).map((table) => (
              <Menu.Item key={table} onClick={() => void get({ of: 'sme', smeId, format: 'csv', table })}>{t(CSV_LABEL[table])}</Menu.Item>
            ))
            : <Menu.Item onClick={() => void get({ of: 'register', format: 'csv' })}>{t('spreadsheets.csvRegister')}</Menu.Item>}
        </Menu.Dropdown>
      </Menu>
      {failure && <Alert color="red" role="alert">{errorText(t, failure)}</Alert>}
    </>
  );
}
