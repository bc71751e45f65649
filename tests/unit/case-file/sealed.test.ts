import { describe, expect, it } from 'vitest';
import { isSealed, MAGIC, openSealed, seal } from '../../../electron/core/case-file/sealed';
import { coreForEachTest } from '../../helpers/core';

const cores = coreForEachTest();
const CHEAP = { N: 2 ** 10, r: 8, p: 1 };
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return 'opened';
};

describe('a case file protected by a passphrase', () => {
  it('travels from one app to another: exported sealed, previewed and imported with the passphrase', async () => {
    const core = cores.start();
    const { smeId } = await cores.call('examples.load', {});
    const name = (await cores.call('smes.get', { id: smeId })).name;
    const file = await cores.call('caseFiles.export', { smeIds: [smeId], passphrase: 'Šiauliai žiema 2026' });
    const bytes = Buffer.from(file.base64, 'base64');
    expect(isSealed(bytes)).toBe(true);
    // Nothing of the case file is readable in the file.
    expect(bytes.includes(Buffer.from(name))).toBe(false);
    expect(bytes.includes(Buffer.from('socialsme-case-file'))).toBe(false);
    // The header says how the key was made, so another tool could open it.
    const header = JSON.parse(bytes.subarray(MAGIC.length, bytes.indexOf(0x0a)).toString()) as Record<string, unknown>;
    expect(header).toMatchObject({ cipher: 'aes-256-gcm', kdf: 'scrypt', N: 2 ** 17, r: 8, p: 1 });

    const needs = await core.dispatch('caseFiles.preview', { base64: file.base64 });
    expect(needs.ok ? null : needs.error.code).toBe('case_file_needs_passphrase');
    // The same passphrase typed in another normalisation (decomposed letters) opens it too.
    const preview = await cores.call('caseFiles.preview', { base64: file.base64, passphrase: 'Šiauliai žiema 2026'.normalize('NFD') });
    expect(preview.smes).toEqual([{ id: smeId, name, processes: 1, existing: name }]);
    const outcome = await cores.call('caseFiles.import', { base64: file.base64, passphrase: 'Šiauliai žiema 2026', conflicts: 'copy' });
    expect(outcome.imported).toHaveLength(1);
    expect((await cores.call('smes.list', {})).items.filter((s) => s.name === name)).toHaveLength(2);
  });

  it('a wrong passphrase and a changed file each get their own code', () => {
    const plain = Buffer.from('{"format":"socialsme-case-file"}');
    const sealed = seal(plain, 'right', CHEAP);
    expect(openSealed(sealed, 'right')).toEqual(plain);
    expect(codeOf(() => openSealed(sealed, 'wrong'))).toBe('case_file_wrong_passphrase');
    expect(codeOf(() => openSealed(sealed, 'Right'))).toBe('case_file_wrong_passphrase');
    const changedBody = Buffer.from(sealed);
    changedBody[changedBody.length - 1]! ^= 1;
    expect(codeOf(() => openSealed(changedBody, 'right'))).toBe('case_file_tampered');
    // A changed cost in the header is a changed file, not a wrong passphrase.
    const changedHeader = Buffer.from(sealed.toString('latin1').replace('"N":1024', '"N":2048'), 'latin1');
    expect(codeOf(() => openSealed(changedHeader, 'right'))).toBe('case_file_tampered');
    expect(codeOf(() => openSealed(sealed.subarray(0, 20), 'right'))).toBe('case_file_tampered');
    // Sealing twice gives different bytes (new salt and iv each time).
    expect(seal(plain, 'right', CHEAP).equals(sealed)).toBe(false);
  });
});
