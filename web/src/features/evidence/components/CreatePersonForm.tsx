import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { PersonCategory } from '../../../gql/vocabulary.js';
import { FormActions, FormErrors, FormField, optionsOf, SelectField } from '@shared/forms/FormField.js';
import { textOrNull } from '@shared/forms/field-errors.js';
import { useFormErrors } from '@shared/forms/use-form-errors.js';
import { TerritoriesQuery } from '@shared/graphql/territories-query.js';
import { tr } from '@shared/i18n/intl.js';
import { NODE_LABEL_LABELS, PERSON_CATEGORY_LABELS, ROLE_KIND_LABELS, TIE_TYPE_LABELS } from '@shared/vocabulary/labels.js';
import { valuesOf } from '@shared/vocabulary/values.js';
import { AFTER_DECISION, CreatePersonFromUnmatchedMutation } from '../graphql/decide-mutations.js';
import { PlaceInstitutionsQuery } from '../graphql/institutions-query.js';
import { draftName, guessInstitution, type NameParts } from '../person-draft.js';

const FIELDS = ['name', 'category', 'territoryId', 'institutionId', 'position'] as const;

// The words, read from the current locale's catalogue when the form renders.
const WORDS = {
  legend: (name: string) => tr('evidence.create.legend', { name }),
  get name() {
    return tr('evidence.create.name');
  },
  get nameHint() {
    return tr('evidence.create.nameHint');
  },
  get category() {
    return tr('evidence.create.category');
  },
  get noCategory() {
    return tr('evidence.create.noCategory');
  },
  get territory() {
    return NODE_LABEL_LABELS.Territory;
  },
  get territoryHint() {
    return tr('evidence.create.territoryHint');
  },
  get chooseTerritory() {
    return tr('evidence.create.chooseTerritory');
  },
  get institution() {
    return TIE_TYPE_LABELS.WORKS_AT;
  },
  get noInstitution() {
    return tr('evidence.create.noInstitution');
  },
  institutionHint: (seen: string) => tr('evidence.create.institutionHint', { seen }),
  get institutionNone() {
    return tr('evidence.create.institutionNone');
  },
  get loadingInstitutions() {
    return tr('evidence.create.loadingInstitutions');
  },
  get position() {
    return ROLE_KIND_LABELS.POSITION;
  },
  get positionPlaceholder() {
    return tr('evidence.create.positionPlaceholder');
  },
  orcidKept: (orcid: string) => tr('evidence.create.orcidKept', { orcid }),
  get submit() {
    return tr('evidence.create.submit');
  },
  get busy() {
    return tr('evidence.create.busy');
  },
  get failed() {
    return tr('evidence.create.failed');
  },
  get refused() {
    return tr('evidence.create.refused');
  },
  created: (name: string, open: number) => tr('evidence.create.created', { name, open }),
};

export interface UnmatchedName extends NameParts {
  id: string;
  orcid?: string | null;
  affiliations: readonly string[];
}

/**
 * createPersonFromUnmatched for one name of the review queue: the name as people write it,
 * category, territory, the workplace its affiliations name (guessed, the KAM corrects it) and
 * position; the ORCID is kept. The server's refusals show next to their fields.
 */
export function CreatePersonForm({ unmatched, onCreated, onCancel }: { unmatched: UnmatchedName; onCreated(message: string): void; onCancel(): void }) {
  const territories = useQuery(TerritoriesQuery);
  const [name, setName] = useState(() => draftName(unmatched));
  const [category, setCategory] = useState<PersonCategory | ''>('');
  const [territoryId, setTerritoryId] = useState('');
  const [institutionId, setInstitutionId] = useState('');
  const [touchedInstitution, setTouchedInstitution] = useState(false);
  const [position, setPosition] = useState('');
  const form = useFormErrors(FIELDS, { refusal: WORDS.refused });
  const { errors } = form;
  const [create, { loading }] = useMutation(CreatePersonFromUnmatchedMutation, { refetchQueries: AFTER_DECISION, awaitRefetchQueries: true });

  // One territory: nothing to choose.
  const territoryList = territories.data?.territories ?? [];
  useEffect(() => {
    if (!territoryId && territoryList.length === 1) setTerritoryId(territoryList[0]!.id);
  }, [territoryId, territoryList]);

  const places = useQuery(PlaceInstitutionsQuery, { variables: { territoryId: territoryId || null } });
  const institutions = useMemo(() => places.data?.institutions.nodes ?? [], [places.data]);
  // The workplace the affiliations name, until the KAM picks one themselves.
  useEffect(() => {
    if (!touchedInstitution) setInstitutionId(guessInstitution(unmatched.affiliations, institutions) ?? '');
  }, [institutions, unmatched.affiliations, touchedInstitution]);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const input = { name: name.trim(), category: category || null, territoryId: territoryId || null };
    await form.save(
      WORDS.failed,
      async () => (await create({ variables: { id: unmatched.id, input, institutionId: institutionId || null, position: textOrNull(position) } })).data?.createPersonFromUnmatched,
      (payload) => onCreated(WORDS.created(payload.person?.name ?? input.name, payload.openSuggestions)),
    );
  };

  return (
    <form className="edit-form create-person-form" onSubmit={submit} data-testid="create-person-form" noValidate>
      <h3>{WORDS.legend(unmatched.name)}</h3>
      <FormErrors errors={errors.general} />
      <FormField label={WORDS.name} error={errors.byField.name} hint={WORDS.nameHint}>
        <input name="name" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
      </FormField>
      <div className="field-row">
        <SelectField
          label={WORDS.category}
          error={errors.byField.category}
          name="category"
          value={category}
          onChange={setCategory}
          placeholder={WORDS.noCategory}
          options={optionsOf(valuesOf(PersonCategory), (c) => PERSON_CATEGORY_LABELS[c])}
        />
        <SelectField
          label={WORDS.territory}
          error={errors.byField.territoryId}
          hint={WORDS.territoryHint}
          name="territoryId"
          value={territoryId}
          onChange={(id) => setTerritoryId(id)}
          placeholder={WORDS.chooseTerritory}
          options={territoryList.map((t) => ({ value: t.id, label: t.name }))}
        />
      </div>
      <div className="field-row">
        <SelectField
          label={WORDS.institution}
          error={errors.byField.institutionId}
          hint={places.loading ? WORDS.loadingInstitutions : unmatched.affiliations.length ? WORDS.institutionHint(unmatched.affiliations.join(' · ')) : WORDS.institutionNone}
          name="institutionId"
          value={institutionId}
          onChange={(id) => {
            setInstitutionId(id);
            setTouchedInstitution(true);
          }}
          placeholder={WORDS.noInstitution}
          options={institutions.map((i) => ({ value: i.id, label: i.city ? `${i.name} (${i.city})` : i.name }))}
        />
        <FormField label={WORDS.position} error={errors.byField.position}>
          <input name="position" value={position} onChange={(e) => setPosition(e.target.value)} placeholder={WORDS.positionPlaceholder} />
        </FormField>
      </div>
      {unmatched.orcid && (
        <p className="muted" data-testid="create-person-orcid">
          {WORDS.orcidKept(unmatched.orcid)}
        </p>
      )}
      <FormActions busy={loading} submit={WORDS.submit} busyLabel={WORDS.busy} onCancel={onCancel} submitTestId="create-person-submit" />
    </form>
  );
}
