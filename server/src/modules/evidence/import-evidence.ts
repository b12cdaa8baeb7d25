/**
 * Evidence in: files (or folders of files) of publications, trials and congress talks
 * become works attached to people, names awaiting review, and tie suggestions.
 *
 * Each file is read twice, streaming: first to check it whole (a bad file is rejected with
 * its position and nothing is written from it), then to write it in batches. Re-importing
 * a file changes nothing: works, ties and names are merged by stable ids, and suggestions
 * already decided are left as decided.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { DbClient } from '../../kernel/database/db-client.js';
import { entityTypes } from '../../kernel/database/entities.js';
import { writeGraph, type WriteSummary } from '../graph/graph-writer.js';
import type { NodeRecord, PropertyValue, TieRecord } from '../graph/model.js';
import { detectFormat, PARSERS } from './parsers/detect.js';
import { EvidenceFileError, type EvidenceFormat, type EvidenceRecord, type NameInWork } from './parsers/types.js';
import { EvidenceRepository, type ContributorRow, type SuggestionRow } from './repository.js';
import type { AreaMapping } from './rules/areas.js';
import { matchName, PeopleDirectory } from './rules/match.js';
import { displayName, fold, hashId, identityKey } from './rules/names.js';
import { suggestTies } from './rules/suggestions.js';

export interface EvidenceProgress {
  file: string;
  phase: 'checking' | 'writing' | 'suggesting';
  done: number;
  total: number;
}

export interface EvidenceImportOptions {
  /** The day recency is counted from, and the day written on names and suggestions. */
  today: string;
  areas: AreaMapping;
  onProgress?: (progress: EvidenceProgress) => void;
  /** Works per write transaction. */
  batchSize?: number;
}

export interface EvidenceFileReport {
  file: string;
  format: EvidenceFormat | null;
  /** Works read from the file. */
  works: number;
  written: WriteSummary;
  /** Names in the file matched to people (by ORCID, name and place, or a user's earlier decision). */
  matched: number;
  /** Names left for review (or ignored earlier). */
  unmatched: number;
  /** New names in the review queue. */
  newNames: number;
  /** Set when the file was rejected: nothing was written from it. */
  error: EvidenceFileError | null;
}

export interface EvidenceImportReport {
  files: EvidenceFileReport[];
  suggestions: { created: number; updated: number; total: number };
  /** People whose works changed (their suggestions were refreshed). */
  peopleTouched: number;
}

type Mention = {
  workId: string;
  type: 'AUTHORED' | 'INVESTIGATOR_IN' | 'SPOKE_AT';
  name: NameInWork;
  props: Record<string, PropertyValue>;
  /** How strong the part is, to keep one tie per person and work (lower wins). */
  rank: number;
};

/** Files to import from a list of files and folders (a folder's own files, sorted; hidden ones skipped). */
export function evidenceFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    const full = path.resolve(p);
    let isDir = false;
    try {
      isDir = statSync(full).isDirectory();
    } catch {
      out.push(full);
      continue;
    }
    if (!isDir) out.push(full);
    else {
      for (const name of readdirSync(full).sort()) {
        const file = path.join(full, name);
        if (!name.startsWith('.') && statSync(file).isFile()) out.push(file);
      }
    }
  }
  return out;
}

export async function importEvidence(db: DbClient, paths: readonly string[], options: EvidenceImportOptions): Promise<EvidenceImportReport> {
  const repository = new EvidenceRepository(db);
  const directory = new PeopleDirectory(await repository.directory(options.today));
  const touched = new Set<string>();
  const files: EvidenceFileReport[] = [];
  const knownAreas = new Set<string>();
  for (const file of evidenceFiles(paths)) {
    files.push(await importFile(db, repository, directory, file, options, touched, knownAreas));
  }
  const suggestions = await refreshSuggestions(repository, [...touched], options.today, (done, total) =>
    options.onProgress?.({ file: '', phase: 'suggesting', done, total }),
  );
  return { files, suggestions, peopleTouched: touched.size };
}

async function importFile(
  db: DbClient,
  repository: EvidenceRepository,
  directory: PeopleDirectory,
  file: string,
  options: EvidenceImportOptions,
  touched: Set<string>,
  knownAreas: Set<string>,
): Promise<EvidenceFileReport> {
  const report: EvidenceFileReport = {
    file,
    format: null,
    works: 0,
    written: { nodes: { created: 0, updated: 0, written: 0 }, ties: { created: 0, updated: 0, written: 0 } },
    matched: 0,
    unmatched: 0,
    newNames: 0,
    error: null,
  };
  const size = statSafe(file);
  try {
    const format = await detectFormat(file);
    report.format = format;
    const parse = PARSERS[format];
    // First pass: the whole file must read cleanly before anything is written from it.
    let total = 0;
    for await (const record of parse(file, (bytes) => options.onProgress?.({ file, phase: 'checking', done: bytes, total: size }))) {
      void record;
      total += 1;
    }
    const batchSize = options.batchSize ?? 1000;
    let batch: EvidenceRecord[] = [];
    let done = 0;
    const flush = async () => {
      if (batch.length === 0) return;
      await writeBatch(db, repository, directory, batch, options, report, touched, knownAreas);
      done += batch.length;
      batch = [];
      options.onProgress?.({ file, phase: 'writing', done, total });
    };
    for await (const record of parse(file)) {
      batch.push(record);
      if (batch.length >= batchSize) await flush();
    }
    await flush();
    report.works = total;
  } catch (error) {
    if (!(error instanceof EvidenceFileError)) throw error;
    report.error = error;
  }
  return report;
}

