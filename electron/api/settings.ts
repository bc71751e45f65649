import { z } from 'zod';
import { LANGUAGES } from './languages';

const Language = z.enum(LANGUAGES);

/** The preferences kept by electron-store (Electron) or settings.json (browser host). */
export const Settings = z.object({
  /** null until the facilitator picks one: the UI then follows the operating system. */
  uiLanguage: Language.nullable().default(null),
  /** Language of the methodology package and of handouts; separate from the UI language. */
  contentLanguage: Language.default('en'),
  facilitatorName: z.string().trim().max(120).default(''),
  organisation: z.string().trim().max(200).default(''),
  lastOpenedCase: z.uuid().nullable().default(null),
  windowBounds: z
    .object({
      x: z.number().int().optional(),
      y: z.number().int().optional(),
      width: z.number().int().min(400).max(20_000),
      height: z.number().int().min(300).max(20_000),
      maximized: z.boolean().default(false),
    })
    .nullable()
    .default(null),
});
export type Settings = z.output<typeof Settings>;

/** What the renderer may change (window bounds belong to the shell). */
export const SettingsPatch = Settings.omit({ windowBounds: true }).partial();
export type SettingsPatch = z.input<typeof SettingsPatch>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});
