import { z } from 'zod';
import { LANGUAGES } from './languages';
import { None, returns } from './channel';

const Language = z.enum(LANGUAGES);

/** Each preference once, without defaults: the patch schema must not invent values. */
const fields = {
  /** null until the facilitator picks one: the UI then follows the operating system. */
  uiLanguage: Language.nullable(),
  /** Language of the methodology package and of handouts; separate from the UI language. */
  contentLanguage: Language,
  facilitatorName: z.string().trim().max(120),
  organisation: z.string().trim().max(200),
  lastOpenedCase: z.uuid().nullable(),
  /**
   * The welcome (what the app is for, the journey, the facilitator's name) was closed once. It
   * also stays away for a facilitator who set a name before it existed.
   */
  welcomeSeen: z.boolean(),
  /** "Where was I" in the library: the document and the section last read. */
  readerPosition: z
    .object({ document: z.string().max(80), anchor: z.string().max(200).nullable() })
    .nullable(),
  windowBounds: z
    .object({
      x: z.number().int().optional(),
      y: z.number().int().optional(),
      width: z.number().int().min(400).max(20_000),
      height: z.number().int().min(300).max(20_000),
      maximized: z.boolean().default(false),
    })
    .nullable(),
};

/** The preferences kept by electron-store (Electron) or settings.json (browser host). */
export const Settings = z.object({
  uiLanguage: fields.uiLanguage.default(null),
  contentLanguage: fields.contentLanguage.default('en'),
  facilitatorName: fields.facilitatorName.default(''),
  organisation: fields.organisation.default(''),
  lastOpenedCase: fields.lastOpenedCase.default(null),
  welcomeSeen: fields.welcomeSeen.default(false),
  readerPosition: fields.readerPosition.default(null),
  windowBounds: fields.windowBounds.default(null),
});
export type Settings = z.output<typeof Settings>;

/** What the renderer may change: only the keys it sends (window bounds belong to the shell). */
export const SettingsPatch = z
  .object({
    uiLanguage: fields.uiLanguage.optional(),
    contentLanguage: fields.contentLanguage.optional(),
    facilitatorName: fields.facilitatorName.optional(),
    organisation: fields.organisation.optional(),
    lastOpenedCase: fields.lastOpenedCase.optional(),
    welcomeSeen: fields.welcomeSeen.optional(),
    readerPosition: fields.readerPosition.optional(),
  })
  .strict();
export type SettingsPatch = z.input<typeof SettingsPatch>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

/** The first start: nothing says the facilitator has met the app yet. */
export const isFirstStart = (s: Settings): boolean => !s.welcomeSeen && s.facilitatorName === '';

/** The channels of this slice (joined into THE contract in contract.ts). */
export const settingsChannels = {
  'settings.get': { input: None, output: returns<Settings>() },
  'settings.update': { input: SettingsPatch, output: returns<Settings>() },
} as const;
