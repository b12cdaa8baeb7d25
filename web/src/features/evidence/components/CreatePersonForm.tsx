import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { PersonCategory } from '../../../gql/vocabulary.js';
import { FormActions, FormErrors, FormField, optionsOf, SelectField } from '../../../shared/forms/FormField.js';
import { textOrNull } from '../../../shared/forms/field-errors.js';
import { useFormErrors } from '../../../shared/forms/use-form-errors.js';
import { TerritoriesQuery } from '../../../shared/graphql/territories-query.js';
import { PERSON_CATEGORY_LABELS } from '../../../shared/vocabulary/labels.js';
import { valuesOf } from '../../../shared/vocabulary/values.js';
import { AFTER_DECISION, CreatePersonFromUnmatchedMutation } from '../graphql/decide-mutations.js';
import { PlaceInstitutionsQuery } from '../graphql/institutions-query.js';
import { draftName, guessInstitution, type NameParts } from '../person-draft.js';

const FIELDS = ['name', 'category', 'territoryId', 'institutionId', 'position'] as const;

const WORDS = {
  legend: (name: string) => `New person for “${name}”`,
  name: 'Name',
  nameHint: 'As it should read in KAMgraph: given names first, without degrees.',
  category: 'Category',
  noCategory: 'Not set',
  territory: 'Territory',
  territoryHint: 'Where the person belongs; you may create people in your own territories.',
  chooseTerritory: 'Choose…',
  institution: 'Works at',
  noInstitution: 'Nowhere yet',
  institutionHint: (seen: string) => `The evidence names: ${seen}`,
  institutionNone: 'The evidence names no affiliation.',
  loadingInstitutions: 'Loading the institutions…',
  position: 'Position',
  positionPlaceholder: 'e.g. Head of Cardiology',
  orcid: 'ORCID',
  orcidKept: 'kept with the person, so later imports match it at once',
  submit: 'Create person',
  busy: 'Creating…',
  failed: 'Could not create the person',
  refused: 'The person was not created.',
  created: (name: string, open: number) => `Created ${name}; their works moved to them${open ? `, ${open} tie suggestion${open === 1 ? '' : 's'} open` : ''}.`,
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
          {WORDS.orcid} {unmatched.orcid}: {WORDS.orcidKept}
        </p>
      )}
      <FormActions busy={loading} submit={WORDS.submit} busyLabel={WORDS.busy} onCancel={onCancel} submitTestId="create-person-submit" />
    </form>
  );
}
