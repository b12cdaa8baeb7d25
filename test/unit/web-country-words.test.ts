// The web's words for the lists a country pack governs: the pack's name for a value in the
// app's language when the server's pack uses it, else the catalogue's; revenue in the
// pack's currency as each language writes money.
import { afterEach, describe, expect, it } from 'vitest';
import { countryPack, type CountryPackCode } from '../../server/src/modules/country/pack.js';
import { apiSpelling, VOCABULARY_KINDS, type VocabularyKey } from '../../server/src/modules/country/vocabulary.js';
import { VocabularyKind } from '../../web/src/gql/vocabulary.js';
import { countryWord, setCountryWords } from '../../web/src/shared/country/country-words.js';
import { setCurrentLocale } from '../../web/src/shared/i18n/intl.js';
import type { Locale } from '../../web/src/shared/i18n/locales.js';
import { formatMoney } from '../../web/src/features/key-accounts/pareto.js';
import { DECISION_ROLE_LABELS, INSTITUTION_KIND_LABELS, TENDER_PROCEDURE_LABELS, TENDER_STATUS_LABELS } from '../../web/src/shared/vocabulary/labels.js';
import { committeeKindLabel, entityKindLabel, institutionKindLabel } from '../../web/src/shared/vocabulary/words.js';

/** What the `countryPack` query answers for a pack in a language (label(locale: ...)). */
function answer(code: CountryPackCode, locale: Locale) {
  const pack = countryPack(code);
  return {
    code: pack.code,
    currency: pack.currency,
    vocabularies: (Object.entries(VOCABULARY_KINDS) as [VocabularyKey, string][]).map(([key, kind]) => ({
      kind: kind.toUpperCase() as VocabularyKind,
      values: pack.vocabularies[key].map((v) => ({ value: apiSpelling(key, v.value), label: v.names[locale] })),
    })),
  };
}

function use(code: CountryPackCode, locale: Locale): void {
  setCurrentLocale(locale);
  setCountryWords(answer(code, locale));
}

afterEach(() => {
  setCountryWords(null);
  setCurrentLocale('en');
});

describe('a country pack’s words on the web', () => {
  it('names institution kinds, procedures, statuses, roles and committees as the country does, in the app’s language', () => {
    use('pt', 'pt-PT');
    expect(INSTITUTION_KIND_LABELS.LOCAL_HEALTH_UNIT).toBe('Unidade Local de Saúde (ULS)');
    expect(TENDER_PROCEDURE_LABELS.DIRECT_AWARD).toBe('Ajuste direto');
    expect(TENDER_STATUS_LABELS.ANNOUNCED).toBe('Anunciado no Diário da República');
    expect(committeeKindLabel('pharmacy_therapeutics')).toBe('Comissão de Farmácia e Terapêutica');
    expect(entityKindLabel('Committee', 'tender_jury')).toBe('Júri do procedimento');
    use('br', 'pt-BR');
    expect(TENDER_PROCEDURE_LABELS.ELECTRONIC_REVERSE_AUCTION).toBe('Pregão eletrônico');
    expect(institutionKindLabel('state_health_secretariat')).toBe('Secretaria Estadual de Saúde (SES)');
    expect(DECISION_ROLE_LABELS.GATEKEEPER).toBe('Agente de contratação');
    use('br', 'en');
    expect(TENDER_PROCEDURE_LABELS.PRICE_REGISTRATION).toBe('Price registration record (ata de registro de preços)');
    use('br', 'pt-PT');
    expect(TENDER_STATUS_LABELS.PLANNED).toBe('Planeada (plano anual de contratações)');
  });

  it('falls back to the catalogue for a value the pack does not use, and when no pack is known', () => {
    use('pt', 'pt-PT');
    expect(countryWord(VocabularyKind.TENDER_PROCEDURE, 'ELECTRONIC_REVERSE_AUCTION')).toBeUndefined();
    expect(TENDER_PROCEDURE_LABELS.ELECTRONIC_REVERSE_AUCTION).toBe('Leilão eletrónico inverso (pregão)');
    expect(committeeKindLabel('formulary')).toBe('Formulary');
    setCountryWords(null);
    expect(INSTITUTION_KIND_LABELS.LOCAL_HEALTH_UNIT).toBe('Unidade local de saúde');
  });

  it('writes revenue in the country’s currency as each language writes money', () => {
    use('pt', 'pt-PT');
    expect(formatMoney(2_894_400)).toMatch(/^2,9\sM\s€$/);
    use('br', 'pt-BR');
    expect(formatMoney(2_894_400)).toMatch(/^R\$\s2,9\smi$/);
    expect(formatMoney(2_894_400, null)).toMatch(/^2,9\smi$/);
    use('br', 'en');
    expect(formatMoney(2_894_400)).toBe('2.9M BRL');
  });
});
