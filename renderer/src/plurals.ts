import type { i18n } from 'i18next';
import { pluralLocale } from '@api/languages';

interface PluralResolver {
  getRule(code: string, options?: object): unknown;
  regional?: true;
}

/**
 * i18next picks a plural form with Intl.PluralRules for the bare language code, and a bare "pt"
 * follows Brazil ("0 contacto"). The resolver is asked for the locale the app means instead
 * (`pluralLocale`: Portugal's rule, "0 contactos"); every other language is unchanged.
 */
export function followRegionalPlurals(instance: i18n): void {
  const resolver = instance.services.pluralResolver as PluralResolver;
  if (resolver.regional) return;
  const getRule = resolver.getRule.bind(resolver);
  resolver.getRule = (code, options) => getRule(pluralLocale(code), options);
  resolver.regional = true;
}