function statSafe(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** The nodes, ties and mentions of one batch of records. */
function buildBatch(records: readonly EvidenceRecord[], areas: AreaMapping) {
  const nodes = new Map<string, NodeRecord>();
  const ties: TieRecord[] = [];
  const mentions: Mention[] = [];
  const areaIds = new Set<string>();
  const inAreas = (workId: string, ids: string[]) => {
    for (const areaId of ids) {
      areaIds.add(areaId);
      ties.push({ from: workId, to: areaId, type: 'IN_AREA', props: {} });
    }
  };
  for (const record of records) {
    if (record.kind === 'publication') {
      const id = `pmid-${record.pmid}`;
      if (nodes.has(id)) continue;
      nodes.set(id, {
        id,
        type: 'Publication',
        name: record.title,
        props: {
          pmid: record.pmid,
          doi: record.doi,
          journal: record.journal,
          date: record.date,
          year: record.date ? Number(record.date.slice(0, 4)) : null,
          meshTerms: record.meshTerms,
          collectiveAuthors: record.collectiveAuthors,
          authorCount: record.authors.length,
          url: `https://pubmed.ncbi.nlm.nih.gov/${record.pmid}/`,
        },
      });
      inAreas(id, areas.areasOf({ mesh: record.meshTerms }));
      for (const a of record.authors) {
        mentions.push({ workId: id, type: 'AUTHORED', name: a, props: { position: a.position, last: a.last, written: a.written }, rank: a.position });
      }
    } else if (record.kind === 'trial') {
      const id = `trial-${record.nctId}`;
      if (nodes.has(id)) continue;
      nodes.set(id, {
        id,
        type: 'Trial',
        name: record.title,
        props: {
          nctId: record.nctId,
          officialTitle: record.officialTitle,
          phases: record.phases,
          overallStatus: record.overallStatus,
          date: record.startDate,
          completionDate: record.completionDate,
          conditions: record.conditions,
          url: `https://clinicaltrials.gov/study/${record.nctId}`,
        },
      });
      inAreas(id, areas.areasOf({ conditions: record.conditions }));
      const ROLE_RANK = { principal_investigator: 0, study_chair: 1, study_director: 2, sub_investigator: 3 } as const;
      for (const i of record.investigators) {
        mentions.push({
          workId: id,
          type: 'INVESTIGATOR_IN',
          name: i,
          props: { role: i.role, overall: i.overall, site: i.site, city: i.city, written: i.written },
          rank: (i.overall ? 0 : 10) + ROLE_RANK[i.role],
        });
      }
    } else {
      const eventId = hashId('event', `${fold(record.event)}|${record.date}`);
      if (!nodes.has(eventId)) nodes.set(eventId, { id: eventId, type: 'Event', name: record.event, props: { kind: 'congress', date: record.date, city: record.city } });
      const sessionKey = `${eventId}|${fold(record.session)}`;
      const speakerKey = identityKey(record.speaker, record.speaker.orcid);
      const id = hashId('talk', `${sessionKey}|${speakerKey}|${record.role}|${fold(record.topic ?? '')}`);
      if (nodes.has(id)) continue;
      nodes.set(id, {
        id,
        type: 'Talk',
        name: record.topic ?? record.session,
        props: { topic: record.topic, session: record.session, sessionKey, role: record.role, date: record.date, city: record.city },
      });
      ties.push({ from: id, to: eventId, type: 'HELD_AT', props: {} });
      inAreas(id, areas.areasOf({ topics: [record.session, ...(record.topic ? [record.topic] : [])] }));
      mentions.push({ workId: id, type: 'SPOKE_AT', name: record.speaker, props: { topic: record.topic, role: record.role, written: record.speaker.written }, rank: 0 });
    }
  }
  return { nodes, ties, mentions, areaIds };
}

async function writeBatch(
  db: DbClient,
  repository: EvidenceRepository,
  directory: PeopleDirectory,
  records: readonly EvidenceRecord[],
  options: EvidenceImportOptions,
  report: EvidenceFileReport,
  touched: Set<string>,
  knownAreas: Set<string>,
): Promise<void> {
  const { nodes, ties, mentions, areaIds } = buildBatch(records, options.areas);
  // Areas the table names and the graph lacks are created; existing ones keep their names.
  const missing = [...areaIds].filter((id) => !knownAreas.has(id));
  if (missing.length) {
    const existing = await entityTypes(db, missing);
    const names = options.areas.areas();
    for (const id of missing) {
      knownAreas.add(id);
      if (!existing.has(id)) nodes.set(id, { id, type: 'TherapeuticArea', name: names.get(id) ?? id, props: {} });
    }
  }

  const withKeys = mentions.map((m) => {
    const key = identityKey(m.name, m.name.orcid);
    return { ...m, key, contributorId: hashId('contributor', key) };
  });
  const decisions = await repository.decisions([...new Set(withKeys.map((m) => m.contributorId))]);
  const personTies = new Map<string, { tie: TieRecord; rank: number }>();
  const contributors = new Map<string, ContributorRow>();
  const dropped: Array<{ contributorId: string; workId: string }> = [];
  for (const m of withKeys) {
    const decision = decisions.get(m.contributorId);
    let personId: string | null = null;
    let score = 1;
    let candidates: string[] = [];
    if (decision && (decision.status === 'merged' || decision.status === 'created') && decision.personId) personId = decision.personId;
    else if (!decision || decision.status === 'pending') {
      const match = matchName(m.name, directory);
      personId = match.personId;
      score = match.score;
      candidates = match.candidates.map((c) => `${c.personId} ${c.score} ${c.nameScore} ${c.placeScore}`);
    }
    if (personId) {
      report.matched += 1;
      touched.add(personId);
      const tieKey = `${m.type}|${personId}|${m.workId}`;
      const earlier = personTies.get(tieKey);
      // An erased person keeps the works, never the name as the work wrote it.
      const props = decision?.erased ? { ...m.props, written: null } : m.props;
      if (!earlier || m.rank < earlier.rank) personTies.set(tieKey, { tie: { from: personId, to: m.workId, type: m.type, props: { ...props, matchScore: score } }, rank: m.rank });
      dropped.push({ contributorId: m.contributorId, workId: m.workId });
      continue;
    }
    report.unmatched += 1;
    let row = contributors.get(m.contributorId);
    if (!row) {
      row = {
        id: m.contributorId,
        key: m.key,
        name: displayName(m.name),
        searchName: fold(displayName(m.name)),
        lastName: m.name.lastName,
        foreName: m.name.foreName,
        initials: m.name.initials,
        orcid: m.name.orcid,
        affiliations: [],
        cities: [],
        candidates,
        bestScore: candidates.length ? Number(candidates[0]!.split(' ')[1]) : 0,
        ties: [],
      };
      contributors.set(m.contributorId, row);
    }
    for (const a of m.name.affiliations) if (!row.affiliations.includes(a)) row.affiliations.push(a);
    for (const c of m.name.cities) if (!row.cities.includes(c)) row.cities.push(c);
    const tieKey = `${m.type}|${m.contributorId}|${m.workId}|`;
    if (!row.ties.some((t) => t.key === tieKey)) row.ties.push({ workId: m.workId, type: m.type, key: tieKey, props: { ...m.props } });
  }

  const written = await writeGraph(
    db,
    { nodes: [...nodes.values()], ties: [...ties, ...[...personTies.values()].map((t) => t.tie)] },
    { atomic: true, onlyIfChanged: true },
  );
  for (const part of ['nodes', 'ties'] as const) {
    report.written[part].created += written[part].created;
    report.written[part].updated += written[part].updated;
    report.written[part].written += written[part].written;
  }
  const names = await repository.writeContributors([...contributors.values()], dropped, options.today);
  report.newNames += names.created;
}

/** Chunks of people whose suggestions are recomputed together. */
const SUGGESTION_CHUNK = 200;

/**
 * Recomputes the suggestions touching some people from everything their works say. Ties
 * that already hold are not proposed; decided suggestions stay as decided.
 */
export async function refreshSuggestions(
  repository: EvidenceRepository,
  personIds: readonly string[],
  today: string,
  onProgress?: (done: number, total: number) => void,
): Promise<{ created: number; updated: number; total: number }> {
  const out = { created: 0, updated: 0, total: 0 };
  const sorted = [...personIds].sort();
  for (let i = 0; i < sorted.length; i += SUGGESTION_CHUNK) {
    const chunk = sorted.slice(i, i + SUGGESTION_CHUNK);
    const parts = await repository.participationsAround(chunk);
    const suggested = suggestTies(parts, today, new Set(chunk));
    const existing = await repository.existingTies(
      suggested.map((s) => ({ type: s.type, from: s.fromId, to: s.toId })),
      today,
    );
    const rows: SuggestionRow[] = suggested
      .filter((s) => !existing.has(`${s.type}|${s.fromId}|${s.toId}`))
      .map((s) => ({
        id: s.id,
        key: s.key,
        type: s.type,
        fromId: s.fromId,
        toId: s.toId,
        basis: s.basis,
        domainId: s.domainId,
        strength: s.strength,
        confidence: s.confidence,
        matchScore: s.matchScore,
        workIds: s.workIds,
        reasons: s.reasons.map((r) => `${r.code} ${r.count}`),
      }));
    const merged = await repository.mergeSuggestions(rows, today);
    out.created += merged.created;
    out.updated += merged.updated;
    out.total += rows.length;
    onProgress?.(Math.min(i + SUGGESTION_CHUNK, sorted.length), sorted.length);
  }
  return out;
}
