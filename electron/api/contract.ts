import type { z } from 'zod';
import { appChannels } from './app';
import { backupChannels } from './backups';
import { caseFileChannels } from './case-file';
import { exampleChannels } from './examples';
import { libraryChannels } from './library';
import { processChannels } from './processes';
import { settingsChannels } from './settings';
import { smeChannels } from './smes';
import { spreadsheetChannels } from './spreadsheets';
import { standardsChannels } from './standards';
import { strategyChannels } from './strategy';
import { votingChannels } from './voting';
import { workshopChannels } from './workshops';

export type { AppInfo } from './app';
export type { PdfFile } from './channel';
export type { LibraryToc } from './library';

/**
 * THE contract: every channel with its request schema and response type, joined from the slices
 * (a channel `workshops.saveAnswer` is declared in api/workshops.ts). The preload, the IPC
 * registration, the HTTP host and the renderer's client are all generated from this object.
 */
export const contract = {
  ...appChannels,
  ...settingsChannels,
  ...smeChannels,
  ...libraryChannels,
  ...processChannels,
  ...workshopChannels,
  ...strategyChannels,
  ...standardsChannels,
  ...exampleChannels,
  ...votingChannels,
  ...caseFileChannels,
  ...backupChannels,
  ...spreadsheetChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const CHANNELS = Object.keys(contract) as Channel[];

export type Request<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedRequest<C extends Channel> = z.output<Contract[C]['input']>;
export type Response<C extends Channel> = Contract[C]['output'];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(contract, value);
}
